import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { EventRule, EventTypes } from "oci-event-pipelines/events";
import { NotificationTopic, SecretUrl, Subscription } from "oci-event-pipelines/notifications";
import { EventForwarderFunction } from "oci-event-pipelines/pipeline-functions";
import { EnvironmentConfig } from "./environments";
import { PipelineFoundation } from "./foundation";
import { inHomeRegion, pipelineFunctionProps } from "./shared";
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
 * (b) Resource alerts: compute lifecycle and network changes in the pipeline
 * compartment, and IAM changes in the tenancy, go to a topic with e-mail,
 * custom HTTPS and Slack or PagerDuty subscriptions; bucket changes go to an
 * `event-forwarder` that posts them to the alert receiver.
 */
export class ResourceAlertsStack extends PipelineStack {
  public readonly topic: NotificationTopic;

  constructor(scope: Construct, config: EnvironmentConfig, foundation: PipelineFoundation) {
    super(scope, "resource-alerts", config);
    const chatUrl =
      config.alertChat === "slack"
        ? this.sensitiveVariable("slack_webhook_url", "Slack incoming-webhook URL for resource alerts")
        : this.sensitiveVariable("pagerduty_integration_url", "PagerDuty events integration URL for resource alerts");
    this.topic = new NotificationTopic(this, "alerts", { name: "resource-alerts", description: `Resource changes in ${config.compartmentName}` });
    this.subscribeReceivers(this.topic, chatUrl);

    const inCompartment = { compartmentName: config.compartmentName };
    new EventRule(this, "compute-lifecycle", { displayName: `${config.name}-compute-lifecycle`, condition: { eventTypes: COMPUTE_LIFECYCLE, data: inCompartment }, targets: [this.topic] });
    // IAM events come from the tenancy (users, groups, dynamic groups and federation live in the root
    // compartment) and only from the home region (IAM changes happen there), so this rule lives in the
    // tenancy through the home-region provider; outside the home region it gets its own topic there
    // (stacks/README.md, "Where the IAM rule lives").
    const iamTopic = config.region === config.homeRegion ? this.topic : this.homeRegionTopic(chatUrl);
    const iamRule = new EventRule(this, "iam-changes-tenancy", {
      displayName: `${config.name}-iam-changes`,
      description: "IAM changes anywhere in the tenancy (emitted in the home region)",
      compartmentId: config.tenancyOcid,
      condition: { eventTypes: IAM_CHANGES },
      targets: [iamTopic],
    });
    inHomeRegion(this, iamRule);
    new EventRule(this, "network-changes", { displayName: `${config.name}-network-changes`, condition: { eventTypes: NETWORK_CHANGES, data: inCompartment }, targets: [this.topic] });

    const bucketAudit = new EventForwarderFunction(this, "bucket-audit", {
      ...pipelineFunctionProps(this, "bucket-audit", foundation, EventForwarderFunction.repositoryName),
      settings: { targetUrl: config.endpoints.alertWebhookUrl, targetAuth: "none", forwardMode: "mapped" },
    });
    new EventRule(this, "bucket-changes", { displayName: `${config.name}-bucket-changes`, condition: { eventTypes: BUCKET_CHANGES, data: inCompartment }, targets: [bucketAudit] });

    this.output("alerts_topic_id", this.topic.topicId, "OCID of the resource-alerts topic");
    this.output("bucket_audit_function_id", bucketAudit.functionId, "OCID of the bucket-audit function");
  }

  /** E-mail, the custom HTTPS receiver, and Slack or PagerDuty (URL from a sensitive variable). */
  private subscribeReceivers(topic: NotificationTopic, chatUrl: TerraformVariable): void {
    for (const email of this.config.alertEmails) topic.addSubscription(Subscription.email(email));
    topic.addSubscription(Subscription.https(this.config.endpoints.alertWebhookUrl));
    const url = SecretUrl.fromSensitiveVariable(chatUrl);
    topic.addSubscription(this.config.alertChat === "slack" ? Subscription.slack(url) : Subscription.pagerDuty(url));
  }

  /** A topic in the home region with the same receivers, for the home-region IAM rule. */
  private homeRegionTopic(chatUrl: TerraformVariable): NotificationTopic {
    const topic = new NotificationTopic(this, "iam-alerts", { name: "iam-alerts", description: `IAM changes in the tenancy, for ${this.config.compartmentName} operators (home region)` });
    this.subscribeReceivers(topic, chatUrl);
    inHomeRegion(this, topic);
    return topic;
  }
}
