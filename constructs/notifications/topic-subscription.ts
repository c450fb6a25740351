import { Construct } from "constructs";
import { OnsSubscription } from "../../.gen/providers/oci/ons-subscription";
import { checkCompartmentOcid, checkReference, hasRecordedErrors, OciEnvironment, OCID_TYPES } from "../core";
import { renderDeliveryPolicy } from "./delivery-policy";
import { Subscription, SubscriptionProtocol } from "./subscription";
import type { IFunction } from "../functions/function-base";
import type { ITopic } from "./topic-base";

export interface TopicSubscriptionProps {
  /** The topic delivering to the endpoint. */
  readonly topic: ITopic;
  /** Protocol and endpoint, from a `Subscription.*` factory. */
  readonly subscription: Subscription;
}

/**
 * One `oci_ons_subscription`, in the topic's compartment. Usually created by
 * `topic.addSubscription(...)`; e-mail, HTTPS, Slack and PagerDuty endpoints
 * stay PENDING until confirmed, function subscriptions are active at once.
 */
export class TopicSubscription extends Construct {
  /** The generated `oci_ons_subscription`. */
  public readonly resource: OnsSubscription;
  /** OCID of the subscription (a getter: reading a resource attribute builds a token, so only on demand). */
  public get subscriptionId(): string {
    return this.resource.id;
  }
  public readonly protocol: SubscriptionProtocol;
  /** The function the subscription invokes with each message (ORACLE_FUNCTIONS only). */
  public readonly invokedFunction?: IFunction;

  constructor(scope: Construct, id: string, props: TopicSubscriptionProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    // A topic known by literal OCIDs must name a topic and a compartment; an importer that refused them has said so already.
    const topicId = checkReference(this, "topic", props.topic, "topicId", OCID_TYPES.topic, "must be a topic (a NotificationTopic, or NotificationTopic.fromNotificationTopicAttributes)");
    if (topicId !== undefined && !hasRecordedErrors(props.topic)) checkCompartmentOcid(this, "topic.compartmentId", props.topic.compartmentId);
    const { protocol, endpoint } = props.subscription.bind(this, props.topic);
    const policy = props.subscription.options.deliveryPolicy;
    this.protocol = protocol;
    this.invokedFunction = props.subscription.invokedFunction;
    this.resource = new OnsSubscription(this, "subscription", {
      compartmentId: props.topic.compartmentId,
      topicId: props.topic.topicId,
      protocol,
      endpoint,
      deliveryPolicy: policy ? renderDeliveryPolicy(this, policy) : undefined,
      freeformTags: env.tags(),
    });
  }
}
