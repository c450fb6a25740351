import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Construct } from "constructs";
import { App, TerraformStack } from "cdktf";
import { EventActionConfig, EventRule, EventRuleProps, EventType, EventTypes, IEventRuleTarget } from "..";
import { Duration, OciEnvironment } from "../../core";
import { FunctionApplication } from "../../functions";
import { LogGroup } from "../../logging";
import { NotificationTopic, Subscription } from "../../notifications";
import { Bucket } from "../../objectstorage";
import { Stream } from "../../streaming";
import { onlyResource, policyStatements, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, TEST_TENANCY, testStack } from "../../testing";
import { FAKE_FUNCTION_ID, FakeFunction, FUNCTION_COMPARTMENT } from "./fake-function";
import { Subnet } from "../../network";

const CMP = TEST_COMPARTMENT;
const RULE_CMP = "ocid1.compartment.oc1..aaaaaaaarules";
const TOPIC_ID = "${oci_ons_notification_topic.alerts_topic_3313844B.id}";
const STREAM_ID = "${oci_streaming_stream.audit_stream_9412BE02.id}";
const CREATE_OBJECT = EventTypes.objectStorage.createObject;

function setup() {
  const t = testStack();
  const topic = new NotificationTopic(t.stack, "alerts", { name: "alerts", subscriptions: [Subscription.email("ops@example.com")] });
  const stream = new Stream(t.stack, "audit", { name: "audit" });
  const fn = new FakeFunction(t.stack, "fn");
  return { ...t, topic, stream, fn };
}

/** A target returning whatever action it is given: for the action checks. */
class RawTarget implements IEventRuleTarget {
  constructor(private readonly config: EventActionConfig) {}
  bindAsEventRuleTarget(): EventActionConfig {
    return this.config;
  }
}

const iamRule: Omit<EventRuleProps, "targets"> = {
  displayName: "notify-on-iam-changes",
  condition: { eventTypes: [EventTypes.identity.createPolicy, EventTypes.identity.updatePolicy, EventTypes.identity.deletePolicy] },
};

describe("EventRule rendering", () => {
  test("condition, defaults and one action per target; targets added after construction render too", () => {
    const { stack, topic, stream, fn } = setup();
    const rule = new EventRule(stack, "iam", { ...iamRule, targets: [topic] });
    rule.addTarget(stream);
    rule.addTarget(fn, { description: "forward to the SIEM", enabled: false });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_events_rule")).toEqual({
      compartment_id: CMP,
      display_name: "notify-on-iam-changes",
      is_enabled: true,
      condition:
        '{"eventType":["com.oraclecloud.identitycontrolplane.createpolicy","com.oraclecloud.identitycontrolplane.updatepolicy","com.oraclecloud.identitycontrolplane.deletepolicy"]}',
      actions: {
        actions: [
          { action_type: "ONS", is_enabled: true, topic_id: TOPIC_ID },
          { action_type: "OSS", is_enabled: true, stream_id: STREAM_ID },
          { action_type: "FAAS", is_enabled: false, function_id: FAKE_FUNCTION_ID, description: "forward to the SIEM" },
        ],
      },
      freeform_tags: {},
    });
    expect(Object.keys(resourcesOf(doc, "oci_events_rule"))).toEqual(["iam_rule_22D925A6"]);
  });

  test("each target grants the Events service on its own compartment (exact statements)", () => {
    const { stack, topic, stream, fn } = setup();
    new EventRule(stack, "iam", { ...iamRule, targets: [topic, stream, fn] });
    expect(policyStatements(synthValid(stack))).toEqual([
      `Allow service cloudEvents to use functions-family in compartment id ${FUNCTION_COMPARTMENT}`,
      `Allow service cloudEvents to use ons-topics in compartment id ${CMP}`,
      `Allow service cloudEvents to use stream-push in compartment id ${CMP}`,
    ]);
  });

  test("explicit compartment, description, disabled rule", () => {
    const { stack, topic } = setup();
    new EventRule(stack, "cg", {
      displayName: "cloud-guard-problems",
      description: "Critical and high Cloud Guard problems",
      compartmentId: RULE_CMP,
      enabled: false,
      condition: { eventTypes: [EventTypes.cloudGuard.problemDetected], data: { additionalDetails: { riskLevel: ["CRITICAL", "HIGH"] } } },
      targets: [topic],
    });
    expect(onlyResource(synthValid(stack), "oci_events_rule")).toMatchObject({
      compartment_id: RULE_CMP,
      description: "Critical and high Cloud Guard problems",
      is_enabled: false,
      condition: '{"data":{"additionalDetails":{"riskLevel":["CRITICAL","HIGH"]}},"eventType":["com.oraclecloud.cloudguard.problemdetected"]}',
    });
  });

  test("with the real OciFunction as target: FAAS action and the cloudEvents invoke grant", () => {
    const { stack } = testStack();
    const app = new FunctionApplication(stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(stack, "app-subnet", "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnet")] });
    const processor = app.addFunction("fn", { displayName: "processor", image: "fra.ocir.io/frtenancy/pipeline/processor:1.4.2" });
    new EventRule(stack, "iam", { ...iamRule, targets: [processor] });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_events_rule").actions).toEqual({ actions: [{ action_type: "FAAS", is_enabled: true, function_id: "${oci_functions_function.app_fn_function_835FE0F5.id}" }] });
    expect(policyStatements(doc)).toEqual([`Allow service cloudEvents to use functions-family in compartment id ${CMP}`]);
  });
});

