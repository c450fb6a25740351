/** Rules over IAM policies and dynamic groups. */
import { ResourceState } from "../model";
import { str, strings } from "../nested";
import { parseCondition, pinsMembership } from "../iam/condition";
import { Statement, isAnySubject, parseStatement } from "../iam/statement";
import { Hit, Rule } from "./types";

function statementsOf(r: ResourceState): Array<{ s: Statement; path: string }> {
  return strings(r.body.statements).map((raw, i) => ({ s: parseStatement(raw), path: `statements[${i}]` }));
}

function quoted(s: Statement): string {
  return `\`${s.raw.trim()}\``;
}

export const allResourcesGrant: Rule = {
  id: "OCI-IAM-001",
  severity: "high",
  title: "all-resources grant",
  remediation: "Grant only the resource-types the principal needs (e.g. `functions-family`, `ons-topics`, `secret-bundles`) in the narrowest compartment.",
  types: ["oci_identity_policy"],
  check: (r) =>
    statementsOf(r)
      .filter(({ s }) => s.kind === "allow" && s.resource === "all-resources")
      .map(({ s, path }) => ({
        path,
        message: `${quoted(s)} grants ${s.verb ?? "permissions"} on every resource-type`,
        // Tenancy-wide manage on everything is administrator access.
        severity: s.verb === "manage" && s.location?.scope === "tenancy" ? "critical" : undefined,
      })),
};

export const tenancyWideServiceGrant: Rule = {
  id: "OCI-IAM-002",
  severity: "medium",
  title: "tenancy-wide service grant",
  remediation: "Scope service grants to the compartment that holds the target (`in compartment id <ocid>`), or add a `where target.*` condition.",
  types: ["oci_identity_policy"],
  check: (r) =>
    statementsOf(r)
      .filter(({ s }) => s.kind === "allow" && s.location?.scope === "tenancy" && s.subjects.some((x) => x.kind === "service"))
      .map(({ s, path }) => ({ path, message: `${quoted(s)} lets a service act across the whole tenancy` })),
};

export const unconditionedAnyUser: Rule = {
  id: "OCI-IAM-003",
  severity: "critical",
  title: "any-user grant without condition",
  remediation:
    "Add a `where` condition that names the caller, e.g. `where ALL {request.principal.type = 'ApiGateway', request.resource.compartment.id = '<ocid>'}`, or grant a dynamic group instead.",
  types: ["oci_identity_policy"],
  check: (r) =>
    statementsOf(r)
      .filter(({ s }) => s.kind === "allow" && isAnySubject(s) && !s.condition)
      .map(({ s, path }) => ({ path, message: `${quoted(s)} grants every authenticated principal in the tenancy, unconditionally` })),
};

export const broadDynamicGroup: Rule = {
  id: "OCI-IAM-004",
  severity: "medium",
  title: "dynamic group not scoped to a compartment or resource",
  remediation: "Pin the matching rule with `resource.compartment.id = '<ocid>'` or `resource.id = '<ocid>'` inside `ALL {…}`.",
  types: ["oci_identity_dynamic_group"],
  check: (r): Hit[] => {
    const cond = parseCondition(str(r.body.matching_rule));
    return cond && !pinsMembership(cond) ? [{ path: "matching_rule", message: "matching rule admits resources from any compartment of the tenancy" }] : [];
  },
};
