/**
 * `where` conditions of policy statements and dynamic-group matching rules
 * share one grammar: a single clause, or `ALL {c1, c2}` / `ANY {c1, c2}`.
 * Comparing two of them tells whether access got wider: fewer clauses under
 * ALL, more under ANY, ALL turned into ANY, or the condition dropped.
 */

export interface Condition {
  readonly combinator: "ALL" | "ANY";
  /** Normalized clauses; a nested group stays one clause. */
  readonly clauses: readonly string[];
}

/** Splits on commas that are outside quotes and braces. */
export function splitTopLevel(text: string, separator = ","): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Lower-cases and collapses whitespace outside quoted strings: keywords,
 * variables and group names are case-insensitive in OCI, quoted values may not be.
 */
export function normalizeText(text: string): string {
  return text
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) => (i % 2 ? part : part.toLowerCase().replace(/\s+/g, " ")))
    .join("")
    .replace(/\s*(!?=)\s*/g, "$1")
    .replace(/\s*([{},])\s*/g, "$1")
    .trim()
    .replace(/;$/, "");
}

export function parseCondition(text: string | undefined): Condition | undefined {
  if (text === undefined || !text.trim()) return undefined;
  const m = /^(all|any)\s*\{([\s\S]*)\}\s*$/i.exec(text.trim());
  if (!m) return { combinator: "ALL", clauses: [normalizeText(text)] };
  const clauses = [...new Set(splitTopLevel(m[2]).map(normalizeText))].sort();
  // With one clause ALL and ANY mean the same; normalizing makes them compare equal.
  return { combinator: clauses.length > 1 && m[1].toUpperCase() === "ANY" ? "ANY" : "ALL", clauses };
}

export type ConditionChange = "same" | "added" | "narrowed" | "dropped" | "loosened" | "changed";

function isSubset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x));
}

/** How the condition moved from `before` to `after`; dropped, loosened and changed widen access. */
export function compareConditions(before: Condition | undefined, after: Condition | undefined): ConditionChange {
  if (!before) return after ? "added" : "same";
  if (!after) return "dropped";
  const b = before.clauses;
  const a = after.clauses;
  const equal = isSubset(a, b) && isSubset(b, a);
  if (before.combinator === after.combinator) {
    if (equal) return "same";
    const [narrower, wider] = before.combinator === "ALL" ? [isSubset(b, a), isSubset(a, b)] : [isSubset(a, b), isSubset(b, a)];
    return narrower ? "narrowed" : wider ? "loosened" : "changed";
  }
  // With a shared clause c: ALL(before) implies c implies ANY(after), so ALL → ANY
  // admits at least as much; symmetrically ALL(after) implies ANY(before).
  const shared = a.some((x) => b.includes(x));
  if (!shared) return "changed";
  return after.combinator === "ANY" ? "loosened" : "narrowed";
}

/** True for the condition moves that can grant access not granted before. */
export function widens(change: ConditionChange): boolean {
  return change === "dropped" || change === "loosened" || change === "changed";
}

/** A clause that pins membership to one resource or compartment. */
const PINNING = /^(resource|instance)\.(id|compartment\.id)(=|\s)/;

/**
 * Whether a dynamic-group matching rule admits only resources of a named
 * compartment or named resources. Under ANY each clause admits members on its
 * own, so every one must be pinned; under ALL one pinned clause suffices.
 */
export function pinsMembership(cond: Condition): boolean {
  const pinned = (c: string) => PINNING.test(c);
  return cond.combinator === "ALL" ? cond.clauses.some(pinned) : cond.clauses.every(pinned);
}
