/**
 * An ES module importer of the (CommonJS) package: named imports of the root
 * namespaces, of module entry points, of the bindings and of the validator,
 * then a synthesized stack checked against the schema.
 */
import { App, TerraformStack } from "cdktf";
import { core, events, notifications } from "oci-event-pipelines";
import { EventRule, EventTypes } from "oci-event-pipelines/events";
import { onsNotificationTopic } from "oci-event-pipelines/oci";
import { review } from "oci-event-pipelines/review";
import { validateSynthOutput } from "oci-event-pipelines/validate";

if (events.EventRule !== EventRule) throw new Error("the root namespace and the events entry point export different classes");
if (typeof onsNotificationTopic.OnsNotificationTopic !== "function" || typeof review !== "function") throw new Error("missing named exports");

const app = new App();
const stack = new TerraformStack(app, "esm-dev");
new core.OciEnvironment(stack, {
  name: "dev",
  region: "eu-frankfurt-1",
  homeRegion: "eu-frankfurt-1",
  tenancyOcid: "ocid1.tenancy.oc1..aaaaaaaaconsumertenancy",
  compartmentOcid: "ocid1.compartment.oc1..aaaaaaaaconsumerapp",
  auth: { mode: "ApiKey" },
});
const topic = new notifications.NotificationTopic(stack, "alerts", { name: "alerts", subscriptions: [notifications.Subscription.email("oncall@example.com")] });
new EventRule(stack, "policy-changes", { displayName: "policy-changes", condition: { eventTypes: [EventTypes.identity.createPolicy] }, targets: [topic] });
app.synth();

const issues = validateSynthOutput(app.outdir);
if (issues.length) throw new Error(`schema issues: ${JSON.stringify(issues)}`);
console.log(`ESM import ok: synthesized ${app.outdir} and validated it`);
