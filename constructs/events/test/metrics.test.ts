import { EventRule, EventTypes } from "..";
import { mqlAlarmQueryProblem } from "../../monitoring";
import { NotificationTopic } from "../../notifications";
import { onlyResource, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";

describe("rule metrics (oci_cloudevents, scoped by resourceId)", () => {
  test.each([
    ["metricMatchedEvents", "MatchedEvents"],
    ["metricDeliveredEvents", "DeliverySucceedEvents"],
    ["metricFailedDeliveries", "DeliveryFailedEvents"],
  ] as const)("%s", (method, name) => {
    const { stack } = testStack();
    const topic = new NotificationTopic(stack, "t", { name: "t", allowNoSubscriptions: true });
    const rule = new EventRule(stack, "rule", { displayName: "r", condition: { eventTypes: [EventTypes.identity.createPolicy] }, targets: [topic] });
    const metric = rule[method]();
    expect([metric.namespace, metric.unit, metric.compartmentId]).toEqual(["oci_cloudevents", "count", TEST_COMPARTMENT]);
    metric.createAlarm(stack, "a", { displayName: "a", severity: "WARNING", destination: topic, threshold: 0 });
    const { query } = onlyResource(synthValid(stack), "oci_monitoring_alarm");
    expect(query).toBe(`${name}[1m]{resourceId = "\${oci_events_rule.rule_9E2F1A7B.id}"}.sum() > 0`);
    expect(mqlAlarmQueryProblem(query.replace("${oci_events_rule.rule_9E2F1A7B.id}", "ocid1.eventrule.oc1.eu-frankfurt-1.r"))).toBeUndefined();
  });
});
