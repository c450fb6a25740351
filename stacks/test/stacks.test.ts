import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { ENVIRONMENTS } from "../environments";
import { buildApp, PIPELINES } from "../app";
import { mqlAlarmQueryProblem } from "oci-event-pipelines/monitoring";
import { allResources, synthesizeApp, SynthesizedApp } from "./synth-app";
import { formatIssues, validateSynthOutput } from "../../tools/validate";

let synth: SynthesizedApp;
beforeAll(() => {
  synth = synthesizeApp();
});
afterAll(() => synth.cleanup());

describe("the tenancy pipeline app", () => {
  test("one foundation and one stack per pipeline per environment, named <pipeline>-<env>", () => {
    const expected = ENVIRONMENTS.flatMap((e) => ["foundation", "object-upload", "resource-alerts", "ords-webhook", "order-fanout", "sms-webhook", "alarm-incident"].map((p) => `${p}-${e.name}`));
    expect(Object.keys(synth.stacks).sort()).toEqual(expected.sort());
    expect(PIPELINES).toHaveLength(5); // watched by the alarm-incident stack, built after them
  });

  test("every stack of every environment passes the offline schema validator", () => {
    expect(formatIssues(validateSynthOutput(synth.outdir))).toBe("");
  });

  test("every stack pins oracle/oci 7.27.0 in required_providers", () => {
    for (const [name, doc] of Object.entries(synth.stacks)) {
      expect({ stack: name, oci: doc.terraform.required_providers.oci }).toEqual({ stack: name, oci: { source: "oracle/oci", version: "7.27.0" } });
    }
  });

  test("a construct validation error writes no output at all", () => {
    const failing = mkdtempSync(join(tmpdir(), "synth-fail-"));
    try {
      const app = new App({ outdir: failing });
      const stacks = buildApp(app);
      const last = stacks[stacks.length - 1]; // cdktf alone would already have written the earlier stacks
      last.node.addValidation({ validate: () => ["broken on purpose"] });
      expect(() => app.synth()).toThrow(/broken on purpose/);
      // cdktf creates the empty folders when the App is constructed; no file may be written.
      const files = readdirSync(failing, { withFileTypes: true, recursive: true }).filter((e) => e.isFile());
      expect(files.map((e) => e.name)).toEqual([]);
    } finally {
      rmSync(failing, { recursive: true, force: true });
    }
  });

  test("resource addresses are locked: a refactor that renames a resource fails here", () => {
    const addresses = Object.fromEntries(
      Object.entries(synth.stacks)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, doc]) => [name, allResources(doc).map(([address]) => address).sort()]),
    );
    expect(addresses).toMatchSnapshot();
  });

  test("pipelines reach the foundation through cdktf cross-stack references", () => {
    const doc = synth.stacks["object-upload-dev"];
    expect(Object.keys(doc.data.terraform_remote_state)).toEqual(["cross-stack-reference-input-foundation-dev"]);
    const fn = Object.values<any>(doc.resource.oci_functions_function)[0];
    expect(fn.application_id).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-foundation-dev\.outputs\./);
    expect(synth.stacks["foundation-dev"].output).toBeDefined();
  });

  test("local state per stack by default; prod keeps its state in Resource Manager (no backend block)", () => {
    expect(synth.stacks["order-fanout-dev"].terraform.backend).toEqual({ local: { path: "../../../terraform.order-fanout-dev.tfstate" } });
    expect(synth.stacks["order-fanout-prod"].terraform.backend).toBeUndefined();
    expect(synth.stacks["order-fanout-prod"]["//"].metadata.resourceManager).toMatchObject({ displayName: "order-fanout-prod", environment: "prod", pipeline: "order-fanout", terraformVersion: "1.5.x" });
    // S3-compatible remote state of a local deployment: state.test.ts
  });

  test("outputs: gateway endpoint, topic OCIDs and function OCIDs", () => {
    const outputs = (stack: string) => Object.keys(synth.stacks[stack].output ?? {});
    expect(outputs("sms-webhook-prod")).toEqual(expect.arrayContaining(["gateway_endpoint", "authorizer_function_id", "handler_function_id"]));
    expect(outputs("resource-alerts-prod")).toEqual(expect.arrayContaining(["alerts_topic_id", "bucket_audit_function_id"]));
    expect(outputs("order-fanout-prod")).toEqual(expect.arrayContaining(["orders_topic_id", "order_processor_function_id"]));
    expect(outputs("alarm-incident-prod")).toEqual(expect.arrayContaining(["alarms_topic_id", "alarm_function_id"]));
    expect(outputs("object-upload-prod")).toContain("forwarder_function_id");
    expect(outputs("ords-webhook-prod")).toContain("forwarder_function_id");
    expect(synth.stacks["sms-webhook-prod"].output.gateway_endpoint.value).toMatch(/^\$\{oci_apigateway_deployment\.[^}]+\.endpoint\}\/incoming$/);
  });

  test("the operators' policy: manage rules and topics, use functions, in the pipeline compartment only", () => {
    const env = ENVIRONMENTS.find((e) => e.name === "prod")!;
    const policies = Object.values<any>(synth.stacks["foundation-prod"].resource.oci_identity_policy);
    expect(policies.map((p) => [p.name, p.statements])).toEqual([
      [
        "prod-pipeline-operators",
        [
          `Allow group EventAdmins to manage cloudevents-rules in compartment id ${env.compartmentOcid}`,
          `Allow group EventAdmins to manage ons-topics in compartment id ${env.compartmentOcid}`,
          `Allow group EventAdmins to use fn-function in compartment id ${env.compartmentOcid}`,
        ],
      ],
    ]);
  });
});

