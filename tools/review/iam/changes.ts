/**
 * IAM changes of the stacks of one environment: policy statements added and
 * removed per policy, each judged for broadening, and dynamic-group
 * matching-rule changes. Judged per environment because stacks of one
 * environment share a tenancy: a statement moved from one policy (or stack)
 * to another changes nothing.
 */
import { DynamicGroupChange, ResourceChange, Severity, StackInput, StatementChange, compareStrings, severityRank, worstSeverity } from "../model";
import { str, strings } from "../nested";
import { compareConditions, normalizeText, parseCondition, pinsMembership, widens } from "./condition";
import { Statement, broadeningSeverity, newStatementReasons, parseStatement, related, similarity, widening } from "./statement";

interface PolicyDelta {
  readonly stack: string;
  readonly policy: string;
  readonly added: Statement[];
  readonly removed: Statement[];
}

/** Added and removed statements of one policy change, as multisets of normalized text. */
function policyDelta(stack: string, c: ResourceChange): PolicyDelta {
  const before = strings(c.before?.statements).map(parseStatement);
  const after = strings(c.after?.statements).map(parseStatement);
  const remaining = new Map<string, number>();
  for (const s of before) remaining.set(s.normalized, (remaining.get(s.normalized) ?? 0) + 1);
  const added: Statement[] = [];
  for (const s of after) {
    const n = remaining.get(s.normalized) ?? 0;
    if (n > 0) remaining.set(s.normalized, n - 1);
    else added.push(s);
  }
  const removed = before.filter((s) => {
    const n = remaining.get(s.normalized) ?? 0;
    if (n <= 0) return false;
    remaining.set(s.normalized, n - 1);
    return true;
  });
  return { stack, policy: c.address, added, removed };
}

interface Judgement {
  broadening: boolean;
  reasons: string[];
  severity?: Severity;
}

function broadens(s: Statement, reasons: string[]): Judgement {
  return { broadening: true, reasons, severity: broadeningSeverity(s, reasons) };
}

/** Judges one added statement against everything removed in the environment. */
function judgeAdded(s: Statement, own: PolicyDelta, all: readonly PolicyDelta[]): Judgement {
  const movedFrom = all.find((d) => d !== own && d.removed.some((r) => r.normalized === s.normalized));
  if (movedFrom) return { broadening: false, reasons: [`moved from ${movedFrom.stack === own.stack ? "" : `${movedFrom.stack}/`}${movedFrom.policy}`] };
  if (s.kind === "deny") return { broadening: false, reasons: ["deny statement added"] };
  // Prefer the earlier form in the same policy, then anywhere in the environment.
  const candidates = [own, ...all.filter((d) => d !== own)].flatMap((d) => d.removed.filter((r) => related(s, r)));
  if (s.kind === "allow" && candidates.length) {
    const previous = candidates.reduce((best, r) => (similarity(s, r) > similarity(s, best) ? r : best));
    const reasons = widening(s, previous);
    return reasons.length ? broadens(s, reasons) : { broadening: false, reasons: [`narrows: ${previous.raw.trim()}`] };
  }
  const reasons = newStatementReasons(s);
  return reasons.length ? broadens(s, reasons) : { broadening: false, reasons };
}

function judgeRemoved(s: Statement): Judgement {
  // Removing a Deny lifts a restriction: the one removal that widens access.
  return s.kind === "deny" ? { broadening: true, reasons: ["deny statement removed"], severity: "high" } : { broadening: false, reasons: [] };
}

/** Statement changes of every stack of one environment, keyed by stack name. */
export function statementChanges(inputs: readonly StackInput[]): Map<string, StatementChange[]> {
  const deltas = inputs.flatMap((i) => i.changes.filter((c) => c.type === "oci_identity_policy").map((c) => policyDelta(i.stack, c)));
  const out = new Map<string, StatementChange[]>(inputs.map((i) => [i.stack, []]));
  for (const d of deltas) {
    const list = out.get(d.stack)!;
    for (const s of d.added) list.push({ policy: d.policy, change: "added", statement: s.raw.trim(), ...judgeAdded(s, d, deltas) });
    for (const s of d.removed) list.push({ policy: d.policy, change: "removed", statement: s.raw.trim(), ...judgeRemoved(s) });
  }
  for (const list of out.values()) {
    // Broadening first, worst first; the stable sort keeps each policy's statement order within added / removed.
    list.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || compareStrings(a.policy, b.policy) || compareStrings(a.change, b.change));
  }
  return out;
}

/** Matching-rule (and name) changes of dynamic groups in one stack. */
export function dynamicGroupChanges(changes: readonly ResourceChange[]): DynamicGroupChange[] {
  const out: DynamicGroupChange[] = [];
  for (const c of changes) {
    if (c.type !== "oci_identity_dynamic_group" || c.action === "forget") continue;
    const before = str(c.before?.matching_rule) ?? null;
    const after = str(c.after?.matching_rule) ?? null;
    if (c.action === "create") {
      out.push({ address: c.address, change: "added", before: null, after, broadening: false, reasons: ["new dynamic group (grants come from policies naming it)"] });
      continue;
    }
    if (c.action === "delete") {
      out.push({ address: c.address, change: "removed", before, after: null, broadening: false, reasons: [] });
      continue;
    }
    const reasons: string[] = [];
    let severity: Severity | undefined;
    const worse = (s: Severity) => (severity = worstSeverity(severity, s));
    if (normalizeText(before ?? "") !== normalizeText(after ?? "")) {
      const cond = parseCondition(after ?? undefined);
      const move = compareConditions(parseCondition(before ?? undefined), cond);
      reasons.push(`matching rule ${move}`);
      if (widens(move)) {
        // Unpinned, the group admits matching resources from every compartment: the DG counterpart of tenancy-wide.
        const tenancyWide = !cond || !pinsMembership(cond);
        if (tenancyWide) reasons.push("admits resources from the whole tenancy");
        worse(tenancyWide ? "critical" : move === "changed" ? "medium" : "high");
      }
    }
    const [nameBefore, nameAfter] = [str(c.before?.name), str(c.after?.name)];
    // Policies name dynamic groups; a rename hands the new name's grants to these members.
    if (nameBefore !== nameAfter) {
      reasons.push(`renamed: ${nameBefore ?? "?"} → ${nameAfter ?? "?"}`);
      worse("high");
    }
    if (!reasons.length) continue;
    out.push({ address: c.address, change: "changed", before, after, broadening: severity !== undefined, reasons, ...(severity ? { severity } : {}) });
  }
  return out;
}
