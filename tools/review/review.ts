/**
 * Builds the report from loaded stack inputs: counts, destroy/replace
 * warnings, IAM and exposure changes, findings, attribute changes, the
 * stacks riskiest first with the summary's top risks, and the gate.
 */
import {
  ChangeAction,
  Counts,
  FailOn,
  Report,
  SEVERITIES,
  Severity,
  StackInput,
  StackReport,
  Warning,
  compareStrings,
} from "./model";
import { dynamicGroupChanges, statementChanges } from "./iam/changes";
import { exposureChanges } from "./exposure";
import { reviewFindings } from "./findings";
import { broadeningCount, evaluateGate } from "./gate";
import { Redactor } from "./mask";
import { orderStacks, riskItems, topRisks, worstOf } from "./risks";

export interface ReviewOptions {
  readonly source: Report["source"];
  readonly failOn?: readonly FailOn[];
  readonly redactor: Redactor;
}

function counts(actions: readonly ChangeAction[]): Counts {
  const n = (a: ChangeAction) => actions.filter((x) => x === a).length;
  return { add: n("create"), change: n("update"), replace: n("replace"), destroy: n("delete") };
}

/** Destroys lead, then replacements, then state removals. */
const WARNING_ORDER: Record<Warning["action"], number> = { delete: 0, replace: 1, forget: 2 };

/** Resources whose destruction loses data: key material (and all it encrypts), secret values, objects, messages, logs. */
const DATA_BEARING = new Set([
  "oci_kms_vault",
  "oci_kms_key",
  "oci_vault_secret",
  "oci_objectstorage_bucket",
  "oci_streaming_stream",
  "oci_streaming_stream_pool",
  "oci_queue_queue",
  "oci_logging_log_group",
  "oci_logging_log",
]);

function warningSeverity(action: Warning["action"], type: string): Severity {
  if (action === "forget") return "low";
  return DATA_BEARING.has(type) ? "critical" : "high";
}

function warnings(input: StackInput): Warning[] {
  return input.changes
    .filter((c): c is typeof c & { action: Warning["action"] } => c.action === "delete" || c.action === "replace" || c.action === "forget")
    .map((c) => ({ action: c.action, address: c.address, type: c.type, reason: c.reason, replacePaths: c.replacePaths, severity: warningSeverity(c.action, c.type) }))
    .sort((a, b) => WARNING_ORDER[a.action] - WARNING_ORDER[b.action] || compareStrings(a.address, b.address));
}

function bySeverity(items: ReadonlyArray<{ readonly severity?: Severity }>): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, items.filter((f) => f.severity === s).length])) as Record<Severity, number>;
}

function groupByEnvironment(inputs: readonly StackInput[]): StackInput[][] {
  const envs = new Map<string, StackInput[]>();
  for (const i of inputs) envs.set(i.environment, [...(envs.get(i.environment) ?? []), i]);
  return [...envs.values()];
}

export function review(inputs: readonly StackInput[], options: ReviewOptions): Report {
  const { redactor } = options;
  const statements = new Map(groupByEnvironment(inputs).flatMap((env) => [...statementChanges(env)]));
  const findings = reviewFindings(inputs);
  const sorted = [...inputs].sort((a, b) => compareStrings(a.environment, b.environment) || compareStrings(a.stack, b.stack));
  const ranked = orderStacks(
    sorted.map((input) => {
      const stackWarnings = warnings(input);
      const iam = { statements: statements.get(input.stack) ?? [], dynamicGroups: dynamicGroupChanges(input.changes) };
      const exposure = exposureChanges(input.changes, redactor);
      const stackFindings = findings.filter((f) => f.stack === input.stack);
      const items = riskItems({ stack: input.stack, warnings: stackWarnings, iam, exposure, findings: stackFindings });
      const report: StackReport = {
        stack: input.stack,
        environment: input.environment,
        worst: worstOf(items),
        counts: counts(input.changes.map((c) => c.action)),
        warnings: stackWarnings,
        iam,
        exposure,
        findings: stackFindings,
        changes: input.changes.map((c) => ({
          address: c.address,
          type: c.type,
          action: c.action,
          reason: c.reason,
          constructPath: c.constructPath,
          attributes: c.attributes,
        })),
      };
      return { report, items };
    }),
  );
  const stacks = ranked.map((s) => s.report);
  const broadeningChanges = stacks.flatMap((s) => [...s.iam.statements, ...s.iam.dynamicGroups].filter((c) => c.broadening));
  const total = (k: keyof Counts) => stacks.reduce((n, s) => n + s.counts[k], 0);
  const withoutGate: Omit<Report, "gate"> = {
    tool: "oci-plan-review",
    schemaVersion: 1,
    source: options.source,
    summary: {
      add: total("add"),
      change: total("change"),
      replace: total("replace"),
      destroy: total("destroy"),
      stacks: stacks.length,
      stacksWithChanges: stacks.filter((s) => s.changes.length > 0).length,
      broadening: stacks.reduce((n, s) => n + broadeningCount(s), 0),
      broadeningBySeverity: bySeverity(broadeningChanges),
      findings: bySeverity(findings),
      newFindings: bySeverity(findings.filter((f) => f.isNew)),
      topRisks: topRisks(ranked),
    },
    stacks,
  };
  return { ...withoutGate, gate: evaluateGate(withoutGate, options.failOn ?? []) };
}
