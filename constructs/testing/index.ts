/**
 * Test helpers for stacks built from these constructs: a stack with an
 * environment, synthesis that runs every construct validation, and the
 * offline oracle/oci schema check on the result.
 */
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IConstruct } from "constructs";
import { App, TerraformStack, Testing } from "cdktf";
import { appsValidatedOnSynth, collectValidationErrors, OciEnvironment, OciEnvironmentProps, OciSynthesisError, recordedErrorsOf } from "../core";
import { formatIssues, projectValidator } from "../../tools/validate";

export const TEST_TENANCY = "ocid1.tenancy.oc1..aaaaaaaatesttenancy";
export const TEST_COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaatestcompartment";

export interface TestStack {
  app: App;
  stack: TerraformStack;
  env: OciEnvironment;
}

/**
 * The output directory of every test app: one fixed, reused directory, since
 * `Testing.app()` alone makes a new temporary directory per call and never
 * removes it. Tests synthesize in memory, so nothing is written there.
 */
export function testOutdir(): string {
  const dir = join(tmpdir(), "oci-pipelines-test-outdir");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A stack `<id>` with an OCI environment named `dev` (override anything). */
export function testStack(id = "pipeline-dev", props: Partial<OciEnvironmentProps> = {}): TestStack {
  const app = Testing.app({ outdir: testOutdir() });
  const stack = new TerraformStack(app, id);
  const env = new OciEnvironment(stack, {
    name: "dev",
    region: "eu-frankfurt-1",
    homeRegion: "eu-frankfurt-1",
    tenancyOcid: TEST_TENANCY,
    compartmentOcid: TEST_COMPARTMENT,
    auth: { mode: "ApiKey" },
    ...props,
  });
  return { app, stack, env };
}

/**
 * Every validation error under `scope` (its whole app when given the app),
 * one message per entry, sorted by construct path: what a synthesis would
 * refuse. Aspects are not run.
 */
export function validationErrors(scope: IConstruct): string[] {
  return collectValidationErrors(scope, { aspects: false }).map((p) => p.line);
}

/** The errors recorded while constructs under `root` were built, one message per entry (synthesis-time checks left out). */
function recordedErrors(root: IConstruct): string[] {
  return root.node.findAll().flatMap((c) => recordedErrorsOf(c).map((e) => e.message));
}

/**
 * Runs `action` and returns the validation errors it recorded, one per line
 * (`""` when it recorded none): in the app of `scope` when given, else in
 * every app with an OCI environment (also those the action creates), e.g.
 * `expect(rejected(() => new Bucket(stack, "b", { name: "x y" }))).toMatch('b: name = "x y" is not allowed')`.
 * Errors recorded before are left out, and so are synthesis-time checks (a
 * deployment without routes yet): {@link synthValid} and
 * {@link validationErrors} report those. Anything the action throws is rethrown.
 */
export function rejected(scopeOrAction: IConstruct | (() => unknown), action?: () => unknown): string {
  const run = typeof scopeOrAction === "function" ? scopeOrAction : action!;
  const roots = () => (typeof scopeOrAction === "function" ? appsValidatedOnSynth() : [scopeOrAction.node.root]);
  const before = new Map<string, number>();
  for (const root of roots()) for (const line of recordedErrors(root)) before.set(line, (before.get(line) ?? 0) + 1);
  run();
  const added: string[] = [];
  for (const root of roots()) {
    for (const line of recordedErrors(root)) {
      const n = before.get(line) ?? 0;
      if (n > 0) before.set(line, n - 1);
      else added.push(line);
    }
  }
  return added.join("\n");
}

/**
 * Synthesizes with construct validations on (cdktf's Testing skips them by
 * default), checks the result against the oracle/oci schema, and returns the
 * parsed document. Throws on either kind of failure; construct errors are
 * listed all at once, like a synthesis of the app would.
 */
export function synthValid(stack: TerraformStack): any {
  const problems = collectValidationErrors(stack);
  if (problems.length) throw new OciSynthesisError(problems, `OCI construct validation failed: ${problems.length} error(s)`);
  const doc = JSON.parse(Testing.synth(stack, true));
  const issues = projectValidator().validate(doc, stack.node.id);
  if (issues.length) throw new Error(`offline schema validation failed:\n${formatIssues(issues)}`);
  return doc;
}

/** All bodies of one resource type, keyed by Terraform name, without cdktf metadata. */
export function resourcesOf(doc: any, type: string): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [name, body] of Object.entries<any>(doc.resource?.[type] ?? {})) {
    const { "//": _meta, ...rest } = body;
    out[name] = rest;
  }
  return out;
}

/** The single resource of a type; fails when there are none or several. */
export function onlyResource(doc: any, type: string): any {
  const all = Object.values(resourcesOf(doc, type));
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** Every IAM policy statement in the document, sorted. */
export function policyStatements(doc: any): string[] {
  return Object.values(resourcesOf(doc, "oci_identity_policy"))
    .flatMap((p: any) => p.statements as string[])
    .sort();
}
