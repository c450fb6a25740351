import { join } from "node:path";
import { FIXTURES, SYNTH_CASES, expectGolden, reviewPlans, reviewSynthCase } from "./helpers";

describe("golden reports for synth fixture pairs", () => {
  test.each(SYNTH_CASES)("%s", (name) => {
    const { markdown, json } = reviewSynthCase(name);
    expectGolden(`${name}.md`, markdown);
    expectGolden(`${name}.json`, json);
  });
});

describe("golden reports for the real terraform plan files", () => {
  test.each(["plan-create", "plan-changes"])("%s", (name) => {
    // Both plans are the same stack at two points in time; name it like a cdktf stack.
    const { markdown, json } = reviewPlans([`events-dev=${join(FIXTURES, "plans", `${name}.json`)}`]);
    expectGolden(`${name}.md`, markdown);
    expectGolden(`${name}.json`, json);
  });
});