describe("alarms", () => {
  /** Every alarm of every stack, with its stack and address. */
  const alarms = () => Object.entries(synth.stacks).flatMap(([stack, doc]) => Object.entries<any>(doc.resource?.oci_monitoring_alarm ?? {}).map(([name, body]) => ({ stack, name, body })));
  /** `${...}` references replaced, so that the query can be read as MQL. */
  const masked = (query: string) => query.replace(/\$\{[^}]*\}/g, "ocid1.reference.oc1..x");

  test("every alarm in every stack names its resources: each series filters on resourceId or deploymentId (no compartment-wide queries)", () => {
    const all = alarms();
    expect(all.length).toBeGreaterThan(0);
    for (const { stack, name, body } of all) {
      const query = masked(body.query);
      expect({ stack, name, problem: mqlAlarmQueryProblem(query) }).toEqual({ stack, name, problem: undefined });
      const series = [...query.matchAll(/[A-Za-z0-9_]+\[\d+[mhd]\](\{[^}]*\})?/g)];
      expect(series.length).toBeGreaterThan(0);
      for (const [text, dims = ""] of series) {
        expect({ stack, name, text, scoped: /\b(resourceId|deploymentId)\s*=\s*"ocid1\.[^"*]+"/.test(dims) }).toEqual({ stack, name, text, scoped: true });
      }
    }
  });

  test.each(ENVIRONMENTS.map((e) => e.name))("%s: one error alarm per pipeline function and one 5xx alarm per deployment, to the incident topic; the handler's own alarm goes to e-mail only", (env) => {
    const alarmStack = synth.stacks[`alarm-incident-${env}`];
    const pipelines = Object.keys(synth.stacks).filter((s) => s.endsWith(`-${env}`) && !["foundation", "alarm-incident"].some((p) => s === `${p}-${env}`));
    const watched = pipelines.flatMap((stack) =>
      (["oci_functions_function", "oci_apigateway_deployment"] as const).flatMap((type) => Object.keys(synth.stacks[stack].resource[type] ?? {}).map((name) => ({ stack, type, name }))),
    );
    expect(watched.filter((w) => w.type === "oci_functions_function")).toHaveLength(6);
    expect(watched.filter((w) => w.type === "oci_apigateway_deployment")).toHaveLength(1);

    const topics = alarmStack.resource.oci_ons_notification_topic;
    const topicOf = (ref: string) => Object.keys(topics).find((name) => ref === `\${oci_ons_notification_topic.${name}.id}`);
    const incidentTopic = Object.keys(topics).find((name) => topics[name].name === `${env}-incident-alarms`)!;
    const handlerTopic = Object.keys(topics).find((name) => topics[name].name === `${env}-alarm-handler-alarms`)!;
    const subscriptions = Object.values<any>(alarmStack.resource.oci_ons_subscription);
    const protocolsOf = (topic: string) => subscriptions.filter((s) => s.topic_id === `\${oci_ons_notification_topic.${topic}.id}`).map((s) => s.protocol);
    expect(protocolsOf(incidentTopic)).toContain("ORACLE_FUNCTIONS");
    expect(new Set(protocolsOf(handlerTopic))).toEqual(new Set(["EMAIL"]));

    // Each watched resource reaches the alarm stack as a cdktf cross-stack output of its stack; exactly one alarm names it.
    const incidentAlarms = Object.values<any>(alarmStack.resource.oci_monitoring_alarm).filter((a) => topicOf(a.destinations[0]) === incidentTopic);
    for (const w of watched) {
      const output = Object.entries<any>(synth.stacks[w.stack].output).find(([key, o]) => key.startsWith("cross-stack-output-") && o.value === `\${${w.type}.${w.name}.id}`)?.[0];
      const naming = incidentAlarms.filter((a) => output !== undefined && a.query.includes(`.outputs.${output}}`));
      expect({ ...w, alarms: naming.map((a) => [a.namespace, a.severity]) }).toEqual({ ...w, alarms: [w.type === "oci_functions_function" ? ["oci_faas", "ERROR"] : ["oci_apigateway", "CRITICAL"]] });
    }
    expect(incidentAlarms).toHaveLength(watched.length);

    // alarm-to-incident: watched by its own alarm, which never reaches it.
    const handler = Object.keys(alarmStack.resource.oci_functions_function);
    expect(handler).toHaveLength(1);
    const handlerAlarms = Object.values<any>(alarmStack.resource.oci_monitoring_alarm).filter((a) => a.query.includes(`oci_functions_function.${handler[0]}.id`));
    expect(handlerAlarms.map((a) => [topicOf(a.destinations[0]), a.severity, a.message_format])).toEqual([[handlerTopic, "CRITICAL", "ONS_OPTIMIZED"]]);
    expect(incidentAlarms.some((a) => a.query.includes(handler[0]!))).toBe(false);
  });
});
