import { TerraformVariable } from "cdktf";
import { NotificationTopic, SecretUrl, Subscription } from "..";
import { FakeFunction, FUNCTION_COMPARTMENT } from "../../events/test/fake-function";
import { Principals } from "../../iam";
import { onlyResource, policyStatements, resourcesOf, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";

test("the README example synthesizes, validates and grants what it says", () => {
  const { stack } = testStack();
  const alertRouter = new FakeFunction(stack, "alert-router");

  // --- copy of the README example ---
  const slackUrl = new TerraformVariable(stack, "slack_webhook_url", { type: "string", sensitive: true });
  const oicUrl = new TerraformVariable(stack, "oic_trigger_url", { type: "string", sensitive: true });

  const alerts = new NotificationTopic(stack, "alerts", {
    name: "pipeline-alerts", // => dev-pipeline-alerts, unique in the tenancy
    description: "Pipeline failures and security events",
    subscriptions: [
      Subscription.email("oncall@example.com"),
      Subscription.slack(SecretUrl.fromSensitiveVariable(slackUrl)),
      Subscription.https(SecretUrl.fromSensitiveVariable(oicUrl), { deliveryPolicy: { maxRetryDuration: { minutes: 30 } } }),
    ],
  });
  alerts.addSubscription(Subscription.sms("+4915112345678"));
  alerts.addSubscription(Subscription.function(alertRouter)); // an OciFunction; grants the invoke

  alerts.grantPublish(Principals.dynamicGroup("shop-app"));
  // --- end of copy ---

  const doc = synthValid(stack);
  expect(onlyResource(doc, "oci_ons_notification_topic")).toMatchObject({ name: "dev-pipeline-alerts", description: "Pipeline failures and security events" });
  expect(Object.values(resourcesOf(doc, "oci_ons_subscription")).map((s) => [s.protocol, s.endpoint, s.delivery_policy])).toEqual([
    ["EMAIL", "oncall@example.com", undefined],
    ["ORACLE_FUNCTIONS", "ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaafakefunction", undefined],
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
