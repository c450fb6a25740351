import { TerraformStack } from "cdktf";
import { NotificationTopic, Subscription } from "..";
import { OciEnvironment } from "../../core";
import { EventRule, EventTypes } from "../../events";
import { Principals } from "../../iam";
import { onlyResource, policyStatements, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, TEST_TENANCY, testStack } from "../../testing";

const CMP = TEST_COMPARTMENT;
const OTHER_CMP = "ocid1.compartment.oc1..aaaaaaaaalerts";

describe("NotificationTopic", () => {
  test("renders the prefixed name in the environment's compartment, at a fixed address", () => {
    const { stack } = testStack();
    const topic = new NotificationTopic(stack, "alerts", { name: "alerts", description: "Pipeline alerts", subscriptions: [Subscription.email("ops@example.com")] });
    const doc = synthValid(stack);
    expect(resourcesOf(doc, "oci_ons_notification_topic")).toEqual({
      alerts_topic_3313844B: { compartment_id: CMP, name: "dev-alerts", description: "Pipeline alerts", freeform_tags: {} },
    });
    expect(topic.topicName).toBe("dev-alerts");
    expect(topic.compartmentId).toBe(CMP);
  });

  test("explicit compartment; subscriptions live in the topic's compartment", () => {
    const { stack } = testStack();
    new NotificationTopic(stack, "alerts", { name: "alerts", compartmentId: OTHER_CMP, subscriptions: [Subscription.email("ops@example.com")] });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_ons_notification_topic").compartment_id).toBe(OTHER_CMP);
    expect(onlyResource(doc, "oci_ons_subscription").compartment_id).toBe(OTHER_CMP);
  });

  test.each([
    ["a space", "ops alerts", 'pipeline-dev/t: name = "dev-ops alerts" is not allowed: the final name <env>-<name> must be 1-256 letters, digits, \'-\' or \'_\''],
    ["a dot", "ops.alerts", 'pipeline-dev/t: name = "dev-ops.alerts" is not allowed'],
    ["too long once prefixed", "a".repeat(253), 'pipeline-dev/t: name = "dev-aaaa'],
    ["an empty name", "", 'pipeline-dev/t: name = "" is not allowed: a topic name is required'],
  ])("rejects a name with %s", (_what, name, message) => {
    const { stack } = testStack();
    expect(rejected(() => new NotificationTopic(stack, "t", { name, allowNoSubscriptions: true }))).toMatch(message);
  });

  test("accepts the longest name (256 characters with the prefix), letters, digits, '-' and '_'", () => {
    const { stack } = testStack();
    expect(new NotificationTopic(stack, "t", { name: `Ops_alerts-1${"a".repeat(240)}`, allowNoSubscriptions: true }).topicName).toHaveLength(256);
  });

  test("names are tenancy-unique: two topics with the same final name in one app are refused, other environments are not", () => {
    const { app, stack } = testStack();
    new NotificationTopic(stack, "alerts", { name: "alerts", allowNoSubscriptions: true });
    expect(rejected(() => new NotificationTopic(stack, "alerts-again", { name: "alerts", allowNoSubscriptions: true }))).toMatch(
      'pipeline-dev/alerts-again: name = "dev-alerts" is not allowed: topic names are unique in the tenancy; pipeline-dev/alerts already uses it',
    );
    const prod = new TerraformStack(app, "pipeline-prod");
    new OciEnvironment(prod, { name: "prod", region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-1", tenancyOcid: TEST_TENANCY, compartmentOcid: CMP, auth: { mode: "ApiKey" } });
    expect(new NotificationTopic(prod, "alerts", { name: "alerts", allowNoSubscriptions: true }).topicName).toBe("prod-alerts");
  });

  test("a topic needs a subscription or the explicit allowNoSubscriptions opt-out", () => {
    const { stack } = testStack();
    const topic = new NotificationTopic(stack, "alerts", { name: "alerts" });
    expect(() => synthValid(stack)).toThrow(
      "pipeline-dev/alerts: subscriptions = [] is not allowed: a topic without subscriptions silently drops every message; add one (topic.addSubscription(Subscription.email(...))) or set allowNoSubscriptions: true",
    );
    topic.addSubscription(Subscription.email("ops@example.com"));
    expect(resourcesOf(synthValid(stack), "oci_ons_subscription")).not.toEqual({});

    const other = testStack();
    new NotificationTopic(other.stack, "fanout", { name: "fanout", allowNoSubscriptions: true });
    expect(onlyResource(synthValid(other.stack), "oci_ons_notification_topic").name).toBe("dev-fanout");
  });

  test("grantPublish: use ons-topics in the topic's compartment, in the grants policy", () => {
    const { stack } = testStack();
    const topic = new NotificationTopic(stack, "orders", { name: "orders", compartmentId: OTHER_CMP, allowNoSubscriptions: true });
    const grant = topic.grantPublish(Principals.dynamicGroup("shop-app"));
    expect(grant.text).toBe(`Allow dynamic-group shop-app to use ons-topics in compartment id ${OTHER_CMP}`);
    expect(policyStatements(synthValid(stack))).toEqual([`Allow dynamic-group shop-app to use ons-topics in compartment id ${OTHER_CMP}`]);
  });

  test("as an Events rule target: ONS action and the cloudEvents grant on the topic's compartment", () => {
    const { stack } = testStack();
    const topic = new NotificationTopic(stack, "security", { name: "security", compartmentId: OTHER_CMP, subscriptions: [Subscription.email("secops@example.com")] });
    new EventRule(stack, "iam", { displayName: "iam-changes", condition: { eventTypes: [EventTypes.identity.createUser] }, targets: [topic] });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_events_rule").actions).toEqual({ actions: [{ action_type: "ONS", is_enabled: true, topic_id: "${oci_ons_notification_topic.security_topic_6532560B.id}" }] });
    expect(policyStatements(doc)).toEqual([`Allow service cloudEvents to use ons-topics in compartment id ${OTHER_CMP}`]);
  });
});
