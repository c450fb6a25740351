/** Shared test plumbing: fixture paths, running a review in-process, golden comparison. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { FailOn, Json, Report, StackInput } from "../model";
import { Redactor } from "../mask";
import { loadSynthDir, snapshotFromStackJson } from "../load-synth";
import { loadPlanFile } from "../load-plan";
import { diffSynth } from "../diff";
import { review } from "../review";
import { renderMarkdown } from "../render-markdown";
import { renderJson } from "../render-json";

export const FIXTURES = join(__dirname, "fixtures");
export const GOLDEN = join(__dirname, "golden");
export const SYNTH_CASES = ["add", "update", "replace", "delete", "iam-broadening", "auth-removed"] as const;
/** Risky and benign fixture pairs (`fixtures/pairs/<area>-risky.json`, `<area>-benign.json`), one per rule area. */
export const PAIR_AREAS = ["apigw", "network", "data", "events", "functions", "secrets"] as const;
export const PAIR_CASES = PAIR_AREAS.flatMap((a) => [`${a}-risky`, `${a}-benign`]);
/** Plan files: the two real ones from `terraform show -json`, and hand-made ones in the same format for what a real plan would need an OCI account for. */
export const PLAN_CASES = ["plan-create", "plan-changes", "rate-limit-removed", "rate-limit-kept"] as const;

export interface Rendered {
  readonly report: Report;
  readonly markdown: string;
  readonly json: string;
}

function render(inputs: (r: Redactor) => StackInput[], source: Report["source"], failOn: readonly FailOn[] = []): Rendered {
  const redactor = new Redactor();
  const report = review(inputs(redactor), { source, failOn, redactor });
  return { report, markdown: renderMarkdown(report, redactor), json: renderJson(report, redactor) };
}

export function reviewSynthCase(name: string, failOn: readonly FailOn[] = []): Rendered {
  const dir = join(FIXTURES, "synth", name);
  return render((r) => diffSynth(loadSynthDir(join(dir, "base")), loadSynthDir(join(dir, "head")), r), "synth", failOn);
}

export function reviewPlans(args: readonly string[]): Rendered {
  return render((r) => args.map((a) => loadPlanFile(a, r)), "plan");
}

/** Reviews in-memory stacks: `{ "stack-env": { "oci_type": { name: body } } }` for base and head. */
export function reviewStacks(base: Record<string, Json>, head: Record<string, Json>, failOn: readonly FailOn[] = []): Rendered {
  const snap = (stacks: Record<string, Json>) => Object.entries(stacks).map(([name, resource]) => snapshotFromStackJson(name, { resource }));
  return render((r) => diffSynth(snap(base), snap(head), r), "synth", failOn);
}

/** Reviews a fixture pair: `{ about, base, head }`, each `{ "stack-env": { "oci_type": { name: body } } }`. */
export function reviewPair(name: string, failOn: readonly FailOn[] = []): Rendered {
  const pair = JSON.parse(readFileSync(join(FIXTURES, "pairs", `${name}.json`), "utf8")) as { base: Record<string, Json>; head: Record<string, Json> };
  return reviewStacks(pair.base, pair.head, failOn);
}

/** Reviews one plan fixture as stack `events-dev` (both real plans are that stack at two points in time). */
export function reviewPlanCase(name: string): Rendered {
  return reviewPlans([`events-dev=${join(FIXTURES, "plans", `${name}.json`)}`]);
}

/** Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it instead. */
export function expectGolden(file: string, actual: string): void {
  const path = join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (process.env.UPDATE_GOLDEN !== "1") throw new Error(`golden file ${file} was missing and has been written; re-run the tests`);
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}
