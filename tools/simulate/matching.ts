/**
 * OCI Events condition matching, as the Events documentation states it
 * (https://docs.oracle.com/iaas/Content/Events/Concepts/filterevents.htm and the
 * `condition` field of the Rule API reference,
 * https://docs.oracle.com/iaas/api/#/en/events/20181201/Rule/); each rule is listed
 * with its source in docs/oci-facts.md#events:
 * - `{}` matches every event; fields the condition does not name are ignored;
 * - every field the condition names must be in the event, with the same nesting
 *   (`data.additionalDetails.bucketName`, `data.definedTags.<ns>.<key>`, ...);
 * - a list of values matches when the event's value matches any of them;
 * - `*` in a value matches any run of characters;
 * - fields are compared as written: names and values are case-sensitive.
 * Compartment scoping and regions are not part of the condition; see events.ts.
 */
import { isObject, Json } from "./model";

export type MatchResult = { readonly matched: true } | { readonly matched: false; readonly path: string; readonly reason: string };

const MATCHED: MatchResult = { matched: true };

/** `*` matches any run of characters (none included); everything else literally. */
export function wildcardMatch(pattern: string, value: string): boolean {
  if (!pattern.includes("*")) return pattern === value;
  const parts = pattern.split("*");
  const regex = new RegExp(`^${parts.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\S]*")}$`);
  return regex.test(value);
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Whether one condition value (a string, possibly with `*`) matches the event's value. */
function valueMatches(pattern: Json, value: Json): boolean {
  if (Array.isArray(value)) return value.some((v) => valueMatches(pattern, v));
  if (value === null || typeof value === "object") return false;
  if (typeof pattern !== "string") return pattern === value;
  return wildcardMatch(pattern, String(value));
}

/** Condition fields in evaluation order: `eventType` first (the usual reason a rule does not match), then as written. */
function fieldsOf(condition: { [key: string]: Json }, top: boolean): Array<[string, Json]> {
  const entries = Object.entries(condition);
  return top ? [...entries.filter(([k]) => k === "eventType"), ...entries.filter(([k]) => k !== "eventType")] : entries;
}

function matchObject(condition: { [key: string]: Json }, event: Json, path: string[]): MatchResult {
  for (const [key, expected] of fieldsOf(condition, path.length === 0)) {
    const at = [...path, key].join(".");
    if (!isObject(event) || !(key in event)) {
      return { matched: false, path: at, reason: `${at} is not in the event (a condition's fields must all be present, with the same nesting)` };
    }
    const actual = event[key];
    if (isObject(expected)) {
      if (!isObject(actual)) return { matched: false, path: at, reason: `${at} is ${show(actual)} in the event, but the condition nests fields under it` };
      if (!Object.keys(expected).length) continue;
      const inner = matchObject(expected, actual, [...path, key]);
      if (!inner.matched) return inner;
      continue;
    }
    const patterns = Array.isArray(expected) ? expected : [expected];
    if (!patterns.some((p) => valueMatches(p, actual))) {
      const wanted = !Array.isArray(expected)
        ? show(expected)
        : expected.length === 1
          ? show(expected[0])
          : expected.length > 3
            ? `any of the ${expected.length} listed values (${expected.slice(0, 2).map((e) => show(e)).join(", ")}, ...)`
            : `any of ${expected.map((e) => show(e)).join(", ")}`;
      return { matched: false, path: at, reason: `${at} = ${show(actual)} does not match ${wanted}` };
    }
  }
  return MATCHED;
}

/** Matches a rule's condition (the parsed JSON) against an event; the first field that fails is the reason. */
export function matchCondition(condition: Json, event: Json): MatchResult {
  if (!isObject(condition)) return { matched: false, path: "", reason: `the condition ${show(condition)} is not a JSON object` };
  return matchObject(condition, event, []);
}

/** Parses a rule's `condition` argument; undefined when it is not JSON (e.g. a Terraform expression). */
export function parseCondition(raw: Json | undefined): Json | undefined {
  if (isObject(raw)) return raw;
  if (typeof raw !== "string") return undefined;
  try {
    return JSON.parse(raw) as Json;
  } catch {
    return undefined;
  }
}
