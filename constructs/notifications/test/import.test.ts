import { EventRule, EventTypes } from "../../events";
import { FunctionApplication, OciFunction } from "../../functions";
import { Principals } from "../../iam";
import { Alarm } from "../../monitoring";
import { Subnet } from "../../network";
import { NotificationTopic, Subscription } from "..";
import { onlyResource, policyStatements, resourcesOf, synthValid, TEST_COMPARTMENT, testStack, rejected } from "../../testing";

const TOPIC = "ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaaexistingtopic";
const TOPIC_CMP = "ocid1.compartment.oc1..aaaaaaaasharedalerts";
const FN = "ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaaexistingfn";

function imported() {
  const t = testStack();
  const topic = NotificationTopic.fromNotificationTopicAttributes(t.stack, "shared-alerts", { topicId: TOPIC, compartmentId: TOPIC_CMP });
  return { ...t, topic };
}

describe("NotificationTopic.fromNotificationTopicAttributes", () => {
  test("an Events rule target: ONS action with the OCID; cloudEvents may use ons-topics in the topic's compartment", () => {
    const { stack, topic } = imported();
    new EventRule(stack, "iam-changes", { displayName: "iam-changes", condition: { eventTypes: [EventTypes.identity.createPolicy] }, targets: [topic] });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_events_rule").actions).toEqual({ actions: [{ action_type: "ONS", topic_id: TOPIC, is_enabled: true }] });
    expect(onlyResource(doc, "oci_identity_policy")).toMatchObject({
      compartment_id: TOPIC_CMP,
      statements: [`Allow service cloudEvents to use ons-topics in compartment id ${TOPIC_CMP}`],
    });
    // No topic is created, and the "at least one subscription" rule of owned topics does not apply.
    expect(resourcesOf(doc, "oci_ons_notification_topic")).toEqual({});
  });

  test("subscriptions are created on the existing topic, in its compartment; a function subscription grants invoke", () => {
    const { stack, topic } = imported();
    topic.addSubscription(Subscription.email("oncall@example.com"));
    const fn = OciFunction.fromFunctionAttributes(stack, "router", { functionId: FN, compartmentId: TEST_COMPARTMENT });
    topic.addSubscription(Subscription.function(fn));
    const doc = synthValid(stack);
    expect(resourcesOf(doc, "oci_ons_subscription")).toEqual({
      "shared-alerts_email-oncallexamplecom_subscription_C6D1D629": { compartment_id: TOPIC_CMP, topic_id: TOPIC, protocol: "EMAIL", endpoint: "oncall@example.com", freeform_tags: {} },
      "shared-alerts_function-router_subscription_93EDD6F1": { compartment_id: TOPIC_CMP, topic_id: TOPIC, protocol: "ORACLE_FUNCTIONS", endpoint: FN, freeform_tags: {} },
    });
    expect(policyStatements(doc)).toEqual([
      `Allow any-user to use functions-family in compartment id ${TEST_COMPARTMENT} where ALL {request.principal.type = 'onssubscription', request.principal.compartment.id = '${TOPIC_CMP}'}`,
    ]);
    expect(rejected(() => topic.addSubscription(Subscription.email("oncall@example.com")))).toMatch(
      'pipeline-dev/shared-alerts: subscriptions = "email-oncall@example.com" is not allowed: pipeline-dev/shared-alerts/email-oncall@example.com already uses this construct id',
    );
  });

  test("grantPublish: use ons-topics in the topic's compartment, in the grants policy attached there", () => {
    const { stack, topic } = imported();
    const app = new FunctionApplication(stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(stack, "subnet", "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnet")], invokeLogs: false });
    const publisher = app.addFunction("publisher", { displayName: "publisher", image: "fra.ocir.io/frtenancy/pipeline/publisher:1.0.0" });
    topic.grantPublish(publisher);
    topic.grantPublish(Principals.group("Operators"));
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_identity_policy")).toMatchObject({
      compartment_id: TOPIC_CMP,
      statements: [
        `Allow dynamic-group \${oci_identity_dynamic_group.app_publisher_identity_group_3AA9B4AA.name} to use ons-topics in compartment id ${TOPIC_CMP}`,
        `Allow group Operators to use ons-topics in compartment id ${TOPIC_CMP}`,
      ],
    });
  });

  test("an alarm destination and a function's detached-invocation destination", () => {
    const { stack, topic } = imported();
    new Alarm(stack, "errors", { displayName: "errors", namespace: "oci_faas", query: 'FunctionResponseCount[1m]{responseType = "Error"}.sum() > 0', severity: "ERROR", destination: topic });
    const app = FunctionApplication.fromFunctionApplicationAttributes(stack, "app", { applicationId: "ocid1.fnapp.oc1.eu-frankfurt-1.aaaaaaaaapp", compartmentId: TEST_COMPARTMENT });
    app.addFunction("worker", { displayName: "worker", image: "fra.ocir.io/frtenancy/pipeline/worker:1.0.0", failureDestination: { kind: "NOTIFICATION", topic } });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_monitoring_alarm").destinations).toEqual([TOPIC]);
    expect(onlyResource(doc, "oci_functions_function").failure_destination).toEqual({ kind: "NOTIFICATION", topic_id: TOPIC });
  });

  test.each<[string, object, string]>([
    ["a stream OCID", { topicId: "ocid1.stream.oc1.eu-frankfurt-1.aaaa", compartmentId: TOPIC_CMP }, 'topicId = "ocid1.stream.oc1.eu-frankfurt-1.aaaa" is not allowed: must be an OCID of the form ocid1.onstopic.<realm>.<region>.<id>'],
    ["a topic name", { topicId: "dev-alerts", compartmentId: TOPIC_CMP }, 'topicId = "dev-alerts" is not allowed: must be an OCID of the form ocid1.onstopic.'],
    ["a topic of another region", { topicId: "ocid1.onstopic.oc1.phx.aaaa", compartmentId: TOPIC_CMP }, 'topicId = "ocid1.onstopic.oc1.phx.aaaa" is not allowed: must be in the environment\'s region eu-frankfurt-1 (this onstopic is in us-phoenix-1)'],
    ["no compartment", { topicId: TOPIC }, "compartmentId = (not set) is not allowed: must be a compartment or tenancy OCID"],
  ])("refuses %s", (_what, attributes, message) => {
    const { stack } = testStack();
    expect(rejected(() => NotificationTopic.fromNotificationTopicAttributes(stack, "shared-alerts", attributes as any))).toMatch(`pipeline-dev/shared-alerts: ${message}`);
  });
});

describe("allowUnprefixedName on topics", () => {
  test("the name as given; uniqueness in the app still checked on the final name", () => {
    const { stack } = testStack();
    const t = new NotificationTopic(stack, "legacy", { name: "ops-alerts", allowUnprefixedName: true, allowNoSubscriptions: true });
    expect(t.topicName).toBe("ops-alerts");
    expect(onlyResource(synthValid(stack), "oci_ons_notification_topic").name).toBe("ops-alerts");
    new NotificationTopic(stack, "prefixed", { name: "ops-alerts", allowNoSubscriptions: true }); // dev-ops-alerts: no clash
    expect(rejected(() => new NotificationTopic(stack, "again", { name: "ops-alerts", allowUnprefixedName: true }))).toMatch(
      'pipeline-dev/again: name = "ops-alerts" is not allowed: topic names are unique in the tenancy; pipeline-dev/legacy already uses it',
    );
    expect(rejected(() => new NotificationTopic(stack, "bad", { name: "ops alerts", allowUnprefixedName: true }))).toMatch(
      "pipeline-dev/bad: name = \"ops alerts\" is not allowed: the name must be 1-256 letters, digits, '-' or '_'",
    );
  });
});
