import { Construct } from "constructs";
import { TerraformStack, TerraformVariable } from "cdktf";
import { FunctionApplication, OciFunction, OciFunctionOptions } from "..";
import { Duration, OciEnvironment } from "../../core";
import { IEventRule } from "../../events/target";
import { Condition, Grant, Principals } from "../../iam";
import { onlyResource, policyStatements, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, TEST_TENANCY, testStack, validationErrors } from "../../testing";
import { IMAGE, SECRET, SUBNET } from "./fixtures";
import { Subnet } from "../../network";
import { NotificationTopic } from "../../notifications";
import { Stream } from "../../streaming";

const CMP = TEST_COMPARTMENT;
const GW_CMP = "ocid1.compartment.oc1..aaaaaaaagateways";
const SUB_CMP = "ocid1.compartment.oc1..aaaaaaaasubscriptions";
const TOPIC = "ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaatopic";
const QUEUE = "ocid1.queue.oc1.eu-frankfurt-1.aaaaaaaaqueue";
const STREAM = "ocid1.stream.oc1.eu-frankfurt-1.aaaaaaaastream";
const DIGEST = `sha256:${"0123456789abcdef".repeat(4)}`;
const FN_ID = "${oci_functions_function.app_fn_function_835FE0F5.id}";
const DG_NAME = "${oci_identity_dynamic_group.app_fn_identity_group_357621E2.name}";

/** A stand-in for the Events rule construct: all a target sees of a rule. */
class TestRule extends Construct implements IEventRule {
  public readonly compartmentId = CMP;
}

/** A function `app/fn` in an application `app`; `props` may need the stack (for importers). */
function fn(props: Partial<OciFunctionOptions> | ((stack: TerraformStack) => Partial<OciFunctionOptions>) = {}, appProps: { trace?: boolean } = {}) {
  const t = testStack();
  const given = typeof props === "function" ? props(t.stack) : props;
  const app = new FunctionApplication(t.stack, "app", {
    displayName: "pipeline",
    subnets: [Subnet.fromOcid(t.stack, "subnet", SUBNET)],
    trace: appProps.trace ? { domainId: "ocid1.apmdomain.oc1.eu-frankfurt-1.aaaaaaaaapm" } : undefined,
  });
  const f = app.addFunction("fn", { displayName: "processor", image: IMAGE, ...given });
  return { ...t, app, fn: f };
}

const rendered = (stack: TerraformStack) => onlyResource(synthValid(stack), "oci_functions_function");

describe("OciFunction rendering", () => {
  test("defaults: 256 MB (as a string), 30 s, tags, no identity until one is needed", () => {
    const { stack } = fn();
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_functions_function")).toEqual({
      application_id: "${oci_functions_application.app_application_2A977966.id}",
      display_name: "processor",
      image: IMAGE,
      memory_in_mbs: "256",
      timeout_in_seconds: 30,
      freeform_tags: {},
    });
    expect(resourcesOf(doc, "oci_identity_dynamic_group")).toEqual({});
  });

  test("every option rendered", () => {
    const { stack } = fn(
      (scope) => ({
        image: `fra.ocir.io/frtenancy/pipeline/processor:1.4.2@${DIGEST}`,
        imageDigest: DIGEST,
        memoryInMbs: 1024,
        timeout: Duration.minutes(2),
        detachedModeTimeout: Duration.minutes(15),
        config: { TARGET_CREDENTIALS_SECRET_OCID: SECRET, LOG_LEVEL: "info" },
        provisionedConcurrency: { strategy: "CONSTANT", count: 20 },
        successDestination: { kind: "NOTIFICATION", topic: NotificationTopic.fromNotificationTopicAttributes(scope, "results", { topicId: TOPIC, compartmentId: CMP }) },
        failureDestination: { kind: "QUEUE", queueId: QUEUE, channelId: "failures" },
        trace: true,
      }),
      { trace: true },
    );
    expect(rendered(stack)).toEqual({
      application_id: "${oci_functions_application.app_application_2A977966.id}",
      display_name: "processor",
      image: `fra.ocir.io/frtenancy/pipeline/processor:1.4.2@${DIGEST}`,
      image_digest: DIGEST,
      memory_in_mbs: "1024",
      timeout_in_seconds: 120,
      detached_mode_timeout_in_seconds: 900,
      config: { TARGET_CREDENTIALS_SECRET_OCID: SECRET, LOG_LEVEL: "info" },
      provisioned_concurrency_config: { strategy: "CONSTANT", count: 20 },
      success_destination: { kind: "NOTIFICATION", topic_id: TOPIC },
      failure_destination: { kind: "QUEUE", queue_id: QUEUE, channel_id: "failures" },
      trace_config: { is_enabled: true },
      freeform_tags: {},
    });
  });

  test("locks the Terraform addresses of application, function, identity, logs and grants", () => {
    const { stack, fn: f } = fn();
    Grant.addToPrincipal({ grantee: f, verb: "read", resourceType: "secret-bundles", compartmentId: CMP, conditions: [Condition.eq("target.secret.id", SECRET)], target: f });
    f.grantInvoke(Principals.service("cloudEvents"));
    const doc = synthValid(stack);
    const addresses = Object.entries<Record<string, unknown>>(doc.resource).flatMap(([type, bodies]) => Object.keys(bodies).map((name) => `${type}.${name}`));
    expect(addresses.sort()).toEqual(
      [
        "oci_functions_application.app_application_2A977966",
        "oci_functions_function.app_fn_function_835FE0F5",
        "oci_identity_dynamic_group.app_fn_identity_group_357621E2",
        "oci_identity_policy.grants_compartment-3e67976d_policy_BB219699",
        "oci_logging_log.app_invoke-log_7756C4C7",
        "oci_logging_log_group.app_logs_group_A66D4D77",
      ].sort(),
    );
  });
});

