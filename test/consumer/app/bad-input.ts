/** A consumer mistake: synthesis must refuse it, say why, and write no stack. */
import { App, TerraformStack } from "cdktf";
import { OciEnvironment } from "oci-event-pipelines/core";
import { NotificationTopic, Subscription } from "oci-event-pipelines/notifications";

const app = new App();
const stack = new TerraformStack(app, "alerts-dev");
new OciEnvironment(stack, {
  name: "dev",
  region: "eu-frankfurt-1",
  homeRegion: "eu-frankfurt-1",
  tenancyOcid: "ocid1.tenancy.oc1..aaaaaaaaconsumertenancy",
  compartmentOcid: "ocid1.compartment.oc1..aaaaaaaaconsumerapp",
  auth: { mode: "ApiKey" },
});
new NotificationTopic(stack, "alerts", { name: "alerts", subscriptions: [Subscription.email("oncall-at-example.com")] });
app.synth();
