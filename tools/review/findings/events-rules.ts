/**
 * Rules over Events rules and the buckets they watch. Object Storage emits
 * object events (createobject, updateobject, deleteobject) only for buckets
 * with `object_events_enabled`:
 * https://docs.oracle.com/iaas/Content/Object/Tasks/managingbuckets_topic-To_enable_or_disable_emitting_events_for_object_state_changes.htm
 */
import { wildcardPattern } from "../../../constructs/core/wildcard";
import { Json, JsonObject, isObject } from "../model";
import { block, blocks, str, strings, truthy } from "../nested";
import { ChangeContext, ChangeRule, EnvIndex, Located, Rule } from "./types";

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

/** Buckets of an environment by name, built once per environment (rules mostly name their bucket exactly). */
const bucketsByName = new WeakMap<EnvIndex, Map<string, Located[]>>();

function namedBuckets(env: EnvIndex, patterns: readonly string[]): Located[] {
  let byName = bucketsByName.get(env);
  if (!byName) {
    byName = new Map();
    for (const b of env.ofType("oci_objectstorage_bucket")) {
      const name = str(b.resource.body.name) ?? "";
      byName.set(name, [...(byName.get(name) ?? []), b]);
    }
    bucketsByName.set(env, byName);
  }
  const out = new Set<Located>();
  for (const p of patterns) {
    if (!p.includes("*")) for (const b of byName.get(p) ?? []) out.add(b);
    else {
      const pattern = wildcardPattern(p);
      for (const [name, list] of byName) if (pattern.test(name)) for (const b of list) out.add(b);
    }
  }
  return [...out];
}

/** The buckets of the environment an events rule receives object events from (by name, wildcard or reference). */
function watchedBuckets(rule: Located, env: EnvIndex): { buckets: Located[]; eventTypes: string[] } {
  const text = str(rule.resource.body.condition) ?? "";
  const cond = parseJson(text);
  const eventTypes = strings(cond?.eventType).filter((t) => OBJECT_EVENT.test(t));
  // A condition built from tokens is not JSON yet; its references still name the bucket.
  if (cond ? !eventTypes.length : !text.includes("objectstorage")) return { buckets: [], eventTypes };
  const patterns = strings(block(block(cond?.data)?.additionalDetails)?.bucketName).filter((n) => !n.includes("${"));
  const referenced = env
    .references(text, rule.stack)
    .map((ref) => env.stacks.get(ref.stack)?.resources.get(ref.address))
    .filter((r) => r?.type === "oci_objectstorage_bucket");
  const byReference = env.ofType("oci_objectstorage_bucket").filter((b) => referenced.includes(b.resource));
  const buckets = [...new Set([...byReference, ...namedBuckets(env, patterns)])];
  return { buckets, eventTypes: eventTypes.length ? eventTypes : ["object events"] };
}

const bucketName = (b: Located) => str(b.resource.body.name) ?? b.resource.name;
const ruleName = (r: Located) => str(r.resource.body.display_name) ?? r.resource.name;

export const objectEventsDisabled: Rule = {
  id: "OCI-EVT-001",
  severity: "high",
  title: "object-event rule on a bucket that does not emit object events",
  remediation: "Set `object_events_enabled = true` on the bucket; without it Object Storage emits no createobject/updateobject/deleteobject events and the rule never fires.",
  types: ["oci_events_rule"],
  check: (rule, ctx) =>
    watchedBuckets({ stack: ctx.stack, resource: rule }, ctx.env)
      .buckets.filter((b) => !truthy(b.resource.body.object_events_enabled))
      .map((b) => ({
        path: "condition",
        about: `${b.stack}:${b.resource.address}`,
        message: `watches object events of bucket \`${bucketName(b)}\` (${b.resource.address}), which has object_events_enabled unset or false`,
      })),
};