describe("memory, timeouts", () => {
  test.each([128, 256, 512, 1024, 2048, 3072] as const)("accepts %i MB", (memoryInMbs) => {
    expect(rendered(fn({ memoryInMbs }).stack).memory_in_mbs).toBe(String(memoryInMbs));
  });

  test.each([0, 64, 100, 384, 4096])("rejects %i MB", (memoryInMbs) => {
    expect(rejected(() => fn({ memoryInMbs: memoryInMbs as any }))).toMatch(`pipeline-dev/app/fn: memoryInMbs = ${memoryInMbs} is not allowed: must be one of 128, 256, 512, 1024, 2048, 3072`);
  });

  test.each([
    [Duration.seconds(1), 1],
    [Duration.minutes(5), 300],
    [Duration.millis(45_000), 45],
  ])("accepts a timeout of %s", (timeout, seconds) => {
    expect(rendered(fn({ timeout }).stack).timeout_in_seconds).toBe(seconds);
  });

  test("the default timeout is 30 seconds, and the construct keeps its Duration", () => {
    const { stack, fn: f } = fn();
    expect(rendered(stack).timeout_in_seconds).toBe(30);
    expect(f.timeout.toSeconds()).toBe(30);
  });

  test.each([
    [Duration.seconds(0), "0 seconds"],
    [Duration.seconds(301), "301 seconds"],
    [Duration.millis(2500), "2500 milliseconds"],
    [Duration.hours(1), "1 hour"],
  ])("rejects a timeout of %s", (timeout, shown) => {
    expect(rejected(() => fn({ timeout }))).toMatch(
      `pipeline-dev/app/fn: timeout = "${shown}" is not allowed: must be a Duration (Duration.seconds(n), ...) of whole seconds: from 1 second to 300 seconds (5 minutes)`,
    );
  });

  test("a timeout given as a plain number (the old timeoutInSeconds) is refused with the Duration form", () => {
    expect(rejected(() => fn({ timeout: 60 as any }))).toMatch("pipeline-dev/app/fn: timeout = 60 is not allowed: must be a Duration (Duration.seconds(n), ...) of whole seconds");
  });

  test("a timeout only Terraform knows passes in seconds and is refused in another unit", () => {
    const t = testStack();
    const seconds = new TerraformVariable(t.stack, "timeout", { type: "number" }).numberValue;
    const application = new FunctionApplication(t.stack, "app", { displayName: "app", subnets: [Subnet.fromOcid(t.stack, "s", SUBNET)] });
    expect(rejected(() => application.addFunction("ok", { displayName: "ok", image: IMAGE, timeout: Duration.seconds(seconds) }))).toBe("");
    expect(rejected(() => application.addFunction("bad", { displayName: "bad", image: IMAGE, timeout: Duration.minutes(seconds) }))).toMatch(
      "pipeline-dev/app/bad: timeout = \"(a value only Terraform knows, in minutes)\" is not allowed: a duration only Terraform knows must be given in seconds",
    );
  });

  test.each([
    [Duration.seconds(5), 5],
    [Duration.hours(1), 3600],
  ])("accepts a detached timeout of %s", (detachedModeTimeout, seconds) => {
    expect(rendered(fn({ detachedModeTimeout }).stack).detached_mode_timeout_in_seconds).toBe(seconds);
  });

  test.each([
    [Duration.seconds(4), "4 seconds"],
    [Duration.seconds(3601), "3601 seconds"],
  ])("rejects a detached timeout of %s", (detachedModeTimeout, shown) => {
    expect(rejected(() => fn({ detachedModeTimeout }))).toMatch(
      `pipeline-dev/app/fn: detachedModeTimeout = "${shown}" is not allowed: must be a Duration (Duration.seconds(n), ...) of whole seconds: from 5 seconds to 3600 seconds (1 hour)`,
    );
  });
});

