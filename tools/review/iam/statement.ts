/**
 * OCI IAM policy statements:
 *   Allow <subject> to <verb> <resource-type> in <tenancy | compartment <name> | compartment id <ocid>> [where <conditions>]
 * parsed into parts, and compared to decide whether a change broadens access
 * (the OCI counterpart of `cdk diff`'s permissionsBroadened).
 */
import { Severity } from "../model";
import { Condition, compareConditions, normalizeText, parseCondition, splitTopLevel, widens } from "./condition";

export type Verb = "inspect" | "read" | "use" | "manage";
/** Verbs are cumulative: each includes the permissions of those before it. */
const VERB_RANK: Readonly<Record<Verb, number>> = { inspect: 0, read: 1, use: 2, manage: 3 };

export type SubjectKind = "group" | "dynamic-group" | "service" | "any-user" | "any-group";

export interface Subject {
  readonly kind: SubjectKind;
  /** Normalized name or OCID (`id <ocid>`); empty for any-user / any-group. */
  readonly name: string;
}

export type Location = { readonly scope: "tenancy" } | { readonly scope: "compartment"; readonly name: string; readonly byId: boolean };

export interface Statement {
  readonly raw: string;
  /** Whitespace- and case-normalized text: equal texts grant the same access. */
  readonly normalized: string;
  readonly kind: "allow" | "deny" | "endorse" | "admit" | "define" | "unknown";
  readonly subjects: readonly Subject[];
  readonly verb?: Verb;
  /** The `{PERMISSION_A, PERMISSION_B}` form, instead of verb + resource-type. */
  readonly permissions?: readonly string[];
  readonly resource?: string;
  readonly location?: Location;
  readonly conditionText?: string;
  readonly condition?: Condition;
}

/**
 * Aggregate resource-types and their members (OCI policy references, e.g.
 * https://docs.oracle.com/iaas/Content/Identity/Reference/functionspolicyreference.htm;
 * docs/oci-facts.md#iam-policies-dynamic-groups-home-region lists which are complete).
 * `all-resources` covers everything.
 */
const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  "functions-family": ["fn-app", "fn-function", "fn-invocation"],
  "ons-family": ["ons-topics", "ons-subscriptions"],
  "secret-family": ["secrets", "secret-versions", "secret-bundles"],
  "object-family": ["buckets", "objects"],
  "stream-family": ["stream-pools", "streams", "stream-push", "stream-pull"],
  "api-gateway-family": ["api-gateways", "api-deployments", "api-workrequests"],
  "logging-family": ["log-groups", "log-content", "unified-configuration"],
  "virtual-network-family": ["vcns", "subnets", "route-tables", "security-lists", "network-security-groups", "vnics", "internet-gateways", "nat-gateways", "service-gateways"],
  "repos": ["repos"],
};

/** True when resource-type `a` includes everything `b` does. */
export function covers(a: string, b: string): boolean {
  return a === b || a === "all-resources" || (FAMILIES[a]?.includes(b) ?? false);
}

