import { PAIR_CASES, PLAN_CASES, SYNTH_CASES, expectGolden, reviewPair, reviewPlanCase, reviewSynthCase } from "./helpers";

describe("golden reports for synth fixture pairs", () => {
  test.each(SYNTH_CASES)("%s", (name) => {
    const { markdown, json } = reviewSynthCase(name);
    expectGolden(`${name}.md`, markdown);
    expectGolden(`${name}.json`, json);
  });
});

describe("golden reports for the risky and benign pair of every rule area", () => {
  test.each(PAIR_CASES)("%s", (name) => {
    const { markdown, json } = reviewPair(name);
    expectGolden(`${name}.md`, markdown);
    expectGolden(`${name}.json`, json);
  });
});

describe("golden reports for terraform plan files", () => {
  test.each(PLAN_CASES)("%s", (name) => {
    const { markdown, json } = reviewPlanCase(name);
    expectGolden(`${name}.md`, markdown);
    expectGolden(`${name}.json`, json);
  });
});