describe("image reference", () => {
  test.each([
    "fra.ocir.io/frtenancy/processor:1.0.0",
    "fra.ocir.io/frtenancy/pipeline/team/processor:v2_rc.1",
    `fra.ocir.io/frtenancy/pipeline/processor@${DIGEST}`,
    `fra.ocir.io/frtenancy/pipeline/processor:1.0@${DIGEST}`,
    "ocir.eu-frankfurt-1.oci.oraclecloud.com/frtenancy/processor:1.0",
  ])("accepts %s", (image) => {
    expect(rendered(fn({ image }).stack).image).toBe(image);
  });

  test.each([
    "fra.ocir.io/frtenancy/processor",
    "docker.io/library/node:20",
    "fra.ocir.io/processor:1.0",
    "fra.ocir.io/frtenancy/Processor:1.0",
    "fra.ocir.io/frtenancy/processor:",
    "fra.ocir.io/frtenancy/processor@sha256:abc",
    "https://fra.ocir.io/frtenancy/processor:1.0",
  ])("rejects %s", (image) => {
    expect(rejected(() => fn({ image }))).toMatch(
      `pipeline-dev/app/fn: image = "${image}" is not allowed: must be an OCIR image with a tag or a digest: <region-key>.ocir.io/<namespace>/<repository>:<tag> or <region-key>.ocir.io/<namespace>/<repository>@sha256:<64 hex digits>`,
    );
  });

  test("an image named by region must be in the application's region", () => {
    const image = "ocir.us-ashburn-1.oci.oraclecloud.com/frtenancy/processor:1.0";
    expect(rejected(() => fn({ image }))).toMatch(`pipeline-dev/app/fn: image = "${image}" is not allowed: must be in OCIR of the application's region eu-frankfurt-1`);
  });

  test("imageDigest: sha256 form, and equal to the digest in the reference", () => {
    expect(rejected(() => fn({ imageDigest: "sha256:XYZ" }))).toMatch('pipeline-dev/app/fn: imageDigest = "sha256:XYZ" is not allowed: must be sha256:<64 lower-case hex digits>');
    const other = `sha256:${"f".repeat(64)}`;
    expect(rejected(() => fn({ image: `fra.ocir.io/frtenancy/processor@${DIGEST}`, imageDigest: other }))).toMatch(
      `pipeline-dev/app/fn: imageDigest = "${other}" is not allowed: must equal the digest in image (${DIGEST})`,
    );
    expect(rendered(fn({ imageDigest: DIGEST }).stack).image_digest).toBe(DIGEST);
  });

  test("an image known only to Terraform is accepted", () => {
    const t = testStack();
    const image = new TerraformVariable(t.stack, "image", { type: "string" });
    const app = new FunctionApplication(t.stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(t.stack, "app-subnet", SUBNET)] });
    app.addFunction("fn", { displayName: "f", image: image.stringValue });
    expect(onlyResource(synthValid(t.stack), "oci_functions_function").image).toBe("${var.image}");
  });
});

