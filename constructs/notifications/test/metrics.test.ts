import { NotificationTopic, Subscription } from "..";
import { mqlQueryProblem } from "../../monitoring";
import { testStack } from "../../testing";
import { FakeFunction } from "../../events/test/fake-function";

const TOPIC = "ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaatopic";
const CMP = "ocid1.compartment.oc1..aaaaaaaaops";

describe("topic metrics (oci_notification, scoped by resourceId)", () => {
  test.each([
    ["metricPublishedMessages", `PublishedMessagesCount[1m]{resourceId = "${TOPIC}"}.sum()`],
    ["metricDeliveredMessages", `DeliveredMessagesCount[1m]{resourceId = "${TOPIC}"}.sum()`],
    ["metricFailedMessages", `FailedMessagesCount[1m]{resourceId = "${TOPIC}"}.sum()`],
  ] as const)("%s of an imported topic", (method, mql) => {
    const topic = NotificationTopic.fromNotificationTopicAttributes(testStack().stack, "ops", { topicId: TOPIC, compartmentId: CMP });
    const metric = topic[method]();
    expect([metric.namespace, metric.toMql(), metric.unit, metric.compartmentId]).toEqual(["oci_notification", mql, "count", CMP]);
    expect(mqlQueryProblem(metric.toMql())).toBeUndefined();
    expect(topic.metricDeliveredMessages({ dimensions: { endpointType: "EMAIL" } }).toMql()).toBe(`DeliveredMessagesCount[1m]{resourceId = "${TOPIC}", endpointType = "EMAIL"}.sum()`);
  });

  test("a topic knows the functions its subscriptions invoke (owned and imported topics alike)", () => {
    const { stack } = testStack();
    const handler = new FakeFunction(stack, "handler");
    const owned = new NotificationTopic(stack, "alarms", { name: "alarms", subscriptions: [Subscription.email("ops@example.com"), Subscription.function(handler)] });
    const imported = NotificationTopic.fromNotificationTopicAttributes(stack, "ops", { topicId: TOPIC, compartmentId: CMP });
    expect([owned.invokedFunctions, imported.invokedFunctions]).toEqual([[handler], []]);
    imported.addSubscription(Subscription.function(handler));
    expect(imported.invokedFunctions).toEqual([handler]);
  });
});
