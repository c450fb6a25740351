/**
 * An ES module importer of the (CommonJS) package: named imports of the root
 * namespaces, of module entry points, of the bindings and of the validator,
 * then a synthesized stack checked against the schema.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
// A region apart from the home region, session-token auth: the second provider block (alias home) matters here.
new core.OciEnvironment(stack, {
  name: "dev",
  region: "us-ashburn-1",
  homeRegion: "eu-frankfurt-1",
  tenancyOcid: "ocid1.tenancy.oc1..aaaaaaaaesmtenancy",
  compartmentOcid: "ocid1.compartment.oc1..aaaaaaaaesmapp",
  auth: { mode: "SecurityToken", configFileProfile: "esm" },
});
const topic = new notifications.NotificationTopic(stack, "alerts", { name: "alerts", subscriptions: [notifications.Subscription.email("oncall@example.com")] });
new EventRule(stack, "policy-changes", { displayName: "policy-changes", condition: { eventTypes: [EventTypes.identity.createPolicy] }, targets: [topic] });
app.synth();

const issues = validateSynthOutput(app.outdir);
if (issues.length) throw new Error(`schema issues: ${JSON.stringify(issues)}`);
const doc = JSON.parse(readFileSync(join(app.outdir, "stacks", "esm-dev", "cdk.tf.json"), "utf8"));
const regions = doc.provider.oci.map((p: { region: string; alias?: string }) => `${p.alias ?? "default"}=${p.region}`).sort();
if (JSON.stringify(regions) !== JSON.stringify(["default=us-ashburn-1", "home=eu-frankfurt-1"])) throw new Error(`providers ${regions}`);
console.log(`ESM import ok: synthesized ${app.outdir} and validated it`);