describe("provisioned concurrency", () => {
  test.each([
    [128, 40],
    [128, 120],
    [256, 20],
    [256, 60],
    [512, 10],
    [1024, 30],
    [3072, 10],
  ] as const)("accepts %i MB with %i PCUs", (memoryInMbs, count) => {
    expect(rendered(fn({ memoryInMbs, provisionedConcurrency: { strategy: "CONSTANT", count } }).stack).provisioned_concurrency_config).toEqual({ strategy: "CONSTANT", count });
  });

  test.each([
    [128, 20, 40],
    [128, 60, 40],
    [128, 0, 40],
    [256, 10, 20],
    [256, 30, 20],
    [512, 5, 10],
    [2048, 15, 10],
    [1024, 12.5, 10],
  ] as const)("rejects %i MB with %d PCUs", (memoryInMbs, count, step) => {
    expect(rejected(() => fn({ memoryInMbs, provisionedConcurrency: { strategy: "CONSTANT", count } }))).toMatch(
      `pipeline-dev/app/fn: provisionedConcurrency.count = ${count} is not allowed: must be a multiple of ${step} and at least ${step} for a CONSTANT strategy at ${memoryInMbs} MB`,
    );
  });

  test("CONSTANT needs a count; NONE takes none; other strategies are refused", () => {
    expect(rejected(() => fn({ provisionedConcurrency: { strategy: "CONSTANT" } }))).toMatch(
      "pipeline-dev/app/fn: provisionedConcurrency.count = (not set) is not allowed: must be a multiple of 20 and at least 20 for a CONSTANT strategy at 256 MB",
    );
    expect(rejected(() => fn({ provisionedConcurrency: { strategy: "NONE", count: 20 } }))).toMatch("pipeline-dev/app/fn: provisionedConcurrency.count = 20 is not allowed: must not be set when strategy is NONE");
    expect(rejected(() => fn({ provisionedConcurrency: { strategy: "ON_DEMAND" as any } }))).toMatch('pipeline-dev/app/fn: provisionedConcurrency.strategy = "ON_DEMAND" is not allowed: must be one of CONSTANT, NONE');
    expect(rendered(fn({ provisionedConcurrency: { strategy: "NONE" } }).stack).provisioned_concurrency_config).toEqual({ strategy: "NONE" });
  });
});