const ALLOW_OR_DENY =
  /^(allow|deny)\s+(.+?)\s+to\s+(\{[^}]*\}|[a-z-]+)(?:\s+([a-z0-9_-]+))?\s+in\s+(tenancy|compartment\s+id\s+\S+|compartment\s+(?:'[^']*'|"[^"]*"|\S+))(?:\s+where\s+([\s\S]+))?$/i;

function parseSubjects(text: string): Subject[] {
  const out: Subject[] = [];
  let kind: SubjectKind | undefined;
  for (const part of splitTopLevel(text)) {
    const m = /^(any-user|any-group|dynamic-group|group|service)\b\s*([\s\S]*)$/i.exec(part);
    if (m) kind = m[1].toLowerCase() as SubjectKind;
    // `service blockstorage, oke` lists several services after one keyword.
    const name = (m ? m[2] : part).trim();
    if (kind) out.push({ kind, name: normalizeText(name) });
  }
  return out;
}

function parseLocation(text: string): Location {
  const t = text.trim();
  if (/^tenancy$/i.test(t)) return { scope: "tenancy" };
  const byId = /^compartment\s+id\s+(\S+)$/i.exec(t);
  if (byId) return { scope: "compartment", name: byId[1], byId: true };
  const name = t.replace(/^compartment\s+/i, "").replace(/^['"]|['"]$/g, "");
  return { scope: "compartment", name: name.toLowerCase(), byId: false };
}

export function parseStatement(raw: string): Statement {
  const text = raw.trim().replace(/\s+/g, " ");
  const normalized = normalizeText(text);
  const m = ALLOW_OR_DENY.exec(text);
  if (m) {
    const verbOrPerms = m[3];
    const perms = verbOrPerms.startsWith("{") ? splitTopLevel(verbOrPerms.slice(1, -1)).map((p) => p.toUpperCase()).sort() : undefined;
    const verb = perms ? undefined : (verbOrPerms.toLowerCase() as Verb);
    if (perms || verb! in VERB_RANK) {
      return {
        raw,
        normalized,
        kind: m[1].toLowerCase() as "allow" | "deny",
        subjects: parseSubjects(m[2]),
        verb,
        permissions: perms,
        resource: m[4]?.toLowerCase(),
        location: parseLocation(m[5]),
        conditionText: m[6]?.trim(),
        condition: parseCondition(m[6]),
      };
    }
  }
  const keyword = /^(endorse|admit|define)\b/i.exec(text)?.[1].toLowerCase() as Statement["kind"] | undefined;
  return { raw, normalized, kind: keyword ?? "unknown", subjects: [] };
}

export function isAnySubject(s: Statement): boolean {
  return s.subjects.some((x) => x.kind === "any-user" || x.kind === "any-group");
}

function subjectKey(s: Statement): string {
  return s.subjects.map((x) => `${x.kind}:${x.name}`).sort().join(",");
}

function locationText(l: Location | undefined): string {
  if (!l) return "?";
  return l.scope === "tenancy" ? "tenancy" : `compartment ${l.byId ? "id " : ""}${l.name}`;
}

/** `a` reaches everything `b` does: tenancy covers all, a compartment path covers its descendants (`a:b` ⊂ `a`). */
function locationCovers(a: Location, b: Location): boolean {
  if (a.scope === "tenancy") return true;
  if (b.scope === "tenancy" || a.byId !== b.byId) return false;
  return a.name === b.name || (!a.byId && b.name.startsWith(`${a.name}:`));
}

/** Whether `removed` is the earlier form of `added`: same subjects, overlapping resource-types. */
export function related(added: Statement, removed: Statement): boolean {
  if (added.kind !== removed.kind || subjectKey(added) !== subjectKey(removed)) return false;
  if (added.permissions || removed.permissions) return !!added.permissions && !!removed.permissions;
  const a = added.resource ?? "";
  const r = removed.resource ?? "";
  return covers(a, r) || covers(r, a);
}

/** Higher is closer: same resource and location first, so the best earlier form is chosen. */
export function similarity(added: Statement, removed: Statement): number {
  return (added.resource === removed.resource ? 2 : 0) + (locationText(added.location) === locationText(removed.location) ? 1 : 0);
}

/** Reasons an added Allow grants more than the removed statement it replaces (empty: not broader). */
export function widening(added: Statement, previous: Statement): string[] {
  const reasons: string[] = [];
  if (added.verb && previous.verb && VERB_RANK[added.verb] > VERB_RANK[previous.verb]) reasons.push(`verb widened: ${previous.verb} → ${added.verb}`);
  if (added.permissions && previous.permissions) {
    const gained = added.permissions.filter((p) => !previous.permissions!.includes(p));
    if (gained.length) reasons.push(`permissions added: ${gained.join(", ")}`);
  }
  if (added.resource && previous.resource && added.resource !== previous.resource && covers(added.resource, previous.resource)) {
    reasons.push(`resource widened: ${previous.resource} → ${added.resource}`);
  }
  if (added.location && previous.location && !locationCovers(previous.location, added.location)) {
    const wider = locationCovers(added.location, previous.location);
    reasons.push(`location ${wider ? "widened" : "changed"}: ${locationText(previous.location)} → ${locationText(added.location)}`);
  }
  const cond = compareConditions(previous.condition, added.condition);
  if (widens(cond)) reasons.push(`where condition ${cond}`);
  if (isAnySubject(added) && !isAnySubject(previous)) reasons.push("any-user subject");
  return reasons;
}

/** Reasons a brand-new statement broadens access, with qualifiers that make the risk visible. */
export function newStatementReasons(s: Statement): string[] {
  switch (s.kind) {
    case "allow": {
      const reasons = ["new statement"];
      if (isAnySubject(s)) reasons.push(s.condition ? "any-user subject" : "any-user subject without where condition");
      if (s.resource === "all-resources") reasons.push("all-resources");
      if (s.location?.scope === "tenancy") reasons.push("tenancy-wide");
      if (s.verb === "manage") reasons.push("manage verb");
      return reasons;
    }
    case "endorse":
    case "admit":
      return ["new cross-tenancy statement"];
    case "unknown":
      // A statement this parser does not understand may grant anything.
      return ["unrecognized statement"];
    default:
      return [];
  }
}

/**
 * How far a broadening change widens access. critical: the widened grant
 * reaches the whole tenancy, every resource-type, or every user without a
 * condition; high: a `where` dropped, loosened or changed, the manage verb,
 * an any-user subject, a lifted Deny, cross-tenancy or unrecognized
 * statements; medium: a wider resource family, another compartment, more
 * permissions; low: a new statement scoped to a resource-type in a compartment.
 */
export function broadeningSeverity(s: Statement, reasons: readonly string[]): Severity {
  const has = (re: RegExp) => reasons.some((r) => re.test(r));
  if (s.kind === "allow" && (s.location?.scope === "tenancy" || s.resource === "all-resources" || (isAnySubject(s) && !s.condition))) return "critical";
  if (has(/^where condition|manage|any-user|^deny statement removed|cross-tenancy|unrecognized/)) return "high";
  if (has(/^(resource widened|location|permissions added)/)) return "medium";
  return "low";
}
