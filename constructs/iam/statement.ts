import { Token } from "cdktf";
import { ocidProblem, OCID_TYPES } from "../core/validate";
import { Condition, renderConditions } from "./condition";
import { RESOURCE_TYPES, ResourceType, SERVICE_NAMES, Verb, VERBS } from "./resource-types";

/** Who a statement grants to. */
export type PolicySubject =
  /** An IAM group, optionally in a non-default identity domain. */
  | { readonly kind: "group"; readonly name: string; readonly domain?: string }
  /** A dynamic group (resource principals such as functions). */
  | { readonly kind: "dynamic-group"; readonly name: string; readonly domain?: string }
  /** A dynamic group by OCID (`dynamic-group id <ocid>`): it survives renames and names one group in any identity domain. */
  | { readonly kind: "dynamic-group"; readonly id: string }
  /** OCI service principals such as `cloudEvents`. */
  | { readonly kind: "service"; readonly names: readonly string[] }
  /** Any principal: only with conditions that narrow it (e.g. request.principal.type). */
  | { readonly kind: "any-user" };

/** Where a statement applies. */
export type PolicyLocation = { readonly kind: "tenancy" } | { readonly kind: "compartment"; readonly compartmentId: string };

export interface PolicyStatementProps {
  /** Who is granted access. */
  readonly subject: PolicySubject;
  /** inspect < read < use < manage. */
  readonly verb: Verb;
  /** A resource type or family from {@link RESOURCE_TYPES}. */
  readonly resourceType?: ResourceType;
  /** Escape hatch for a resource type not in the catalog; visible in the statement and in review. */
  readonly customResourceType?: string;
  /** Tenancy or a compartment (by OCID). */
  readonly location: PolicyLocation;
  /** `where` conditions; combined with {@link conditionMode}. */
  readonly conditions?: readonly Condition[];
  /** ALL (default) or ANY. */
  readonly conditionMode?: "ALL" | "ANY";
  /** Explicit opt-in for `all-resources`, which CIS forbids by default. */
  readonly allowAllResources?: boolean;
  /** Explicit opt-in for a service principal granted `in tenancy`. */
  readonly allowTenancyWideService?: boolean;
  /** Explicit opt-in for `any-user` without a `where` clause. */
  readonly allowUnconditionedAnyUser?: boolean;
}

const NAME = /^[A-Za-z0-9._-]{1,100}$/;
const isToken = (s: string) => Token.isUnresolved(s);

/** One OCI policy statement: a typed model that renders OCI policy syntax. */
export class PolicyStatement {
  constructor(public readonly props: PolicyStatementProps) {}

  get resource(): string {
    return this.props.customResourceType ?? this.props.resourceType ?? "";
  }

  /** Why the statement is malformed or too broad, as `[field, value, allowed]` triples. */
  problems(): Array<[string, unknown, string]> {
    const p = this.props;
    const out: Array<[string, unknown, string]> = [];
    if (!VERBS.includes(p.verb)) out.push(["verb", p.verb, `must be one of ${VERBS.join(", ")}`]);
    if (p.resourceType && p.customResourceType) out.push(["resourceType", p.resourceType, "give resourceType or customResourceType, not both"]);
    else if (!p.resourceType && !p.customResourceType) out.push(["resourceType", undefined, "a resource type or family is required"]);
    else if (p.resourceType && !RESOURCE_TYPES.includes(p.resourceType)) out.push(["resourceType", p.resourceType, `must be a known resource type or family (${RESOURCE_TYPES.join(", ")}), or use customResourceType`]);
    else if (p.customResourceType && !/^[a-z][a-z0-9-]*$/.test(p.customResourceType)) out.push(["customResourceType", p.customResourceType, "must be a lower-case OCI resource-type name such as log-content"]);
    if (this.resource === "all-resources" && !p.allowAllResources) out.push(["resourceType", "all-resources", "all-resources grants are refused; name the resource type, or set allowAllResources: true to opt in explicitly"]);
    const s = p.subject;
    if (s.kind === "dynamic-group" && "id" in s) {
      if (!isToken(s.id) && ocidProblem(s.id, OCID_TYPES.dynamicGroup)) out.push(["subject.id", s.id, "must be a dynamic group OCID (ocid1.dynamicgroup.<realm>..<id>)"]);
    } else if (s.kind === "group" || s.kind === "dynamic-group") {
      if (!isToken(s.name) && !NAME.test(s.name)) out.push(["subject.name", s.name, "must be 1-100 letters, digits, '.', '_' or '-'"]);
      if (s.domain !== undefined && !isToken(s.domain) && !NAME.test(s.domain)) out.push(["subject.domain", s.domain, "must be an identity domain name (letters, digits, '.', '_', '-')"]);
    } else if (s.kind === "service") {
      if (!s.names.length) out.push(["subject.names", s.names, "name at least one service"]);
      for (const n of s.names) if (!(SERVICE_NAMES as readonly string[]).includes(n)) out.push(["subject.names", n, `must be one of ${SERVICE_NAMES.join(", ")}`]);
      if (p.location.kind === "tenancy" && !p.allowTenancyWideService) out.push(["location", "tenancy", "service principals are granted per compartment; set allowTenancyWideService: true to opt in to a tenancy-wide grant"]);
    } else if (s.kind === "any-user") {
      if (!p.conditions?.length && !p.allowUnconditionedAnyUser) out.push(["conditions", [], "any-user needs a where clause (e.g. request.principal.type); set allowUnconditionedAnyUser: true to opt in"]);
    } else {
      out.push(["subject.kind", (s as { kind: string }).kind, "must be group, dynamic-group, service or any-user"]);
    }
    if (p.location.kind === "compartment") {
      const id = p.location.compartmentId;
      if (!isToken(id) && ocidProblem(id, OCID_TYPES.compartment)) out.push(["location.compartmentId", id, "must be a compartment OCID"]);
    } else if (p.location.kind !== "tenancy") {
      out.push(["location", p.location, "must be { kind: 'tenancy' } or { kind: 'compartment', compartmentId }"]);
    }
    if (p.conditionMode && p.conditionMode !== "ALL" && p.conditionMode !== "ANY") out.push(["conditionMode", p.conditionMode, "must be ALL or ANY"]);
    (p.conditions ?? []).forEach((c, i) => {
      const problem = c.problem();
      if (problem) out.push([`conditions[${i}]`, c.render(), problem]);
    });
    return out;
  }

  /** The statement in OCI policy syntax. */
  render(): string {
    const p = this.props;
    const where = p.conditions?.length ? ` where ${renderConditions(p.conditions, p.conditionMode ?? "ALL")}` : "";
    const location = p.location.kind === "tenancy" ? "tenancy" : `compartment id ${p.location.compartmentId}`;
    return `Allow ${renderSubject(p.subject)} to ${p.verb} ${this.resource} in ${location}${where}`;
  }
}

function renderSubject(s: PolicySubject): string {
  const named = (kind: string, name: string, domain?: string) => (domain ? `${kind} '${domain}'/'${name}'` : `${kind} ${name}`);
  switch (s.kind) {
    case "group":
      return named("group", s.name, s.domain);
    case "dynamic-group":
      return "id" in s ? `dynamic-group id ${s.id}` : named("dynamic-group", s.name, s.domain);
    case "service":
      return `service ${s.names.join(", ")}`;
    case "any-user":
      return "any-user";
  }
}