describe("detached-invocation destinations", () => {
  const topic = (scope: Construct) => NotificationTopic.fromNotificationTopicAttributes(scope, "results", { topicId: TOPIC, compartmentId: CMP });
  const stream = (scope: Construct) => Stream.fromStreamAttributes(scope, "results-stream", { streamId: STREAM, compartmentId: CMP });
  type Make = (scope: Construct) => any;

  test.each<[string, Make, object]>([
    ["NONE", () => ({ kind: "NONE" }), { kind: "NONE" }],
    ["an imported topic", (s) => ({ kind: "NOTIFICATION", topic: topic(s) }), { kind: "NOTIFICATION", topic_id: TOPIC }],
    ["a queue", () => ({ kind: "QUEUE", queueId: QUEUE }), { kind: "QUEUE", queue_id: QUEUE }],
    ["a queue channel", () => ({ kind: "QUEUE", queueId: QUEUE, channelId: "c1" }), { kind: "QUEUE", queue_id: QUEUE, channel_id: "c1" }],
    ["an imported stream", (s) => ({ kind: "STREAM", stream: stream(s) }), { kind: "STREAM", stream_id: STREAM }],
  ])("accepts %s", (_what, make, expected) => {
    const body = rendered(
      fn((scope) => {
        const destination = make(scope);
        return { successDestination: destination, failureDestination: destination };
      }).stack,
    );
    expect(body.success_destination).toEqual(expected);
    expect(body.failure_destination).toEqual(expected);
  });

  test("an owned topic renders as a reference", () => {
    const { stack } = fn((scope) => ({ successDestination: { kind: "NOTIFICATION", topic: new NotificationTopic(scope, "done", { name: "done", allowNoSubscriptions: true }) } }));
    expect(rendered(stack).success_destination).toEqual({ kind: "NOTIFICATION", topic_id: "${oci_ons_notification_topic.done_topic_CC8406C7.id}" });
  });

  test.each<[Make, string, string, string]>([
    [() => ({ kind: "NOTIFICATION" }), "topic", "(not set)", "is required for kind NOTIFICATION"],
    [() => ({ kind: "QUEUE" }), "queueId", "(not set)", "is required for kind QUEUE"],
    [() => ({ kind: "STREAM", stream: "" }), "stream", '""', "is required for kind STREAM"],
    [() => ({ kind: "STREAM", stream: STREAM }), "stream", `"${STREAM}"`, "must be a stream (a Stream, or Stream.fromStreamAttributes)"],
    [() => ({ kind: "STREAM", stream: { streamId: "" } }), "stream.streamId", '""', "must be an OCID of the form ocid1.stream.<realm>.<region>.<id>"],
    [() => ({ kind: "NOTIFICATION", topic: { topicId: STREAM } }), "topic.topicId", `"${STREAM}"`, "must be an OCID of the form ocid1.onstopic.<realm>.<region>.<id>"],
    [() => ({ kind: "QUEUE", queueId: TOPIC }), "queueId", `"${TOPIC}"`, "must be an OCID of the form ocid1.queue.<realm>.<region>.<id>"],
    [() => ({ kind: "STREAM", stream: { streamId: QUEUE } }), "stream.streamId", `"${QUEUE}"`, "must be an OCID of the form ocid1.stream.<realm>.<region>.<id>"],
    [(s) => ({ kind: "NONE", topic: topic(s) }), "topic", '"pipeline-dev/results"', "must not be set for kind NONE"],
    [(s) => ({ kind: "STREAM", stream: stream(s), channelId: "c" }), "channelId", '"c"', "must not be set for kind STREAM"],
    [(s) => ({ kind: "NOTIFICATION", topic: topic(s), queueId: QUEUE }), "queueId", `"${QUEUE}"`, "must not be set for kind NOTIFICATION"],
  ])("rejects %p (%s)", (make, field, value, allowed) => {
    expect(rejected(() => fn((scope) => ({ failureDestination: make(scope) })))).toMatch(`pipeline-dev/app/fn: failureDestination.${field} = ${value} is not allowed: ${allowed}`);
  });

  test("rejects an unknown kind", () => {
    expect(rejected(() => fn({ successDestination: { kind: "FUNCTION" as any } }))).toMatch(
      'pipeline-dev/app/fn: successDestination.kind = "FUNCTION" is not allowed: must be one of NONE, NOTIFICATION, QUEUE, STREAM',
    );
  });
});

describe("names and tracing", () => {
  test("display names are unique within an application, not across applications", () => {
    const { stack, app } = fn();
    expect(rejected(() => app.addFunction("again", { displayName: "processor", image: IMAGE }))).toMatch(
      'pipeline-dev/app/again: displayName = "processor" is not allowed: must be unique within application pipeline; pipeline-dev/app/fn already uses it',
    );
    const other = new FunctionApplication(stack, "other", { displayName: "other", subnets: [Subnet.fromOcid(stack, "other-subnet", SUBNET)] });
    expect(rejected(() => new OciFunction(stack, "elsewhere", { application: other, displayName: "processor", image: IMAGE }))).toBe("");
    expect(validationErrors(stack)).toEqual(['pipeline-dev/app/again: displayName = "processor" is not allowed: must be unique within application pipeline; pipeline-dev/app/fn already uses it']);
    expect(rejected(() => app.addFunction("bad", { displayName: "bad.name", image: IMAGE }))).toMatch(`pipeline-dev/app/bad: displayName = "bad.name" is not allowed: must be 1-255 letters, digits, '-' or '_'`);
  });

  test("tracing a function needs tracing on its application", () => {
    expect(rejected(() => fn({ trace: true }))).toMatch("pipeline-dev/app/fn: trace = true is not allowed: needs tracing on the application pipeline-dev/app (its trace prop)");
    expect(rendered(fn({ trace: true }, { trace: true }).stack).trace_config).toEqual({ is_enabled: true });
    expect(rendered(fn({ trace: false }).stack).trace_config).toEqual({ is_enabled: false });
  });
});

