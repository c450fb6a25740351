/**
 * Every pipeline of this project, simulated on its synthesized output: the
 * events (alarms, messages, requests) each pipeline exists for reach the
 * intended target, and near misses (another bucket, compartment, event type,
 * region, route) do not.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { synthesizeApp, SynthesizedApp } from "../../../stacks/test/synth-app";
import { simulateAlarm } from "../alarms";
import { simulateEvent } from "../events";
import { simulateHttp } from "../gateway";
import { registerSimulatorMatchers } from "../jest";
import { simulateMessage } from "../messages";
import { loadOutdir, SynthApp } from "../model";
import { Simulation, SimulationInputError } from "../types";
import { allHops, DEV, EVENTS_DIR, FINANCE, inCompartment, PROD, sampleEvent, TREE, variant } from "./helpers";

registerSimulatorMatchers();

let synth: SynthesizedApp;
let app: SynthApp;
const options = () => ({ compartments: TREE });
const event = (e: unknown, extra: { region?: string; stacks?: string[] } = {}) => simulateEvent(app, e, { ...options(), ...extra });

beforeAll(() => {
  synth = synthesizeApp();
  app = loadOutdir(synth.outdir);
});
afterAll(() => synth.cleanup());

const reasonFor = (sim: Simulation, stack: string, addressPart: string) => sim.nonMatching.find((m) => m.stack === stack && m.rule.includes(addressPart))?.reason;

describe("(a) object-upload: bucket upload -> event-forwarder -> Oracle Integration", () => {
  const upload = () => sampleEvent("object-upload-dev");

  test("an upload to the dev bucket invokes the dev forwarder with the event, unchanged, and nothing else", () => {
    const sim = event(upload());
    expect(sim.deliveries).toHaveLength(1);
    const [d] = sim.deliveries;
    expect(d).toMatchObject({ stack: "object-upload-dev", action: "FAAS", constructPath: "object-upload-dev/inbound/upload-rule/rule", targetConstructPath: "object-upload-dev/oic-forwarder/function" });
    expect(d.rule).toMatch(/^oci_events_rule\./);
    expect(d.target).toMatch(/^oci_functions_function\./);
    const [fn] = d.then;
    expect(fn.kind === "function" && JSON.parse(fn.payload.body)).toEqual(upload());
    expect(app).toRoute(upload(), { to: "object-upload-dev/oic-forwarder", options: options() });
    expect(app).not.toRoute(upload(), { to: "object-upload-prod/oic-forwarder", options: options() });
  });

  test("the same upload in prod (its compartment, its bucket) reaches the prod forwarder only", () => {
    const prod = variant(inCompartment(upload(), PROD.compartmentOcid, PROD.compartmentName), (e) => {
      e.data.additionalDetails.bucketName = `${PROD.name}-${PROD.uploadBucketName}`;
      e.data.resourceId = `/n/examplens/b/${PROD.name}-${PROD.uploadBucketName}/o/${e.data.resourceName}`;
    });
    expect(app).toRoute(prod, { to: "object-upload-prod/oic-forwarder", options: options() });
    expect(app).not.toRoute(prod, { to: "object-upload-dev/oic-forwarder", options: options() });
  });

  test("near miss: another bucket in the same compartment", () => {
    const other = variant(upload(), (e) => (e.data.additionalDetails.bucketName = "dev-scratch"));
    const sim = event(other);
    expect(sim.deliveries).toEqual([]);
    expect(reasonFor(sim, "object-upload-dev", "upload-rule")).toBe('data.additionalDetails.bucketName = "dev-scratch" does not match "dev-inbound-documents"');
  });

  test("near miss: the bucket moved to another compartment", () => {
    const sim = event(inCompartment(upload(), FINANCE.id, FINANCE.name));
    expect(sim.deliveries).toEqual([]);
    expect(reasonFor(sim, "object-upload-dev", "upload-rule")).toMatch(/^data\.compartmentName = "finance" does not match "pipeline-dev"/);
  });

  test("near miss: other object event types (delete, update)", () => {
    for (const type of ["com.oraclecloud.objectstorage.deleteobject", "com.oraclecloud.objectstorage.updateobject"]) {
      const sim = event(variant(upload(), (e) => (e.eventType = type)));
      expect(sim.deliveries).toEqual([]);
      expect(reasonFor(sim, "object-upload-dev", "upload-rule")).toBe(`eventType = "${type}" does not match "com.oraclecloud.objectstorage.createobject"`);
    }
  });
});

describe("(b) resource-alerts: compute, IAM and network changes -> topic; bucket changes -> function", () => {
  test("an instance launch in the dev compartment reaches the alerts topic and its e-mail, HTTPS and Slack subscribers", () => {
    const sim = event(sampleEvent("compute-launch-dev"));
    const alerts = sim.deliveries.filter((d) => d.stack === "resource-alerts-dev");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ action: "ONS", targetConstructPath: "resource-alerts-dev/alerts/topic" });
    const subs = alerts[0].then.map((h) => (h.kind === "subscription" ? `${h.protocol} ${h.endpoint}` : h.kind));
    expect(subs.sort()).toEqual(["CUSTOM_HTTPS https://alerts-dev.example.com/oci/notifications", "EMAIL platform-dev@example.com", "SLACK var.slack_webhook_url (sensitive)"]);
  });

  test("IAM changes (emitted in the tenancy, in the home region) reach each environment's alerts: dev's topic, prod's home-region topic", () => {
    const sim = event(sampleEvent("iam-create-user"));
    expect(sim.input.region).toBe("eu-frankfurt-1");
    const byStack = Object.fromEntries(sim.deliveries.map((d) => [d.stack, d]));
    expect(Object.keys(byStack).sort()).toEqual(["resource-alerts-dev", "resource-alerts-prod"]);
    expect(byStack["resource-alerts-dev"]).toMatchObject({ constructPath: "resource-alerts-dev/iam-changes-tenancy/rule", targetConstructPath: "resource-alerts-dev/alerts/topic" });
    expect(byStack["resource-alerts-prod"]).toMatchObject({ constructPath: "resource-alerts-prod/iam-changes-tenancy/rule", targetConstructPath: "resource-alerts-prod/iam-alerts/topic" });
    const prodSubs = byStack["resource-alerts-prod"].then.map((h) => (h.kind === "subscription" ? `${h.protocol} ${h.endpoint} ${h.resource.region}` : h.kind));
    expect(prodSubs.sort()).toEqual([
      "CUSTOM_HTTPS https://alerts.example.com/oci/notifications eu-frankfurt-1",
      "EMAIL platform-leads@example.com eu-frankfurt-1",
      "EMAIL platform-oncall@example.com eu-frankfurt-1",
      "PAGERDUTY var.pagerduty_integration_url (sensitive) eu-frankfurt-1",
    ]);
  });

  test("no rule of the app can miss the events it names: no findings", () => {
    expect(event(sampleEvent("iam-create-user")).findings).toEqual([]);
  });

  test("near miss: an IAM event said to come from a non-home region reaches nothing (IAM events come from the home region)", () => {
    const sim = event(sampleEvent("iam-create-user"), { region: "eu-amsterdam-1" });
    expect(sim.deliveries).toEqual([]);
    expect(reasonFor(sim, "resource-alerts-prod", "iam-changes")).toBe("the event is emitted in eu-amsterdam-1; the rule is in eu-frankfurt-1 and sees only events of its own region");
    expect(sim.notes.join("\n")).toMatch(/IAM events are emitted in the home region eu-frankfurt-1, not in eu-amsterdam-1/);
  });

  test("a VCN created in the dev compartment reaches the alerts topic; one in another compartment does not", () => {
    expect(app).toRoute(sampleEvent("network-create-vcn-dev"), { to: "resource-alerts-dev/alerts", options: options() });
    const sim = event(inCompartment(sampleEvent("network-create-vcn-dev"), FINANCE.id, FINANCE.name));
    expect(sim.deliveries).toEqual([]);
    expect(reasonFor(sim, "resource-alerts-dev", "network-changes")).toMatch(/^data\.compartmentName = "finance"/);
  });

  test("a bucket created in the dev compartment invokes the bucket-audit forwarder; an object upload does not", () => {
    const sim = event(sampleEvent("bucket-create-dev"));
    expect(sim.deliveries.map((d) => `${d.action} ${d.targetConstructPath}`)).toEqual(["FAAS resource-alerts-dev/bucket-audit/function"]);
    expect(app).not.toRoute(sampleEvent("object-upload-dev"), { to: "resource-alerts-dev/bucket-audit", options: options() });
  });
});

describe("(c) ords-webhook: chosen resource changes -> event-forwarder -> ORDS", () => {
  test("a function update in the dev compartment reaches the ORDS forwarder", () => {
    const sim = event(sampleEvent("function-update-dev"));
    expect(sim.deliveries.map((d) => `${d.stack} ${d.action} ${d.targetConstructPath}`)).toEqual(["ords-webhook-dev FAAS ords-webhook-dev/ords-forwarder/function"]);
  });

  test("an instance launch reaches both the ORDS forwarder and the resource alerts", () => {
    const sim = event(sampleEvent("compute-launch-dev"));
    expect(sim.deliveries.map((d) => d.stack).sort()).toEqual(["ords-webhook-dev", "resource-alerts-dev"]);
  });

  test("near misses: an event type the audit does not list; the same change in another compartment", () => {
    const created = variant(sampleEvent("function-update-dev"), (e) => (e.eventType = "com.oraclecloud.functions.createapplication"));
    expect(app).not.toRoute(created, { to: "ords-webhook-dev/ords-forwarder", options: options() });
    expect(reasonFor(event(created), "ords-webhook-dev", "audited-changes")).toMatch(/^eventType = "com\.oraclecloud\.functions\.createapplication" does not match any of the 6 listed values/);
    expect(app).not.toRoute(inCompartment(sampleEvent("function-update-dev"), FINANCE.id, FINANCE.name), { to: "ords-webhook-dev/ords-forwarder", options: options() });
  });
});

describe("(d) order-fanout: the shop publishes to a topic -> supplier e-mail + order-processor", () => {
  const order = readFileSync(join(EVENTS_DIR, "order-A-1001.json"), "utf8");

  test("an order published to the dev orders topic reaches the supplier's e-mail and order-processor with the message body and Notifications headers", () => {
    const sim = simulateMessage(app, "dev-orders", order);
    expect(sim.deliveries).toHaveLength(1);
    expect(sim.deliveries[0]).toMatchObject({ stack: "order-fanout-dev", action: "ONS", targetConstructPath: "order-fanout-dev/orders-topic/topic" });
    const subs = sim.deliveries[0].then;
    expect(subs.map((h) => (h.kind === "subscription" ? h.protocol : h.kind)).sort()).toEqual(["EMAIL", "ORACLE_FUNCTIONS"]);
    const fn = allHops(sim).find((h) => h.kind === "function");
    expect(fn).toMatchObject({ kind: "function", resource: { constructPath: "order-fanout-dev/orders/function" }, payload: { kind: "notification", body: order } });
    expect(fn?.kind === "function" && fn.payload.headers).toMatchObject({ "X-OCI-NS-TopicName": "dev-orders", "X-OCI-NS-MessageId": expect.stringMatching(/^simulated-/) });
    expect(sim).toReach("order-fanout-dev/orders");
  });

  test("near misses: another topic does not reach order-processor; no Events rule delivers to it", () => {
    expect(simulateMessage(app, "dev-resource-alerts", order)).not.toReach("order-fanout-dev/orders");
    expect(app).not.toRoute(sampleEvent("object-upload-dev"), { to: "order-fanout-dev/orders", options: options() });
  });

  test("an unknown topic is bad input that lists the topics", () => {
    expect(() => simulateMessage(app, "dev-order", order)).toThrow(SimulationInputError);
    expect(() => simulateMessage(app, "dev-order", order)).toThrow(/no topic "dev-order".*"dev-orders"/);
  });
});

describe("(e) sms-webhook: POST /sms/incoming -> authorizer -> sms-to-incident", () => {
  const form = readFileSync(join(EVENTS_DIR, "sms-twilio-form.txt"), "utf8");
  const headers = { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": "203.0.113.7" };
  const post = (path: string, extra: Partial<{ method: string; headers: Record<string, string>; body: string }> = {}) =>
    simulateHttp(app, { method: extra.method ?? "POST", path, headers: extra.headers ?? headers, body: extra.body ?? form }, { stacks: ["sms-webhook-dev"] });

  test("the route calls api-authorizer with the arguments of the deployment's parameters, then sms-to-incident with the request", () => {
    const sim = post("/sms/incoming?key=k-123");
    expect(sim.deliveries).toHaveLength(1);
    const [d] = sim.deliveries;
    expect(d).toMatchObject({ stack: "sms-webhook-dev", route: "POST /incoming", action: "HTTP", constructPath: "sms-webhook-dev/gateway/sms/deployment", targetConstructPath: "sms-webhook-dev/sms-handler/function" });
    expect(d.authorizer?.resource.constructPath).toBe("sms-webhook-dev/sms-authorizer/function");
    expect(JSON.parse(d.authorizer!.payload.body)).toEqual({ type: "USER_DEFINED", data: { apiKey: "k-123", clientIp: "203.0.113.7" } });
    const [backend] = d.then;
    expect(backend).toMatchObject({ kind: "function", payload: { kind: "gateway-request", body: form, gateway: { method: "POST", url: "/sms/incoming?key=k-123" } } });
    expect(d.response).toBeUndefined();
  });

  test("a context variable absent from the request is not passed to the authorizer", () => {
    const [d] = post("/sms/incoming").deliveries;
    expect(JSON.parse(d.authorizer!.payload.body)).toEqual({ type: "USER_DEFINED", data: { clientIp: "203.0.113.7" } });
  });

  test("request validation: a missing body or a media type the route does not accept is refused before the backend", () => {
    const empty = post("/sms/incoming?key=k", { body: "" }).deliveries[0];
    expect(empty.then).toEqual([]);
    expect(empty.response).toMatchObject({ status: 400, reason: "request validation (ENFORCING): a body is required" });
    const text = post("/sms/incoming?key=k", { headers: { ...headers, "Content-Type": "text/plain" } }).deliveries[0];
    expect(text.response?.reason).toMatch(/Content-Type text\/plain is none of application\/x-www-form-urlencoded, application\/json/);
  });

  test("near misses: another method, another route, another path prefix", () => {
    const get = post("/sms/incoming", { method: "GET" });
    expect(get.deliveries).toEqual([]);
    expect(get.nonMatching[0].reason).toBe("/incoming is served for POST, not GET");
    expect(post("/sms/outgoing").nonMatching[0].reason).toMatch(/^no route for \/outgoing under \/sms; routes: POST \/incoming/);
    expect(post("/api/incoming").nonMatching[0].reason).toBe("/api/incoming is not under the path prefix /sms");
  });

  test("two environments serve the same path: the request needs --stack to pick a gateway", () => {
    expect(() => simulateHttp(app, { method: "POST", path: "/sms/incoming", headers, body: form })).toThrow(/served by 2 deployments .*sms-webhook-dev.*sms-webhook-prod.*--stack/);
  });
});

describe("(f) alarm-incident: alarms -> topic -> alarm-to-incident", () => {
  test("a pipeline function's error alarm firing sends its RAW message through the topic to alarm-to-incident and the on-call e-mail", () => {
    const at = new Date("2025-11-20T12:00:00Z");
    const sim = simulateAlarm(app, "alarm-incident-dev/order-fanout-orders-errors", "FIRING", { at });
    expect(sim.deliveries).toHaveLength(1);
    expect(sim.deliveries[0]).toMatchObject({ stack: "alarm-incident-dev", action: "ONS", constructPath: "alarm-incident-dev/order-fanout-orders-errors/alarm", targetConstructPath: "alarm-incident-dev/incident-alarms/topic" });
    const fn = allHops(sim).find((h) => h.kind === "function");
    expect(fn?.kind === "function" && fn.resource.constructPath).toBe("alarm-incident-dev/alarms/function");
    const message = JSON.parse(fn?.kind === "function" ? fn.payload.body : "{}");
    expect(message).toMatchObject({
      type: "OK_TO_FIRING",
      title: "dev function order-processor-orders errors",
      severity: "ERROR",
      body: "Function order-processor-orders of the order-fanout pipeline is failing",
      timestamp: "2025-11-20T12:00:00.000Z",
      timestampEpochMillis: at.getTime(),
      alarmMetaData: [
        {
          status: "FIRING",
          namespace: "oci_faas",
          // The query names the function's OCID, which only the apply knows (a cdktf cross-stack reference): the simulator leaves it out.
          query: null,
          totalMetricsFiring: 1,
        },
      ],
    });
    expect(typeof message.dedupeKey).toBe("string");
    const alarm = Object.values<any>(synth.stacks["alarm-incident-dev"].resource.oci_monitoring_alarm).find((a) => a.display_name === "dev function order-processor-orders errors");
    expect(alarm.query).toBe(
      'FunctionResponseCount[1m]{resourceId = "${data.terraform_remote_state.cross-stack-reference-input-order-fanout-dev.outputs.cross-stack-output-oci_functions_functionorders_function_91FECE29id}", responseType = "Error"}.sum() > 0',
    );
    expect(sim.deliveries[0].then.map((h) => (h.kind === "subscription" ? h.protocol : h.kind)).sort()).toEqual(["EMAIL", "ORACLE_FUNCTIONS"]);
  });

  test("the alarm clearing (OK) sends FIRING_TO_OK with the same dedupeKey", () => {
    const body = (s: Simulation) => JSON.parse((allHops(s).find((h) => h.kind === "function") as { payload: { body: string } }).payload.body);
    const firing = body(simulateAlarm(app, "alarm-incident-dev/order-fanout-orders-errors", "FIRING"));
    const ok = body(simulateAlarm(app, "alarm-incident-dev/order-fanout-orders-errors", "OK"));
    expect(ok).toMatchObject({ type: "FIRING_TO_OK", dedupeKey: firing.dedupeKey, alarmMetaData: [{ status: "OK", totalMetricsFiring: 0 }] });
  });

  test("the SMS webhook deployment's 5xx alarm, found by display name, reaches the same function", () => {
    expect(simulateAlarm(app, "dev API deployment dev-sms-webhook 5xx", "FIRING")).toReach("alarm-incident-dev/alarms");
  });

  test("the handler's own alarm reaches the on-call e-mail only, never the handler", () => {
    const sim = simulateAlarm(app, "alarm-incident-dev/handler-errors", "FIRING");
    expect(sim).not.toReach("alarm-incident-dev/alarms");
    expect(sim.deliveries.map((d) => d.targetConstructPath)).toEqual(["alarm-incident-dev/handler-alarms/topic"]);
    expect(sim.deliveries[0].then.map((h) => (h.kind === "subscription" ? `${h.protocol} ${h.endpoint}` : h.kind))).toEqual(["EMAIL platform-dev@example.com"]);
  });

  test("near misses: a prod alarm does not reach the dev function; an unknown alarm is bad input", () => {
    expect(simulateAlarm(app, "alarm-incident-prod/order-fanout-orders-errors", "FIRING")).not.toReach("alarm-incident-dev/alarms");
    expect(() => simulateAlarm(app, "function-errors", "FIRING")).toThrow(/no alarm "function-errors"/);
    expect(() => simulateAlarm(app, "alarm-incident-dev/order-fanout-orders-errors", "BROKEN" as "OK")).toThrow(/--state must be FIRING or OK/);
  });
});

test("cross-stack references resolve: the upload rule's function lives in its stack, its application in the foundation", () => {
  const sim = event(sampleEvent("object-upload-dev"));
  const fn = app.stacks.get("object-upload-dev")!.resources.get(sim.deliveries[0].target)!;
  expect(String(fn.body.application_id)).toMatch(/terraform_remote_state\.cross-stack-reference-input-foundation-dev/);
  const { referencedResource } = require("../refs") as typeof import("../refs");
  expect(referencedResource(app, fn.stack, fn.body.application_id)).toMatchObject({ stack: "foundation-dev", type: "oci_functions_application" });
  expect(DEV.region).toBe("eu-frankfurt-1");
});
