import { EventRule, EventType, EventTypes } from "..";
import { LogGroup } from "../../logging";
import { NotificationTopic, Subscription } from "../../notifications";
import { Stream } from "../../streaming";
import { policyStatements, resourcesOf, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";
import { FakeFunction, FUNCTION_COMPARTMENT } from "./fake-function";

test("the README example synthesizes, validates and grants what it says", () => {
  const { stack } = testStack();
  const alerts = new NotificationTopic(stack, "alerts", { name: "alerts", subscriptions: [Subscription.email("ops@example.com")] });
  const audit = new Stream(stack, "audit", { name: "audit" });
  const forwarder = new FakeFunction(stack, "forwarder");

  // --- copy of the README example ---
  const rule = new EventRule(stack, "policy-changes", {
    displayName: "notify-on-policy-changes",
    condition: {
      eventTypes: [EventTypes.identity.createPolicy, EventTypes.identity.updatePolicy, EventTypes.identity.deletePolicy],
      data: { compartmentName: ["dev", "prod"], freeformTags: { pipeline: "orders" } },
    },
    targets: [alerts],
  });
  rule.addTarget(audit); // later additions render too
  rule.addTarget(forwarder, { description: "forward to the SIEM" });
  rule.enableExecutionLog(new LogGroup(stack, "rule-logs", { displayName: "rule-logs" }));

  new EventRule(stack, "objects", {
    displayName: "legacy-uploads",
    condition: { eventTypes: [EventType.custom("com.oraclecloud.objectstorage.*object")], data: { additionalDetails: { bucketName: "legacy-uploads" } } },
    objectEventsSourceConfirmed: true, // that bucket lives outside this app and has object events on
    targets: [alerts],
  });
  // --- end of copy ---

  const doc = synthValid(stack);
  const rules = Object.values(resourcesOf(doc, "oci_events_rule"));
  expect(rules.map((r) => [r.display_name, r.condition, r.actions.actions.map((a: any) => a.action_type)])).toEqual([
    ["legacy-uploads", '{"data":{"additionalDetails":{"bucketName":"legacy-uploads"}},"eventType":["com.oraclecloud.objectstorage.*object"]}', ["ONS"]],
    [
      "notify-on-policy-changes",
      '{"data":{"compartmentName":["dev","prod"],"freeformTags":{"pipeline":"orders"}},"eventType":["com.oraclecloud.identitycontrolplane.createpolicy","com.oraclecloud.identitycontrolplane.updatepolicy","com.oraclecloud.identitycontrolplane.deletepolicy"]}',
      ["ONS", "OSS", "FAAS"],
    ],
  ]);
  expect(Object.values(resourcesOf(doc, "oci_logging_log"))).toMatchObject([{ display_name: "policy-changes-execution", configuration: { source: { service: "cloudevents", category: "ruleexecutionlog" } } }]);
  expect(policyStatements(doc)).toEqual([
    `Allow service cloudEvents to use functions-family in compartment id ${FUNCTION_COMPARTMENT}`,
    `Allow service cloudEvents to use ons-topics in compartment id ${TEST_COMPARTMENT}`,
    `Allow service cloudEvents to use stream-push in compartment id ${TEST_COMPARTMENT}`,
  ]);
});
