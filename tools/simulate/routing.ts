/**
 * From a target (topic, function, stream) to what it reaches: a topic fans
 * out to its subscriptions (an ORACLE_FUNCTIONS subscription invokes the
 * function); a function is invoked with the payload; a stream keeps the
 * message for its consumers.
 */
import { createHash } from "node:crypto";
import { isObject, Json, SynthApp, SynthResource, resourcesOfType } from "./model";
import { referencedResource, resolveValue } from "./refs";
import { FunctionHop, Hop, Payload, ResourceRef } from "./types";

export function refOf(r: SynthResource): ResourceRef {
  const name = typeof r.body.display_name === "string" ? r.body.display_name : typeof r.body.name === "string" ? r.body.name : undefined;
  return { stack: r.stack, address: r.address, constructPath: r.constructPath, displayName: name && !name.includes("${") ? name : undefined, region: r.region };
}

const OCID_KIND: Record<string, string> = {
  oci_functions_function: "fnfunc",
  oci_functions_application: "fnapp",
  oci_ons_notification_topic: "onstopic",
  oci_ons_subscription: "onssubscription",
  oci_vault_secret: "vaultsecret",
  oci_streaming_stream: "stream",
  oci_events_rule: "eventrule",
  oci_monitoring_alarm: "alarm",
  oci_apigateway_gateway: "apigateway",
  oci_apigateway_deployment: "apideployment",
  oci_kms_vault: "vault",
  oci_kms_key: "key",
};

/** A stable, obviously simulated OCID for a resource of the app (`ocid1.<kind>.oc1.<region>.sim<hash>`). */
export function simulatedOcid(r: SynthResource): string {
  const kind = OCID_KIND[r.type] ?? r.type.replace(/^oci_/, "").replace(/_/g, "");
  const hash = createHash("sha256").update(`${r.stack}/${r.address}`).digest("hex").slice(0, 20);
  return `ocid1.${kind}.oc1.${r.region ?? "region"}.simulated${hash}`;
}

/** An action's target when it is no resource of the app: an OCID or an unresolved expression. */
export function externalTarget(value: Json | undefined): Hop {
  const text = typeof value === "string" ? value : JSON.stringify(value ?? null);
  return { kind: "external", target: text, note: "not a resource of the synthesized app: delivery happens outside what the simulator can see" };
}

/** A function hop: the function that receives `payload`. */
export function functionHop(fn: SynthResource, payload: Payload): Hop {
  return { kind: "function", resource: refOf(fn), image: typeof fn.body.image === "string" ? fn.body.image : undefined, payload };
}

/** `authorizer` (when given), then every hop of `hops` and, depth first, the hops after each subscription. */
export function flattenHops(hops: readonly Hop[], authorizer?: FunctionHop): Hop[] {
  const out: Hop[] = authorizer ? [authorizer] : [];
  const walk = (list: readonly Hop[]) => {
    for (const h of list) {
      out.push(h);
      if (h.kind === "subscription") walk(h.then);
    }
  };
  walk(hops);
  return out;
}

/** How an endpoint is shown: literals as they are, sensitive variables by name only. */
function shownEndpoint(app: SynthApp, sub: SynthResource): string {
  const r = resolveValue(app, sub.stack, sub.body.endpoint);
  switch (r.kind) {
    case "literal":
      return r.value;
    case "variable":
      return `var.${r.name}${r.sensitive ? " (sensitive)" : ""}`;
    case "resource":
      return `${r.resource.address}.${r.attribute}`;
    default:
      return r.expression;
  }
}

/** The subscriptions of a topic, across every stack of the app (a subscription may live in another stack than its topic). */
export function subscriptionsOf(app: SynthApp, topic: SynthResource): SynthResource[] {
  return resourcesOfType(app, "oci_ons_subscription").filter((s) => referencedResource(app, s.stack, s.body.topic_id) === topic);
}

