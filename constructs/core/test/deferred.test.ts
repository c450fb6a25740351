import { TerraformOutput } from "cdktf";
import { deferredList, deferredValue } from "../deferred";
import { synthValid, testStack } from "../../testing";

describe("deferred values", () => {
  test("render what the producer returns at synthesis, including later additions", () => {
    const { stack } = testStack();
    const items = ["a"];
    new TerraformOutput(stack, "list", { value: deferredList(() => items) });
    new TerraformOutput(stack, "map", { value: deferredValue(() => ({ count: items.length })) });
    items.push("b");
    const doc = synthValid(stack);
    expect(doc.output.list.value).toEqual(["a", "b"]);
    expect(doc.output.map.value).toEqual({ count: 2 });
  });
});
