import { Construct } from "constructs";
import { TerraformOutput, TerraformStack } from "cdktf";
import { OciEnvironment } from "../constructs/core";
import { OnsNotificationTopic } from "../.gen/providers/oci/ons-notification-topic";
import { OnsSubscription } from "../.gen/providers/oci/ons-subscription";
import { EnvironmentConfig } from "./environments";

/** Operational alerts: a topic with one e-mail subscription per address. */
export class AlertsStack extends TerraformStack {
  constructor(scope: Construct, id: string, env: EnvironmentConfig) {
    super(scope, id);
    new OciEnvironment(this, { name: env.name, region: env.region, homeRegion: env.homeRegion, auth: env.auth, tenancyOcid: env.tenancyOcid, compartmentOcid: env.compartmentOcid, freeformTags: env.freeformTags });
    const topic = new OnsNotificationTopic(this, "topic", {
      compartmentId: env.compartmentOcid,
      name: `${env.name}-operational-alerts`,
      description: `Operational alerts for ${env.name}`,
      freeformTags: { ...env.freeformTags },
    });
    env.alertEmails.forEach((email, i) => {
      new OnsSubscription(this, `email-${i}`, {
        compartmentId: env.compartmentOcid,
        topicId: topic.topicId,
        protocol: "EMAIL",
        endpoint: email,
      });
    });
    new TerraformOutput(this, "topic_id", { value: topic.topicId, description: "OCID of the alerts topic" });
  }
}