describe("EventRule validation", () => {
  test("a rule needs at least one target (checked at synthesis)", () => {
    const { stack, topic } = setup();
    const rule = new EventRule(stack, "iam", iamRule);
    expect(() => synthValid(stack)).toThrow("pipeline-dev/iam: actions = [] is not allowed: a rule needs at least one target (rule.addTarget(topic | stream | function))");
    rule.addTarget(topic);
    expect(() => synthValid(stack)).not.toThrow();
  });

  test("app synthesis fails on the same check before the stack's file is written", () => {
    const outdir = mkdtempSync(join(tmpdir(), "events-"));
    try {
      const app = new App({ outdir });
      const stack = new TerraformStack(app, "pipeline-dev");
      new OciEnvironment(stack, { name: "dev", region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-1", tenancyOcid: TEST_TENANCY, compartmentOcid: CMP, auth: { mode: "ApiKey" } });
      new EventRule(stack, "iam", iamRule);
      expect(() => app.synth()).toThrow("pipeline-dev/iam: actions = [] is not allowed");
      expect(existsSync(join(outdir, "stacks", "pipeline-dev", "cdk.tf.json"))).toBe(false);
      expect(existsSync(join(outdir, "manifest.json"))).toBe(false);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  test.each<[string, EventActionConfig, string]>([
    ["ONS with a stream id", { actionType: "ONS", topicId: "ocid1.onstopic.oc1.x.t", streamId: "ocid1.stream.oc1.x.s" }, 'actions[0].streamId = "ocid1.stream.oc1.x.s" is not allowed: must be unset for ONS actions, which carry only topicId'],
    ["OSS with a function id", { actionType: "OSS", functionId: FAKE_FUNCTION_ID, streamId: "ocid1.stream.oc1.x.s" }, `actions[0].functionId = "${FAKE_FUNCTION_ID}" is not allowed: must be unset for OSS actions, which carry only streamId`],
    ["FAAS with a topic id", { actionType: "FAAS", topicId: "ocid1.onstopic.oc1.x.t" }, 'actions[0].topicId = "ocid1.onstopic.oc1.x.t" is not allowed: must be unset for FAAS actions, which carry only functionId'],
    ["OSS without a stream id", { actionType: "OSS" }, "actions[0].streamId = (not set) is not allowed: OSS actions need the OCID of a Streaming stream"],
    ["ONS with a stream OCID as topic", { actionType: "ONS", topicId: "ocid1.stream.oc1.x.s" }, 'actions[0].topicId = "ocid1.stream.oc1.x.s" is not allowed: must be the OCID of a Notifications topic (ocid1.onstopic.<realm>.<region>.<id>)'],
    ["an unknown action type", { actionType: "QUEUE" as never, topicId: "x" }, 'actions[0].actionType = "QUEUE" is not allowed: must be one of ONS, OSS, FAAS'],
  ])("the action id must match the action type: rejects %s", (_what, config, message) => {
    const { stack } = setup();
    const rule = new EventRule(stack, "iam", iamRule);
    expect(rejected(() => rule.addTarget(new RawTarget(config)))).toMatch(`pipeline-dev/iam: ${message}`);
  });

  test("accepts literal ids of the right type", () => {
    const { stack } = setup();
    const rule = new EventRule(stack, "iam", iamRule);
    rule.addTarget(new RawTarget({ actionType: "ONS", topicId: "ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaaexisting" }));
    expect(onlyResource(synthValid(stack), "oci_events_rule").actions.actions).toEqual([{ action_type: "ONS", is_enabled: true, topic_id: "ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaaexisting" }]);
  });

  test("the same target twice is refused", () => {
    const { stack, topic } = setup();
    const rule = new EventRule(stack, "iam", { ...iamRule, targets: [topic] });
    expect(rejected(() => rule.addTarget(topic))).toMatch(`pipeline-dev/iam: actions[1].topicId = "${TOPIC_ID}" is not allowed: is already a target of this rule`);
  });

  test("display name and compartment are checked", () => {
    const { stack } = setup();
    expect(rejected(() => new EventRule(stack, "a", { ...iamRule, displayName: " " }))).toMatch('pipeline-dev/a: displayName = " " is not allowed: a non-empty display name is required by OCI');
    expect(rejected(() => new EventRule(stack, "b", { ...iamRule, compartmentId: "ocid1.vcn.oc1..x" }))).toMatch('pipeline-dev/b: compartmentId = "ocid1.vcn.oc1..x" is not allowed: must be a compartment or tenancy OCID');
  });
});

describe("object events need buckets with object events enabled", () => {
  const FIELD = "condition.data.additionalDetails.bucketName";
  const objectRule = (stack: Construct, id: string, props: Partial<EventRuleProps>) =>
    new EventRule(stack, id, { displayName: id, condition: { eventTypes: [CREATE_OBJECT] }, ...props });

  test("a Bucket of this app with object events off: rejected via onObjectCreated, a literal name, its reference or a matching pattern", () => {
    const { stack, topic } = setup();
    const bucket = new Bucket(stack, "inbound", { name: "inbound", objectEvents: false });
    const reason = "bucket pipeline-dev/inbound has objectEvents: false, so OCI emits no object events for it: enable them on the bucket (for an imported bucket, turn them on in OCI and state objectEvents: true)";
    bucket.onObjectCreated("on-upload", { targets: [topic] });
    objectRule(stack, "by-name", { targets: [topic], condition: { eventTypes: [CREATE_OBJECT], data: { additionalDetails: { bucketName: "dev-inbound" } } } });
    objectRule(stack, "by-ref", { targets: [topic], condition: { eventTypes: [EventType.custom("com.oraclecloud.objectstorage.*object")], data: { additionalDetails: { bucketName: bucket.bucketNameRef } } } });
    objectRule(stack, "by-pattern", { targets: [topic], objectEventsSourceConfirmed: true, condition: { eventTypes: [CREATE_OBJECT], data: { additionalDetails: { bucketName: "dev-in*" } } } });
    const error = (() => {
      try {
        synthValid(stack);
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    expect(error).toContain(`pipeline-dev/inbound/on-upload: ${FIELD} = "dev-inbound" is not allowed: ${reason}`);
    expect(error).toContain(`pipeline-dev/by-name: ${FIELD} = "dev-inbound" is not allowed: ${reason}`);
    expect(error).toContain(`pipeline-dev/by-ref: ${FIELD} = "\${oci_objectstorage_bucket.inbound_bucket_94FAF7F3.name}" is not allowed: ${reason}`);
    expect(error).toContain(`pipeline-dev/by-pattern: ${FIELD} = "dev-in*" is not allowed: ${reason}`);
  });

  test("the same rules pass when the bucket emits object events", () => {
    const { stack, topic } = setup();
    const bucket = new Bucket(stack, "inbound", { name: "inbound" });
    bucket.onObjectCreated("on-upload", { targets: [topic] });
    objectRule(stack, "by-name", { targets: [topic], condition: { eventTypes: [CREATE_OBJECT], data: { additionalDetails: { bucketName: "dev-inbound" } } } });
    objectRule(stack, "by-ref", { targets: [topic], condition: { eventTypes: [CREATE_OBJECT], data: { additionalDetails: { bucketName: bucket.bucketNameRef } } } });
    expect(Object.keys(resourcesOf(synthValid(stack), "oci_events_rule"))).toHaveLength(3);
  });

  test("buckets outside the app (plain name, pattern, or no bucket filter) need objectEventsSourceConfirmed", () => {
    const { stack, topic } = setup();
    const confirm = "set objectEventsSourceConfirmed: true to state that the buckets it matches have object_events_enabled = true, or filter on a Bucket of this app";
    objectRule(stack, "external", { targets: [topic], condition: { eventTypes: [CREATE_OBJECT], data: { additionalDetails: { bucketName: "legacy-uploads" } } } });
    objectRule(stack, "pattern", { targets: [topic], condition: { eventTypes: [CREATE_OBJECT], data: { additionalDetails: { bucketName: "legacy-*" } } } });
    objectRule(stack, "any-bucket", { targets: [topic] });
    expect(() => synthValid(stack)).toThrow(`pipeline-dev/external: ${FIELD} = "legacy-uploads" is not allowed: not a Bucket of this app: ${confirm}`);
    expect(() => synthValid(stack)).toThrow(`pipeline-dev/pattern: ${FIELD} = "legacy-*" is not allowed: a pattern may match buckets outside this app: ${confirm}`);
    expect(() => synthValid(stack)).toThrow(
      `pipeline-dev/any-bucket: ${FIELD} = (not set) is not allowed: the rule selects object events of every bucket in its compartment tree, but OCI emits them only for buckets with object events enabled: ${confirm}`,
    );
  });

  test("confirmed external buckets and rules without object events pass", () => {
    const { stack, topic } = setup();
    objectRule(stack, "external", { targets: [topic], objectEventsSourceConfirmed: true, condition: { eventTypes: [CREATE_OBJECT], data: { additionalDetails: { bucketName: "legacy-uploads" } } } });
    objectRule(stack, "any-bucket", { targets: [topic], objectEventsSourceConfirmed: true });
    objectRule(stack, "bucket-events", { targets: [topic], condition: { eventTypes: [EventTypes.objectStorage.createBucket, EventType.custom("com.oraclecloud.objectstorage.*bucket")] } });
    expect(Object.keys(resourcesOf(synthValid(stack), "oci_events_rule"))).toEqual(["any-bucket_rule_AC364DBD", "bucket-events_rule_E17170F3", "external_rule_14A763F8"]);
  });
});

describe("rule execution log", () => {
  test("enableExecutionLog adds the cloudevents/ruleexecutionlog service log for the rule", () => {
    const { stack, topic } = setup();
    const rule = new EventRule(stack, "iam", { ...iamRule, targets: [topic] });
    const logs = new LogGroup(stack, "logs", { displayName: "pipeline-logs" });
    rule.enableExecutionLog(logs, { retention: Duration.days(60) });
    const doc = synthValid(stack);
    expect(resourcesOf(doc, "oci_logging_log")).toEqual({
      "iam_execution-log_3EC8BF94": {
        display_name: "iam-execution",
        log_group_id: "${oci_logging_log_group.logs_group_F4848128.id}",
        log_type: "SERVICE",
        is_enabled: true,
        retention_duration: 60,
        configuration: { compartment_id: CMP, source: { source_type: "OCISERVICE", service: "cloudevents", category: "ruleexecutionlog", resource: "${oci_events_rule.iam_rule_22D925A6.id}" } },
        freeform_tags: {},
      },
    });
    expect(rejected(() => rule.enableExecutionLog(logs))).toMatch('pipeline-dev/iam: executionLog = "pipeline-dev/iam/execution-log" is not allowed: the execution log is already enabled');
  });
});
