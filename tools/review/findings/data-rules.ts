/** Rules over keys, buckets and the events rules that watch buckets. */
import { JsonObject, isObject } from "../model";
import { block, str, strings, truthy } from "../nested";
import { Located, Rule } from "./types";

export const softwareKeyInProd: Rule = {
  id: "OCI-KMS-001",
  severity: "high",
  title: "software-protected key in production",
  remediation: "Use `protection_mode = \"HSM\"` (the default) for production keys; changing it replaces the key, so re-encrypt dependants first.",
  types: ["oci_kms_key"],
  check: (r, ctx) =>
    /^prod/i.test(ctx.environment) && str(r.body.protection_mode)?.toUpperCase() === "SOFTWARE"
      ? [{ path: "protection_mode", message: `key \`${str(r.body.display_name) ?? r.name}\` is SOFTWARE-protected in \`${ctx.environment}\`` }]
      : [],
};

export const publicBucket: Rule = {
  id: "OCI-OBJ-001",
  severity: "high",
  title: "public bucket",
  remediation: "Set `access_type = \"NoPublicAccess\"` and share objects with pre-authenticated requests or IAM instead.",
  types: ["oci_objectstorage_bucket"],
  check: (r) => {
    const access = str(r.body.access_type);
    return access === "ObjectRead" || access === "ObjectReadWithoutList"
      ? [{ path: "access_type", message: `bucket \`${str(r.body.name) ?? r.name}\` is readable by anyone (${access})` }]
      : [];
  },
};

/** Object Storage event types that only fire when the bucket emits object events. */
const OBJECT_EVENT = /^com\.oraclecloud\.objectstorage\.(createobject|updateobject|deleteobject|\*|[a-z*]*\*object)$/i;

function parseJson(text: string): JsonObject | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return isObject(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** `prefix-*` patterns of an events condition as a matcher. */
function nameMatcher(patterns: string[]): (name: string) => boolean {
  const res = patterns.map((p) => new RegExp(`^${p.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`));
  return (name) => res.some((re) => re.test(name));
}

export const objectEventsDisabled: Rule = {
  id: "OCI-EVT-001",
  severity: "high",
  title: "object-event rule on a bucket that does not emit object events",
  remediation: "Set `object_events_enabled = true` on the bucket; without it Object Storage emits no createobject/updateobject/deleteobject events and the rule never fires.",
  types: ["oci_events_rule"],
  check: (rule, ctx) => {
    const text = str(rule.body.condition) ?? "";
    const cond = parseJson(text);
    const eventTypes = strings(cond?.eventType);
    // A condition built from tokens is not JSON yet; its references still name the bucket.
    if (cond && !eventTypes.some((t) => OBJECT_EVENT.test(t))) return [];
    if (!cond && !text.includes("objectstorage")) return [];
    const details = block(block(cond?.data)?.additionalDetails);
    const patterns = strings(details?.bucketName).filter((n) => !n.includes("${"));
    const matches = nameMatcher(patterns);
    const referenced = new Set(ctx.env.references(text, ctx.stack).map((ref) => `${ref.stack}:${ref.address}`));
    const watched = (b: Located) =>
      referenced.has(`${b.stack}:${b.resource.address}`) || (patterns.length > 0 && matches(str(b.resource.body.name) ?? ""));
    return ctx.env
      .ofType("oci_objectstorage_bucket")
      .filter((b) => watched(b) && !truthy(b.resource.body.object_events_enabled))
      .map((b) => ({ path: "condition", message: `watches object events of bucket \`${str(b.resource.body.name) ?? b.resource.name}\` (${b.resource.address}), which has object_events_enabled unset or false` }));
  },
};
