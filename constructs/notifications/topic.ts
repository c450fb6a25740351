import { Construct, IConstruct } from "constructs";
import { OnsNotificationTopic } from "../../.gen/providers/oci/ons-notification-topic";
import { addCheck, checkCompartmentOcid, checkPattern, reject, OciEnvironment, OciValidationError } from "../core";
import { EventActionConfig, IEventRule, IEventRuleTarget } from "../events/target";
import { Grant, IGrantable, Principals } from "../iam";
import { Subscription } from "./subscription";
import { ITopic } from "./topic-base";
import { TopicSubscription } from "./topic-subscription";

export interface NotificationTopicProps {
  /**
   * Topic name; the environment prefix is added (`<env>-<name>`). The final
   * name must be unique in the tenancy (case-sensitive) and is checked: 1-256
   * letters, digits, '-' or '_'. Changing it replaces the topic.
   */
  readonly name: string;
  /** What the topic carries. Default: none. */
  readonly description?: string;
  /** Compartment of the topic and its subscriptions. Default: the environment's compartment. */
  readonly compartmentId?: string;
  /** Initial subscriptions; more with {@link NotificationTopic.addSubscription}. Default: none. */
  readonly subscriptions?: readonly Subscription[];
  /**
   * Explicit opt-out of the "at least one subscription" check, for topics
   * whose subscribers live elsewhere (messages published to a topic without
   * subscriptions are silently dropped). Default false.
   */
  readonly allowNoSubscriptions?: boolean;
}

const TOPIC_NAME = /^[A-Za-z0-9_-]{1,256}$/;
/** Final topic names per app, with the path of the topic that took each. */
const NAMES = new WeakMap<IConstruct, Map<string, string>>();

/**
 * A Notifications topic (`oci_ons_notification_topic`) with typed
 * subscriptions. It is an Events rule target (`rule.addTarget(topic)`, action
 * ONS) and grants publishing with {@link grantPublish}.
 */
export class NotificationTopic extends Construct implements ITopic, IEventRuleTarget {
  /** The generated `oci_ons_notification_topic`. */
  public readonly resource: OnsNotificationTopic;
  public readonly topicId: string;
  public readonly compartmentId: string;
  public readonly topicName: string;
  /** Endpoint that publishers send messages to (read on demand). */
  public get apiEndpoint(): string {
    return this.resource.apiEndpoint;
  }
  private readonly subscriptions: TopicSubscription[] = [];

  constructor(scope: Construct, id: string, props: NotificationTopicProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    if (typeof props.name !== "string" || !props.name) reject(this, "name", props.name, "a topic name is required");
    this.topicName = checkPattern(this, "name", env.uniqueName(props.name), TOPIC_NAME, "the final name <env>-<name> must be 1-256 letters, digits, '-' or '_'");
    this.claimName();
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid);
    this.resource = new OnsNotificationTopic(this, "topic", {
      compartmentId: this.compartmentId,
      name: this.topicName,
      description: props.description,
      freeformTags: env.tags(),
    });
    this.topicId = this.resource.id;
    const initial = props.subscriptions ?? [];
    if (!Array.isArray(initial)) reject(this, "subscriptions", initial, "must be a list of Subscription.*(...) values");
    else {
      initial.forEach((s, i) => {
        if (s instanceof Subscription) this.addSubscription(s);
        else reject(this, `subscriptions[${i}]`, s, "must be Subscription.email(...), .https(...), .slack(...), .pagerDuty(...), .function(...) or .sms(...)");
      });
    }
    const optOut = props.allowNoSubscriptions ?? false;
    addCheck(this, () =>
      this.subscriptions.length || optOut
        ? []
        : [new OciValidationError(this.node.path, "subscriptions", [], "a topic without subscriptions silently drops every message; add one (topic.addSubscription(Subscription.email(...))) or set allowNoSubscriptions: true")],
    );
  }

  /** Subscribes an endpoint; returns the subscription construct (id from the subscription, see `SubscriptionOptions.id`). */
  public addSubscription(subscription: Subscription): TopicSubscription {
    const id = subscription.idFor(this);
    const existing = this.node.tryFindChild(id);
    if (existing) {
      reject(this, "subscriptions", id, `${existing.node.path} already uses this construct id: the endpoint is subscribed already, or pass a distinct options.id`);
      if (existing instanceof TopicSubscription) return existing;
    }
    // After a clash with another kind of child, a placeholder id keeps the endpoint checked; the recorded error stops synthesis.
    const created = new TopicSubscription(this, existing ? `${id}-clash` : id, { topic: this, subscription });
    this.subscriptions.push(created);
    return created;
  }

  /** Lets `grantee` publish messages (an application, a function): `use ons-topics` in the topic's compartment. */
  public grantPublish(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, verb: "use", resourceType: "ons-topics", compartmentId: this.compartmentId, target: this });
  }

  /** Events rule action `ONS`; grants the Events service `use ons-topics` in the topic's compartment. */
  public bindAsEventRuleTarget(rule: IEventRule): EventActionConfig {
    this.grantPublish(Principals.service("cloudEvents", rule));
    return { actionType: "ONS", topicId: this.topicId };
  }

  private claimName(): void {
    const root = this.node.root;
    const names = NAMES.get(root) ?? new Map<string, string>();
    NAMES.set(root, names);
    const taken = names.get(this.topicName);
    if (taken) reject(this, "name", this.topicName, `topic names are unique in the tenancy; ${taken} already uses it`);
    names.set(this.topicName, this.node.path);
  }
}