function summarize(items: readonly string[], max = 3): string {
  return items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

/** Where an action delivers: `topic oci_ons_notification_topic.alerts` (or the OCID when it is not in the review). */
function targetOf(action: JsonObject, stack: string, env: EnvIndex): string {
  const [kind, id] =
    str(action.action_type)?.toUpperCase() === "FAAS" ? ["function", action.function_id] : str(action.action_type)?.toUpperCase() === "OSS" ? ["stream", action.stream_id] : ["topic", action.topic_id];
  const found = env.resolve(id as Json, stack);
  return `${kind} ${found ? `\`${found.resource.address}\`` : `\`${str(id as Json) ?? "?"}\``}`;
}

function actionsOf(body: JsonObject | null): JsonObject[] {
  return blocks(block(body?.actions)?.actions);
}

const targetId = (a: JsonObject) => str(a.topic_id) ?? str(a.function_id) ?? str(a.stream_id) ?? "";

export const eventRuleDisabled: ChangeRule = {
  id: "OCI-EVT-002",
  severity: "high",
  title: "events rule or action disabled",
  remediation:
    "Keep the rule and its actions enabled; to pause a pipeline, say so in the change description and name who restores it. A disabled rule drops matching events silently: nothing errors and nothing is queued.",
  types: ["oci_events_rule"],
  check: (d, ctx) => {
    if (!d.before || !d.after) return [];
    const eventTypes = strings(parseJson(str(d.after.condition) ?? "")?.eventType);
    const events = eventTypes.length ? `${summarize(eventTypes)}` : "its events";
    const name = str(d.after.display_name) ?? d.name;
    if (truthy(d.before.is_enabled) && !truthy(d.after.is_enabled)) {
      const targets = actionsOf(d.before).map((a) => targetOf(a, ctx.stack, ctx.baseEnv));
      return [{ path: "is_enabled", message: `rule \`${name}\` disabled: ${events} no longer reach ${summarize(targets) || "its targets"}` }];
    }
    if (!truthy(d.after.is_enabled)) return [];
    const wasEnabled = new Set(actionsOf(d.before).filter((a) => truthy(a.is_enabled)).map(targetId));
    return actionsOf(d.after)
      .filter((a) => !truthy(a.is_enabled) && wasEnabled.has(targetId(a)))
      .map((a) => ({ path: "actions", message: `rule \`${name}\`: action to ${targetOf(a, ctx.stack, ctx.env)} disabled; ${events} no longer reach it` }));
  },
};

function rulesWatching(bucket: Located, env: EnvIndex): Array<{ rule: Located; eventTypes: string[] }> {
  return env
    .ofType("oci_events_rule")
    .map((rule) => ({ rule, ...watchedBuckets(rule, env) }))
    .filter((w) => w.buckets.some((b) => b.stack === bucket.stack && b.resource.address === bucket.resource.address))
    .map(({ rule, eventTypes }) => ({ rule, eventTypes }));
}

export const objectEventsTurnedOff: ChangeRule = {
  id: "OCI-EVT-003",
  severity: "high",
  title: "object events turned off on a bucket",
  remediation:
    "Keep `object_events_enabled = true` while any Events rule (in this repository or elsewhere in the tenancy) reacts to the bucket's createobject/updateobject/deleteobject events.",
  types: ["oci_objectstorage_bucket"],
  supersedes: ["OCI-EVT-001"],
  check: (d, ctx: ChangeContext) => {
    if (!d.before || !d.after || !truthy(d.before.object_events_enabled) || truthy(d.after.object_events_enabled)) return [];
    const bucket = ctx.env.stacks.get(ctx.stack)?.resources.get(d.address);
    const watchers = bucket ? rulesWatching({ stack: ctx.stack, resource: bucket }, ctx.env) : [];
    const name = str(d.after.name) ?? d.name;
    const relying = watchers.map(({ rule, eventTypes }) => `\`${ruleName(rule)}\` (${rule.stack}, ${summarize(eventTypes)})`);
    const message = relying.length
      ? `object events turned off on bucket \`${name}\`: ${summarize(relying)} stop${relying.length === 1 ? "s" : ""} firing`
      : `object events turned off on bucket \`${name}\`: no rule in this review watches it, but any rule elsewhere in the tenancy that reacts to its object events stops firing`;
    return [{ path: "object_events_enabled", message }];
  },
};
