/**
 * Every ```ts block of the READMEs compiles (one TypeScript program, strict
 * consumer options, public entry points) and, unless marked typecheck-only,
 * runs, synthesizes and passes the offline schema check. The rules for
 * writing blocks are in ./examples.ts; what each module's example builds is
 * asserted in constructs/<module>/test/readme.test.ts.
 */
import { policyStatements, TEST_COMPARTMENT } from "oci-event-pipelines/testing";
import { examples, extractBlocks, foldBlocks, importProblems, readmeExample, readmeFiles, runExample, typecheckExamples } from "./examples";

const all = examples();

test("the READMEs hold examples (the extraction finds them)", () => {
  expect(readmeFiles()).toEqual(expect.arrayContaining(["README.md", "constructs/events/README.md", "functions/README.md", "stacks/README.md", "tools/review/README.md"]));
  expect(all.length).toBeGreaterThanOrEqual(14);
  expect(all.filter((e) => e.file.startsWith("constructs/")).map((e) => e.file)).toEqual(expect.arrayContaining(["constructs/events/README.md", "constructs/vault/README.md"]));
});

test("every README example type-checks against the public entry points", () => {
  expect(typecheckExamples(all)).toEqual([]);
}, 120_000);

test("README examples import the library only through its public entry points", () => {
  expect(importProblems(all)).toEqual([]);
});

describe.each(all.filter((e) => e.mode !== "typecheck-only").map((e) => [e.where, e] as const))("%s", (_where, example) => {
  test("runs, synthesizes with construct validations on and passes the oracle/oci schema check", () => {
    const run = runExample(example);
    expect(Object.keys(run.stacks).length).toBeGreaterThan(0);
  });
});

test("README.md: the taste of the constructs adds the statements its comments name", () => {
  const statements = policyStatements(readmeExample("README.md", 0).doc);
  expect(statements).toContain(`Allow service cloudEvents to use ons-topics in compartment id ${TEST_COMPARTMENT}`);
  expect(statements).toContainEqual(expect.stringMatching(/^Allow dynamic-group \$\{oci_identity_dynamic_group\.\S+\.name\} to read secret-bundles in compartment id \S+ where target\.secret\.id = '\$\{oci_vault_secret\.\S+\.id\}'$/));
  expect(statements).toHaveLength(2);
});

test("README.md: the consumer app synthesizes one valid stack with the pipeline's grants", () => {
  const { stacks } = readmeExample("README.md", 1);
  expect(Object.keys(stacks)).toEqual(["uploads-dev"]);
  expect(policyStatements(stacks["uploads-dev"])).toContain("Allow service cloudEvents to use functions-family in compartment id ocid1.compartment.oc1..aaaaaaaaconsumerapp");
});

describe("the mechanism", () => {
  const readme = [
    "# Fixture",
    "",
    "<!-- preamble",
    'import { NotificationTopic } from "oci-event-pipelines/notifications";',
    'const alerts = new NotificationTopic(stack, "alerts", { name: "alerts" });',
    "-->",
    "```ts",
    'import { Subscription } from "oci-event-pipelines/notifications";',
    'alerts.addSubscription(Subscription.email("ops@example.com"));',
    "```",
    "",
    "<!-- example: continues -->",
    "```ts",
    "alerts.addSubscription(Subscription.sms(4915112345678));",
    "```",
    "",
    "```ts",
    'import { Bucket } from "../../constructs/objectstorage";',
    "```",
  ].join("\n");
  const file = "test/readme/fixture/README.md";
  const fixture = foldBlocks(extractBlocks(file, readme));

  test("reads preambles and continuations", () => {
    expect(fixture.map((e) => [e.where, e.mode, e.blocks.length])).toEqual([
      [`${file}:8`, "fragment", 2],
      [`${file}:18`, "fragment", 1],
    ]);
    expect(fixture[0]!.blocks[0]!.preamble?.line).toBe(4);
  });

  test("a block that stops compiling fails with the README path and line", () => {
    expect(typecheckExamples(fixture.slice(0, 1))).toEqual([`${file}:14:41 TS2345: Argument of type 'number' is not assignable to parameter of type 'string'.`]);
  });

  test("a consumer-facing README may not import the sources", () => {
    expect(importProblems([{ ...fixture[1]!, file: "constructs/x/README.md" }])).toEqual([
      expect.stringMatching(/^constructs\/x\/README\.md:18: imports "\.\.\/\.\.\/constructs\/objectstorage": README examples import the library as a consumer does/),
    ]);
  });

  test("a block that fails at synthesis names its README line", () => {
    const bad = foldBlocks(extractBlocks(file, readme.replace("ops@example.com", "not-an-address")));
    // Construction records the error and goes on; the synthesis of the example's stacks refuses it.
    expect(() => runExample({ ...bad[0]!, blocks: bad[0]!.blocks.slice(0, 1) })).toThrow(
      new RegExp(`^${file.replace(/[./]/g, "\\$&")}:8: synthesis failed: .*pipeline-dev/alerts/email-not-an-address: endpoint = "not-an-address" is not allowed`, "s"),
    );
  });

  test("unknown directives are refused", () => {
    expect(() => extractBlocks(file, "<!-- example: skip -->\n```ts\n```\n")).toThrow(`${file}:1: unknown example directive "skip"`);
  });
});
