import { Construct } from "constructs";
import { EventRule, EventTypes } from "oci-event-pipelines/events";
import { NotificationTopic, SecretUrl, Subscription } from "oci-event-pipelines/notifications";
import { EnvironmentConfig } from "./environments";
import { FoundationStack } from "./foundation-stack";
import { deployFunction } from "./shared";
import { PipelineStack } from "./pipeline-stack";

const { compute, identity, networking, objectStorage } = EventTypes;

/** Instance lifecycle: launches, terminations and power actions. */
const COMPUTE_LIFECYCLE = [compute.launchInstance.end, compute.terminateInstance.end, compute.instanceAction.end, compute.instanceFailed];
/** Who can do what: users, groups, policies and dynamic groups. */
const IAM_CHANGES = [
  identity.createUser, identity.updateUser, identity.deleteUser, identity.updateUserState, identity.updateUserCapabilities,
  identity.createGroup, identity.updateGroup, identity.deleteGroup, identity.addUserToGroup, identity.removeUserFromGroup,
  identity.createPolicy, identity.updatePolicy, identity.deletePolicy,
  identity.createDynamicGroup, identity.updateDynamicGroup, identity.deleteDynamicGroup,
];
/** What can reach what: VCNs, subnets, routes, security lists, NSGs and gateways. */
const NETWORK_CHANGES = [
  networking.createVcn, networking.updateVcn, networking.deleteVcn,
  networking.createSubnet, networking.updateSubnet, networking.deleteSubnet,
  networking.createRouteTable, networking.updateRouteTable, networking.deleteRouteTable,
  networking.createSecurityList, networking.updateSecurityList, networking.deleteSecurityList,
  networking.createNetworkSecurityGroup, networking.updateNetworkSecurityGroupSecurityRules, networking.deleteNetworkSecurityGroup,
  networking.createInternetGateway, networking.updateInternetGateway, networking.deleteInternetGateway,
  networking.createNatGateway, networking.updateNatGateway, networking.deleteNatGateway,
  networking.createServiceGateway, networking.updateServiceGateway,
];
const BUCKET_CHANGES = [objectStorage.createBucket, objectStorage.updateBucket, objectStorage.deleteBucket];

/**
 * (b) Resource alerts: compute lifecycle, IAM and network changes in the
 * pipeline compartment go to a topic with e-mail, custom HTTPS and Slack or
 * PagerDuty subscriptions; bucket changes go to an `event-forwarder` that
 * posts them to the alert receiver.
 */
export class ResourceAlertsStack extends PipelineStack {
  public readonly topic: NotificationTopic;

  constructor(scope: Construct, config: EnvironmentConfig, foundation: FoundationStack) {
    super(scope, "resource-alerts", config);
    this.topic = new NotificationTopic(this, "alerts", { name: "resource-alerts", description: `Resource changes in ${config.compartmentName}` });
    for (const email of config.alertEmails) this.topic.addSubscription(Subscription.email(email));
    this.topic.addSubscription(Subscription.https(config.endpoints.alertWebhookUrl));
    if (config.alertChat === "slack") {
      const url = this.sensitiveVariable("slack_webhook_url", "Slack incoming-webhook URL for resource alerts");
      this.topic.addSubscription(Subscription.slack(SecretUrl.fromSensitiveVariable(url)));
    } else {
      const url = this.sensitiveVariable("pagerduty_integration_url", "PagerDuty events integration URL for resource alerts");
      this.topic.addSubscription(Subscription.pagerDuty(SecretUrl.fromSensitiveVariable(url)));
    }

    const inCompartment = { compartmentName: config.compartmentName };
    new EventRule(this, "compute-lifecycle", { displayName: `${config.name}-compute-lifecycle`, condition: { eventTypes: COMPUTE_LIFECYCLE, data: inCompartment }, targets: [this.topic] });
    new EventRule(this, "iam-changes", { displayName: `${config.name}-iam-changes`, condition: { eventTypes: IAM_CHANGES }, targets: [this.topic] });
    new EventRule(this, "network-changes", { displayName: `${config.name}-network-changes`, condition: { eventTypes: NETWORK_CHANGES, data: inCompartment }, targets: [this.topic] });

    const bucketAudit = deployFunction(this, "bucket-audit", foundation, "event-forwarder", {
      TARGET_URL: config.endpoints.alertWebhookUrl,
      TARGET_AUTH: "none",
      FORWARD_MODE: "mapped",
    });
    new EventRule(this, "bucket-changes", { displayName: `${config.name}-bucket-changes`, condition: { eventTypes: BUCKET_CHANGES, data: inCompartment }, targets: [bucketAudit] });

    this.output("alerts_topic_id", this.topic.topicId, "OCID of the resource-alerts topic");
    this.output("bucket_audit_function_id", bucketAudit.functionId, "OCID of the bucket-audit function");
  }
}
