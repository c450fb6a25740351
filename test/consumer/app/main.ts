/**
 * The consumer app of test/consumer/run.ts: a cdktf app as `cdktf init
 * --template typescript` lays it out, using the library only through its
 * public entry points. Bucket upload -> Events rule -> function that reads a
 * Vault secret; a topic fanning out to e-mail and the same function.
 */
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { events, notifications } from "oci-event-pipelines";
import { OciEnvironment } from "oci-event-pipelines/core";
import { FunctionApplication } from "oci-event-pipelines/functions";
import { Bucket } from "oci-event-pipelines/objectstorage";
import { loggingLogGroup } from "oci-event-pipelines/oci";
import { Secret, SecretContent, Vault } from "oci-event-pipelines/vault";

class UploadPipelineStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const env = new OciEnvironment(this, {
      name: "dev",
      region: "eu-frankfurt-1",
      homeRegion: "eu-frankfurt-1",
      tenancyOcid: "ocid1.tenancy.oc1..aaaaaaaaconsumertenancy",
      compartmentOcid: "ocid1.compartment.oc1..aaaaaaaaconsumerapp",
      auth: { mode: "ApiKey" },
    });

    const vault = new Vault(this, "vault", { displayName: "uploads" });
    const key = vault.addKey("key", { displayName: "uploads-key" });
    const token = new Secret(this, "target-token", {
      vault,
      key,
      secretName: "uploads-target-token",
      content: SecretContent.fromSensitiveVariable(new TerraformVariable(this, "target_token", { type: "string", sensitive: true })),
    });

    const fnApp = new FunctionApplication(this, "functions", { displayName: "uploads", subnetIds: ["ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaconsumerprivate"] });
    const processor = fnApp.addFunction("processor", { displayName: "upload-processor", image: "fra.ocir.io/tenancy/uploads/processor:1.0.0" });
    processor.addConfig("TARGET_TOKEN_SECRET_OCID", token.secretId);
    token.grantRead(processor);

    const inbound = new Bucket(this, "inbound", { name: "dev-consumer-inbound" });
    inbound.onObjectCreated("on-upload", { objectName: "incoming/*" }).addTarget(processor);

    const alerts = new notifications.NotificationTopic(this, "alerts", {
      name: "upload-alerts",
      subscriptions: [notifications.Subscription.email("oncall@example.com"), notifications.Subscription.function(processor)],
    });
    new events.EventRule(this, "bucket-changes", {
      displayName: "bucket-changes",
      condition: { eventTypes: [events.EventTypes.objectStorage.updateBucket] },
      targets: [alerts],
    });

    // The generated oracle/oci bindings are public too, for what no construct covers.
    new loggingLogGroup.LoggingLogGroup(this, "raw-log-group", { compartmentId: env.compartmentOcid, displayName: "uploads-raw" });
  }
}

const app = new App();
new UploadPipelineStack(app, "uploads-dev");
app.synth();
