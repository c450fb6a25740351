/**
 * The CI exit-code policy: `--fail-on destroy` (anything destroyed or
 * replaced), `broadening` (IAM or exposure changes that widen access),
 * `high` (new findings, or broadening IAM changes, of severity high or critical).
 */
import { FAIL_ON, FailOn, GateResult, Report, StackReport } from "./model";

/** Exposure kinds that widen who can reach something (a new subscription endpoint only changes where messages go). */
const WIDENING_EXPOSURE = new Set(["anonymous-route", "authentication-removed", "public-bucket", "public-gateway", "public-repository", "cors-widened", "network-opened"]);

export function broadeningCount(s: StackReport): number {
  return (
    s.iam.statements.filter((x) => x.broadening).length +
    s.iam.dynamicGroups.filter((x) => x.broadening).length +
    s.exposure.filter((x) => WIDENING_EXPOSURE.has(x.kind)).length
  );
}

export function parseFailOn(values: readonly string[]): FailOn[] {
  const out = new Set<FailOn>();
  for (const v of values.flatMap((x) => x.split(",")).map((x) => x.trim()).filter(Boolean)) {
    if (!(FAIL_ON as readonly string[]).includes(v)) throw new Error(`--fail-on: unknown condition "${v}" (expected ${FAIL_ON.join(", ")})`);
    out.add(v as FailOn);
  }
  return FAIL_ON.filter((f) => out.has(f));
}

export function evaluateGate(report: Omit<Report, "gate">, failOn: readonly FailOn[]): GateResult {
  const destroyed = report.summary.destroy + report.summary.replace;
  const severe = report.summary.newFindings.critical + report.summary.newFindings.high;
  const severeIam = report.summary.broadeningBySeverity.critical + report.summary.broadeningBySeverity.high;
  const conditions: Record<FailOn, boolean> = { destroy: destroyed > 0, broadening: report.summary.broadening > 0, high: severe + severeIam > 0 };
  const messages: Record<FailOn, string> = {
    destroy: `destroy: ${destroyed} resource(s) destroyed or replaced`,
    broadening: `broadening: ${report.summary.broadening} change(s) broaden access`,
    high: `high: ${severe} new finding(s) and ${severeIam} broadening IAM change(s) of severity high or critical`,
  };
  const reasons = failOn.filter((f) => conditions[f]).map((f) => messages[f]);
  return { failOn: [...failOn], conditions, failed: reasons.length > 0, reasons };
}
