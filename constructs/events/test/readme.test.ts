import { readmeExample } from "../../../test/readme/examples";
import { policyStatements, resourcesOf, TEST_COMPARTMENT } from "../../testing";
import { FUNCTION_COMPARTMENT } from "./fake-function";

// The README's example itself, extracted from README.md (test/readme/examples.ts).
test("the README example synthesizes, validates and grants what it says", () => {
  const { doc } = readmeExample("constructs/events/README.md");
  const rules = Object.values(resourcesOf(doc, "oci_events_rule"));
  expect(rules.map((r) => [r.display_name, r.condition, r.actions.actions.map((a: any) => a.action_type)])).toEqual([
    ["legacy-uploads", '{"data":{"additionalDetails":{"bucketName":"legacy-uploads"}},"eventType":["com.oraclecloud.objectstorage.*object"]}', ["ONS"]],
    [
      "notify-on-policy-changes",
      '{"data":{"compartmentName":["dev","prod"],"freeFormTags":{"pipeline":"orders"}},"eventType":["com.oraclecloud.identitycontrolplane.createpolicy","com.oraclecloud.identitycontrolplane.updatepolicy","com.oraclecloud.identitycontrolplane.deletepolicy"]}',
      ["ONS", "OSS", "FAAS"],
    ],
  ]);
  expect(Object.values(resourcesOf(doc, "oci_logging_log")).filter((l) => l.configuration.source.service === "cloudevents")).toMatchObject([
    { display_name: "policy-changes-execution", configuration: { source: { service: "cloudevents", category: "ruleexecutionlog" } } },
  ]);
  expect(policyStatements(doc)).toEqual([
    `Allow service cloudEvents to use functions-family in compartment id ${FUNCTION_COMPARTMENT}`,
    `Allow service cloudEvents to use ons-topics in compartment id ${TEST_COMPARTMENT}`,
    `Allow service cloudEvents to use stream-push in compartment id ${TEST_COMPARTMENT}`,
  ]);
});