describe("identity and grants", () => {
  test("the function's identity is one dynamic group matching exactly its OCID, created once on first use", () => {
    const { stack, fn: f } = fn();
    expect(f.grantPrincipal).toBe(f.grantPrincipal);
    Grant.addToPrincipal({ grantee: f, verb: "read", resourceType: "secret-bundles", compartmentId: CMP, conditions: [Condition.eq("target.secret.id", SECRET)], target: f });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_identity_dynamic_group")).toEqual({
      provider: "oci.home",
      compartment_id: TEST_TENANCY,
      name: "dev-fn-processor-38ea817c",
      description: "Resource principal of function processor in application pipeline",
      matching_rule: `ALL {resource.type = 'fnfunc', resource.id = '${FN_ID}'}`,
      freeform_tags: {},
    });
    expect(policyStatements(doc)).toEqual([`Allow dynamic-group ${DG_NAME} to read secret-bundles in compartment id ${CMP} where target.secret.id = '${SECRET}'`]);
  });

  test("long names keep the dynamic-group name within OCI's limits", () => {
    const { stack, fn: f } = fn({ displayName: "p".repeat(200) });
    expect(f.identity.groupName).toMatch(/^dev-fn-p{77}-[0-9a-f]{8}$/);
    expect(onlyResource(synthValid(stack), "oci_identity_dynamic_group").name).toBe(f.identity.groupName);
  });

  test("grantInvoke for Events, Notifications and API Gateway: one use functions-family statement each, in the function's compartment", () => {
    const { stack, fn: f } = fn();
    const rule = new TestRule(stack, "rule");
    const events = f.grantInvoke(Principals.service("cloudEvents", rule));
    f.grantInvoke(Principals.notifications(SUB_CMP, rule));
    f.grantInvoke(Principals.apiGateway(GW_CMP, rule));
    expect(events.text).toBe(`Allow service cloudEvents to use functions-family in compartment id ${CMP}`);
    expect(events.policy.compartmentId).toBe(CMP);
    expect(policyStatements(synthValid(stack))).toEqual([
      `Allow any-user to use functions-family in compartment id ${CMP} where ALL {request.principal.type = 'ApiGateway', request.resource.compartment.id = '${GW_CMP}'}`,
      `Allow any-user to use functions-family in compartment id ${CMP} where ALL {request.principal.type = 'onssubscription', request.principal.compartment.id = '${SUB_CMP}'}`,
      `Allow service cloudEvents to use functions-family in compartment id ${CMP}`,
    ]);
  });

  test("grantInvoke to a group of people", () => {
    const { stack, fn: f } = fn();
    f.grantInvoke(Principals.group("Operators"));
    expect(policyStatements(synthValid(stack))).toEqual([`Allow group Operators to use functions-family in compartment id ${CMP}`]);
  });

  test("bindAsEventRuleTarget returns the FAAS action and grants the Events service in the rule's stack", () => {
    const { app: cdktfApp, stack, fn: f } = fn();
    const rules = new TerraformStack(cdktfApp, "rules-dev");
    new OciEnvironment(rules, { name: "dev", region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-1", tenancyOcid: TEST_TENANCY, compartmentOcid: CMP, auth: { mode: "ApiKey" } });
    const rule = new TestRule(rules, "rule");
    const action = f.bindAsEventRuleTarget(rule);
    expect(action).toEqual({ actionType: "FAAS", functionId: f.functionId });
    expect(policyStatements(synthValid(rules))).toEqual([`Allow service cloudEvents to use functions-family in compartment id ${CMP}`]);
    expect(policyStatements(synthValid(stack))).toEqual([]);
  });

  test("grants to a function in an application whose compartment only Terraform knows", () => {
    const t = testStack();
    const cmp = new TerraformVariable(t.stack, "cmp", { type: "string" });
    const app = new FunctionApplication(t.stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(t.stack, "app-subnet", SUBNET)], compartmentId: cmp.stringValue });
    const f = app.addFunction("fn", { displayName: "f", image: IMAGE });
    f.grantInvoke(Principals.service("cloudEvents"));
    const doc = synthValid(t.stack);
    expect(policyStatements(doc)).toEqual(["Allow service cloudEvents to use functions-family in compartment id ${var.cmp}"]);
    expect(onlyResource(doc, "oci_logging_log_group").compartment_id).toBe("${var.cmp}");
  });
});
