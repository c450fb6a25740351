/**
 * The plan review as a library (`oci-event-pipelines/review`), for CI steps
 * that want the report as data instead of the CLI's files:
 *
 *   const redactor = new Redactor();
 *   const report = review(diffSynth(loadSynthDir(base), loadSynthDir(head), redactor), { source: "synth", redactor });
 *   renderMarkdown(report, redactor);
 *
 * `oci-pipelines review` (cli.ts) is this plus argument parsing and the gate's exit code.
 */
export { review } from "./review";
export type { ReviewOptions } from "./review";
export { loadSynthDir } from "./load-synth";
export { loadPlanFile } from "./load-plan";
export { diffSynth } from "./diff";
export { isGitRef, synthesizeGitRef } from "./git-ref";
export type { SynthesizedRef } from "./git-ref";
export { Redactor } from "./mask";
export { parseFailOn } from "./gate";
export { renderMarkdown } from "./render-markdown";
export { renderJson } from "./render-json";
export { RULES } from "./findings";
export type { ChangeSummary, Counts, DynamicGroupChange, ExposureChange, FailOn, Finding, GateResult, Report, Severity, StackInput, StackReport, StatementChange, Warning } from "./model";
