/**
 * Riskiest first: every risky item of a stack (destroys and replacements,
 * new findings, broadening IAM changes, exposure) with its severity, the
 * worst of them per stack, the order of the stacks, and the summary's top
 * risks, grouped per resource so one risk found two ways is one line.
 */
import { Severity, StackReport, TopRisk, compareStrings, severityRank, worstSeverity } from "./model";

/** Within one severity: what the change does to the resource first, then findings, IAM, exposure. */
const KIND_ORDER = { destroy: 0, finding: 1, iam: 2, exposure: 3 } as const;

export interface RiskItem {
  readonly severity: Severity;
  readonly kind: keyof typeof KIND_ORDER;
  readonly stack: string;
  readonly address: string;
  readonly text: string;
  /** How several items of this kind on one resource are summed up (`statements broaden access`), and what to say of the worst. */
  readonly many?: string;
  readonly detail?: string;
}

/** Risks shown per resource in the summary; the stack section has them all. */
const MAX_RISKS_PER_RESOURCE = 3;

/** One resource's items as short texts, worst first: repeats of a kind summed up, at most a few. */
function describe(items: readonly RiskItem[]): string[] {
  const texts: string[] = [];
  const summed = new Set<string>();
  for (const item of items) {
    const same = item.many ? items.filter((i) => i.many === item.many) : [item];
    if (same.length > 1) {
      if (summed.has(item.many!)) continue;
      summed.add(item.many!);
      texts.push(`${same.length} ${item.many} (worst: ${item.detail})`);
    } else texts.push(item.text);
  }
  const unique = [...new Set(texts)];
  return unique.length > MAX_RISKS_PER_RESOURCE ? [...unique.slice(0, MAX_RISKS_PER_RESOURCE), `${unique.length - MAX_RISKS_PER_RESOURCE} more`] : unique;
}

/** A stack's report with its risky items, computed once for its worst severity, the stack order and the top risks. */
export interface RiskyStack {
  readonly report: StackReport;
  readonly items: readonly RiskItem[];
}

export function riskItems(st: Pick<StackReport, "stack" | "warnings" | "findings" | "iam" | "exposure">): RiskItem[] {
  const at = (address: string) => ({ stack: st.stack, address });
  return [
    ...st.warnings.map((w) => ({
      ...at(w.address),
      severity: w.severity,
      kind: "destroy" as const,
      text: w.action === "delete" ? "destroyed" : w.action === "replace" ? `replaced${w.replacePaths.length ? ` (forced by ${w.replacePaths.join(", ")})` : ""}` : "removed from state",
    })),
    ...st.findings.filter((f) => f.isNew).map((f) => ({ ...at(f.address), severity: f.severity, kind: "finding" as const, text: `${f.id} ${f.title}` })),
    ...st.iam.statements
      .filter((s) => s.broadening && s.severity)
      .map((s) => ({ ...at(s.policy), severity: s.severity!, kind: "iam" as const, text: `statement broadens access (${s.reasons.join("; ")})`, many: "statements broaden access", detail: s.reasons.join("; ") })),
    ...st.iam.dynamicGroups
      .filter((d) => d.broadening && d.severity)
      .map((d) => ({ ...at(d.address), severity: d.severity!, kind: "iam" as const, text: `dynamic group broadens (${d.reasons.join("; ")})` })),
    ...st.exposure.map((e) => ({ ...at(e.address), severity: e.severity, kind: "exposure" as const, text: `exposure: ${e.kind}` })),
  ];
}

const compareItems = (a: RiskItem, b: RiskItem) => severityRank(a.severity) - severityRank(b.severity) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];

/** The worst severity among a stack's risky items, or null. */
export function worstOf(items: readonly RiskItem[]): Severity | null {
  return worstSeverity(...items.map((i) => i.severity)) ?? null;
}

/** Stacks by their worst item, then by how many items share that severity, then by name. */
export function orderStacks(stacks: readonly RiskyStack[]): RiskyStack[] {
  const atWorst = ({ report, items }: RiskyStack) => items.filter((i) => i.severity === report.worst).length;
  return [...stacks].sort(
    (a, b) =>
      severityRank(a.report.worst) - severityRank(b.report.worst) ||
      atWorst(b) - atWorst(a) ||
      compareStrings(a.report.environment, b.report.environment) ||
      compareStrings(a.report.stack, b.report.stack),
  );
}

/** The `limit` riskiest resources across all stacks (already in stack order). */
export function topRisks(stacks: readonly RiskyStack[], limit = 5): TopRisk[] {
  const groups = new Map<string, RiskItem[]>();
  stacks.forEach(({ report: st, items }) => {
    for (const item of items) {
      const key = `${st.stack}\u0000${item.address}`;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
  });
  const stackOrder = new Map(stacks.map((s, i) => [s.report.stack, i]));
  return [...groups.values()]
    .map((items) => [...items].sort(compareItems))
    .sort((a, b) => compareItems(a[0]!, b[0]!) || stackOrder.get(a[0]!.stack)! - stackOrder.get(b[0]!.stack)! || compareStrings(a[0]!.address, b[0]!.address))
    .slice(0, limit)
    .map((items) => ({ severity: items[0]!.severity, stack: items[0]!.stack, address: items[0]!.address, risks: describe(items) }));
}