/** The Notifications message headers a subscriber receives (HTTPS and function endpoints). */
export function notificationHeaders(topic: SynthResource, messageId: string): Record<string, string> {
  const name = typeof topic.body.name === "string" ? topic.body.name : topic.name;
  return {
    "Content-Type": "application/json",
    "X-OCI-NS-MessageId": messageId,
    "X-OCI-NS-TopicName": name,
    "X-OCI-NS-TopicOcid": simulatedOcid(topic),
  };
}

const CONFIRMATION_NOTE = "delivered once confirmed (this protocol starts PENDING)";

/** Every subscriber a message published to `topic` reaches; functions get the message body and Notifications headers. */
export function fanOut(app: SynthApp, topic: SynthResource, body: string, kind: Payload["kind"], messageId: string): Hop[] {
  const headers = notificationHeaders(topic, messageId);
  return subscriptionsOf(app, topic).map((sub): Hop => {
    const protocol = typeof sub.body.protocol === "string" ? sub.body.protocol : "?";
    const endpoint = shownEndpoint(app, sub);
    const then: Hop[] = [];
    let note: string | undefined;
    if (protocol === "ORACLE_FUNCTIONS") {
      const fn = referencedResource(app, sub.stack, sub.body.endpoint);
      then.push(fn ? functionHop(fn, { kind, body, headers }) : externalTarget(sub.body.endpoint));
    } else if (protocol === "CUSTOM_HTTPS" || protocol === "HTTPS") {
      then.push({ kind: "http-backend", url: endpoint, payload: { kind, body, headers } });
      note = CONFIRMATION_NOTE;
    } else if (protocol !== "SMS") {
      note = CONFIRMATION_NOTE;
    }
    return { kind: "subscription", resource: refOf(sub), protocol, endpoint, note, then };
  });
}

/** The actions block of a rule, whether cdktf rendered it as an object or a one-element list. */
export function ruleActions(rule: SynthResource): Array<{ readonly [key: string]: Json }> {
  const outer = Array.isArray(rule.body.actions) ? rule.body.actions[0] : rule.body.actions;
  const inner = isObject(outer) ? outer.actions : undefined;
  const list = Array.isArray(inner) ? inner : inner === undefined ? [] : [inner];
  return list.filter(isObject);
}

/** Whether a boolean argument is on (Terraform's `true`, or the string "true"); `fallback` when unset. */
export function flag(value: Json | undefined, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  return value === true || value === "true";
}

/** Attribute values a simulation uses in place of what OCI assigns at apply (overridable per resource). */
export type AttributeOverrides = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The value of `resource.attribute` in a simulation: an override if given,
 * a literal argument of the same name, else a simulated value (OCIDs, the
 * gateway hostname `<hash>.apigateway.<region>.oci.customer-oci.com`, a
 * deployment's endpoint).
 */
export function simulatedAttribute(app: SynthApp, r: SynthResource, attribute: string, overrides: AttributeOverrides = {}): string {
  const own = overrides[r.address]?.[attribute] ?? overrides[`${r.stack}:${r.address}`]?.[attribute];
  if (own !== undefined) return own;
  const literal = r.body[attribute];
  if (typeof literal === "string" && !literal.includes("${")) return literal;
  if (attribute === "id") return simulatedOcid(r);
  if (r.type === "oci_apigateway_gateway" && attribute === "hostname") {
    return `${simulatedOcid(r).slice(-20)}.apigateway.${r.region ?? "region"}.oci.customer-oci.com`;
  }
  if (r.type === "oci_apigateway_deployment" && attribute === "endpoint") {
    const gateway = referencedResource(app, r.stack, r.body.gateway_id);
    const host = gateway ? simulatedAttribute(app, gateway, "hostname", overrides) : "gateway.invalid";
    return `https://${host}${typeof r.body.path_prefix === "string" ? r.body.path_prefix : ""}`;
  }
  return `simulated-${attribute}`;
}
