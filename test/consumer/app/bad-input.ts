/**
 * Consumer mistakes in two stacks: synthesis must refuse the whole app, list
 * both errors at once (one line each, no stack trace), and write no stack.
 */
import { App, TerraformStack } from "cdktf";
import { OciEnvironment, OciEnvironmentProps } from "oci-event-pipelines/core";
import { NotificationTopic, Subscription } from "oci-event-pipelines/notifications";
import { Bucket } from "oci-event-pipelines/objectstorage";

const environment: OciEnvironmentProps = {
  name: "dev",
  region: "eu-frankfurt-1",
  homeRegion: "eu-frankfurt-1",
  tenancyOcid: "ocid1.tenancy.oc1..aaaaaaaaconsumertenancy",
  compartmentOcid: "ocid1.compartment.oc1..aaaaaaaaconsumerapp",
  auth: { mode: "ApiKey" },
};

const app = new App();
const alerts = new TerraformStack(app, "alerts-dev");
new OciEnvironment(alerts, environment);
new NotificationTopic(alerts, "alerts", { name: "alerts", subscriptions: [Subscription.email("oncall-at-example.com")] });

// A second stack with a mistake of its own: a public bucket without the explicit opt-in.
const uploads = new TerraformStack(app, "uploads-dev");
new OciEnvironment(uploads, environment);
new Bucket(uploads, "inbound", { name: "inbound", accessType: "ObjectRead" });
app.synth();
