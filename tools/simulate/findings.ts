/**
 * Rules that can never deliver what they name, whatever event comes: identity
 * events outside the home region or the root compartment, object events of a
 * bucket that emits none, actions in another region.
 */
import { selectsObjectEvents } from "../../constructs/events/event-types";
import { CompartmentTree } from "./compartments";
import { isIdentityEventType, isTenancyLevelEventType } from "./identity";
import { parseCondition, wildcardMatch } from "./matching";
import { strings } from "../review/nested";
import { isObject, SynthApp, SynthResource, resourcesOfType } from "./model";
import { referencedResource, resolveValue } from "./refs";
import { flag, ruleActions } from "./routing";
import { Finding } from "./types";

export const SOURCES = {
  homeRegion: "https://docs.oracle.com/iaas/Content/Identity/regions/managingregions.htm",
  rootCompartment: "https://docs.oracle.com/iaas/tools/terraform-provider-oci/latest/docs/r/identity_user.html",
  ruleScope: "https://docs.oracle.com/iaas/api/#/en/events/20181201/Rule/",
  objectEvents: "https://docs.oracle.com/iaas/Content/Object/Tasks/managingbuckets_topic-To_enable_or_disable_emitting_events_for_object_state_changes.htm",
  landingZone: "https://github.com/oci-landing-zones/terraform-oci-core-landingzone/blob/main/mon_notifications.tf",
} as const;

/** The literal compartment OCID of a resource, or undefined when it is an expression. */
export function literalCompartment(app: SynthApp, r: SynthResource): string | undefined {
  const c = resolveValue(app, r.stack, r.body.compartment_id);
  return c.kind === "literal" ? c.value : undefined;
}

/** The home region of the tenancy a compartment belongs to (or of the only tenancy the tree knows). */
export function homeRegionFor(tree: CompartmentTree, compartment: string | undefined): string | undefined {
  const own = compartment ? tree.tenancyOf(compartment)?.homeRegion : undefined;
  if (own) return own;
  const homes = new Set(tree.tenancies().map((t) => t.homeRegion).filter((h): h is string => !!h));
  return homes.size === 1 ? [...homes][0] : undefined;
}

function ruleFindings(app: SynthApp, tree: CompartmentTree, rule: SynthResource): Finding[] {
  const out: Finding[] = [];
  const at = { stack: rule.stack, resource: rule.address, constructPath: rule.constructPath };
  const condition = parseCondition(rule.body.condition);
  const types = isObject(condition) ? strings(condition.eventType) : [];
  const compartment = literalCompartment(app, rule);
  const identity = types.filter(isIdentityEventType);
  const home = homeRegionFor(tree, compartment);
  if (identity.length && home && rule.region && rule.region !== home) {
    out.push({
      ...at,
      severity: "error",
      message: `names ${identity.length} IAM event type(s) (${identity.slice(0, 3).join(", ")}${identity.length > 3 ? ", ..." : ""}) but lives in ${rule.region}: IAM resources are created and changed only in the home region ${home}, so their events never reach this rule; create it in the home region (the oci.home provider)`,
      source: SOURCES.homeRegion,
    });
  }
  const tenancyLevel = identity.filter(isTenancyLevelEventType);
  if (tenancyLevel.length && compartment && !compartment.startsWith("ocid1.tenancy.")) {
    out.push({
      ...at,
      severity: "error",
      message: `names ${tenancyLevel.length} event type(s) of users, groups, dynamic groups or federation (${tenancyLevel.slice(0, 3).join(", ")}${tenancyLevel.length > 3 ? ", ..." : ""}), which live in the tenancy (root compartment), but the rule is in compartment ${tree.describe(compartment)} and sees only that compartment's subtree: it never receives them; put the rule in the tenancy`,
      source: SOURCES.rootCompartment,
    });
  }
  const details = isObject(condition) && isObject(condition.data) && isObject(condition.data.additionalDetails) ? condition.data.additionalDetails : undefined;
  if (selectsObjectEvents(types) && details) {
    for (const name of strings(details.bucketName)) {
      for (const bucket of resourcesOfType(app, "oci_objectstorage_bucket")) {
        const bucketName = typeof bucket.body.name === "string" ? bucket.body.name : undefined;
        if (bucketName && wildcardMatch(name, bucketName) && !flag(bucket.body.object_events_enabled, false)) {
          out.push({
            ...at,
            severity: "error",
            message: `selects object events of bucket ${bucketName} ([${bucket.stack}] ${bucket.address}), which has object_events_enabled unset or false: Object Storage emits no object events for it`,
            source: SOURCES.objectEvents,
          });
        }
      }
    }
  }
  const actions = ruleActions(rule);
  actions.forEach((a, i) => {
    const id = a.topic_id ?? a.function_id ?? a.stream_id;
    const target = referencedResource(app, rule.stack, id);
    if (target?.region && rule.region && target.region !== rule.region) {
      out.push({
        ...at,
        severity: "warning",
        message: `action ${i} (${String(a.action_type)}) delivers to ${target.address} in ${target.region} while the rule is in ${rule.region}; Oracle's Landing Zone pairs home-region rules with home-region topics, and the Events documentation describes no cross-region delivery`,
        source: SOURCES.landingZone,
      });
    }
  });
  if (actions.length && actions.every((a) => !flag(a.is_enabled, true))) {
    out.push({ ...at, severity: "warning", message: "every action of the rule is disabled (is_enabled = false): it matches but delivers nothing", source: SOURCES.ruleScope });
  }
  return out;
}

/** Static findings for the Events rules of the given stacks. */
export function ruleFindingsFor(app: SynthApp, tree: CompartmentTree, stacks: ReadonlySet<string>): Finding[] {
  return resourcesOfType(app, "oci_events_rule")
    .filter((r) => stacks.has(r.stack))
    .flatMap((r) => ruleFindings(app, tree, r));
}
