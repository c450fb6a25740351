import { Stream } from "..";
import { EventRule, EventTypes } from "../../events";
import { Principals } from "../../iam";
import { onlyResource, policyStatements, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";

test("the README example synthesizes, validates and grants what it says", () => {
  const { stack } = testStack();
  const rule = new EventRule(stack, "network", { displayName: "network-changes", condition: { eventTypes: [EventTypes.networking.createVcn] } });

  // --- copy of the README example ---
  const audit = new Stream(stack, "audit", { name: "audit-events", partitions: 2, retentionInHours: 72 });
  rule.addTarget(audit);
  audit.grantRead(Principals.group("SecurityAnalysts"));
  audit.grantPush(Principals.dynamicGroup("shop-app"));
  // --- end of copy ---

  const doc = synthValid(stack);
  expect(onlyResource(doc, "oci_streaming_stream")).toEqual({ name: "audit-events", partitions: 2, retention_in_hours: 72, compartment_id: TEST_COMPARTMENT, freeform_tags: {} });
  expect(policyStatements(doc)).toEqual([
    `Allow dynamic-group shop-app to use stream-push in compartment id ${TEST_COMPARTMENT}`,
    `Allow group SecurityAnalysts to use stream-pull in compartment id ${TEST_COMPARTMENT}`,
    `Allow service cloudEvents to use stream-push in compartment id ${TEST_COMPARTMENT}`,
  ]);
});
