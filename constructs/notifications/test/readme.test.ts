import { readmeExample } from "../../../test/readme/examples";
import { onlyResource, policyStatements, resourcesOf, TEST_COMPARTMENT } from "../../testing";
import { FUNCTION_COMPARTMENT } from "../../events/test/fake-function";

// The README's example itself, extracted from README.md (test/readme/examples.ts).
test("the README example synthesizes, validates and grants what it says", () => {
  const { doc } = readmeExample("constructs/notifications/README.md");
  expect(onlyResource(doc, "oci_ons_notification_topic")).toMatchObject({ name: "dev-pipeline-alerts", description: "Pipeline failures and security events" });
  const router = Object.keys(resourcesOf(doc, "oci_functions_function"))[0];
  expect(Object.values(resourcesOf(doc, "oci_ons_subscription")).map((s) => [s.protocol, s.endpoint, s.delivery_policy])).toEqual([
    ["EMAIL", "oncall@example.com", undefined],
    ["ORACLE_FUNCTIONS", `\${oci_functions_function.${router}.id}`, undefined],
    ["CUSTOM_HTTPS", "${var.oic_trigger_url}", '{"backoffRetryPolicy":{"maxRetryDuration":1800000,"policyType":"EXPONENTIAL"}}'],
    ["SLACK", "${var.slack_webhook_url}", undefined],
    ["SMS", "+4915112345678", undefined],
  ]);
  expect(doc.variable).toEqual({ slack_webhook_url: { type: "string", sensitive: true }, oic_trigger_url: { type: "string", sensitive: true } });
  expect(policyStatements(doc)).toEqual([
    `Allow any-user to use functions-family in compartment id ${FUNCTION_COMPARTMENT} where ALL {request.principal.type = 'onssubscription', request.principal.compartment.id = '${TEST_COMPARTMENT}'}`,
    `Allow dynamic-group shop-app to use ons-topics in compartment id ${TEST_COMPARTMENT}`,
  ]);
});
