import { MARKER, code, renderMarkdown } from "../render-markdown";
import { Redactor } from "../mask";
import { reviewStacks, reviewSynthCase } from "./helpers";

test("the comment starts with the hidden marker and leads with counts", () => {
  const { markdown } = reviewSynthCase("delete");
  expect(markdown.startsWith(`${MARKER}\n## OCI plan review: 0 to add, 0 to change, 0 to replace, 3 to destroy`)).toBe(true);
  // Destroy warnings come before the attribute details.
  expect(markdown.indexOf("**Destroy**")).toBeLessThan(markdown.indexOf("<details>"));
});

test("inline code survives backticks and pipes", () => {
  expect(code("a|b")).toBe("`a\\|b`");
  expect(code("x `y` z")).toBe("``x `y` z``");
});

test("a huge review is cut under GitHub's comment limit with a note", () => {
  const many = (n: number, description: string) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, { name: `topic-${i}`, description, compartment_id: "c" }]));
  const { report } = reviewStacks({ "big-dev": { oci_ons_notification_topic: many(3000, "before") } }, { "big-dev": { oci_ons_notification_topic: many(3000, "after") } });
  const markdown = renderMarkdown(report, new Redactor());
  expect(markdown.length).toBeLessThanOrEqual(65_536);
  expect(markdown).toMatch(/omitted to fit GitHub's comment limit/);
  expect(markdown.startsWith(MARKER)).toBe(true);

  const tiny = renderMarkdown(report, new Redactor(), 3_000);
  expect(tiny.length).toBeLessThanOrEqual(3_000);
  expect(tiny).toMatch(/truncated|omitted/);
});
