import { Construct, IConstruct } from "constructs";
import { OnsNotificationTopic } from "../../.gen/providers/oci/ons-notification-topic";
import { addCheck, checkCompartmentOcid, checkOcid, checkPattern, EnvironmentPrefixOptions, reject, OciEnvironment, OciValidationError, OCID_TYPES } from "../core";
import { Subscription } from "./subscription";
import { ITopic, TopicBase } from "./topic-base";

export interface NotificationTopicProps extends EnvironmentPrefixOptions {
  /**
   * Topic name; the environment prefix is added (`<env>-<name>`) unless
   * {@link allowUnprefixedName}. The final name must be unique in the tenancy
   * (case-sensitive) and is checked: 1-256 letters, digits, '-' or '_'.
   * Changing it replaces the topic.
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

/** What {@link NotificationTopic.fromNotificationTopicAttributes} needs to know about an existing topic. */
export interface NotificationTopicAttributes {
  /** OCID of the topic (`ocid1.onstopic.<realm>.<region>.<id>`). */
  readonly topicId: string;
  /** Compartment of the topic: publish and Events grants are written for it, and subscriptions added here are created in it. */
  readonly compartmentId: string;
}

const TOPIC_NAME = /^[A-Za-z0-9_-]{1,256}$/;
/** Final topic names per app, with the path of the topic that took each. */
const NAMES = new WeakMap<IConstruct, Map<string, string>>();

/**
 * A Notifications topic (`oci_ons_notification_topic`) with typed
 * subscriptions. It is an Events rule target (`rule.addTarget(topic)`, action
 * ONS) and grants publishing with {@link grantPublish}.
 */
export class NotificationTopic extends TopicBase {
  /**
   * A topic that exists outside this app: subscribe endpoints to it, target it
   * from rules and alarms, grant publishing on it, as on an owned topic.
   * Creates no resource itself (subscriptions added to it are resources).
   */
  public static fromNotificationTopicAttributes(scope: Construct, id: string, attributes: NotificationTopicAttributes): ITopic {
    return new ImportedTopic(scope, id, attributes);
  }

  /** The generated `oci_ons_notification_topic`. */
  public readonly resource: OnsNotificationTopic;
  public readonly topicId: string;
  public readonly compartmentId: string;
  public readonly topicName: string;
  /** Endpoint that publishers send messages to (read on demand). */
  public get apiEndpoint(): string {
    return this.resource.apiEndpoint;
  }

  constructor(scope: Construct, id: string, props: NotificationTopicProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    if (typeof props.name !== "string" || !props.name) reject(this, "name", props.name, "a topic name is required");
    const finalName = props.allowUnprefixedName ? "the name" : "the final name <env>-<name>";
    this.topicName = checkPattern(this, "name", env.uniqueName(props.name, props), TOPIC_NAME, `${finalName} must be 1-256 letters, digits, '-' or '_'`);
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

  private claimName(): void {
    const root = this.node.root;
    const names = NAMES.get(root) ?? new Map<string, string>();
    NAMES.set(root, names);
    const taken = names.get(this.topicName);
    if (taken) reject(this, "name", this.topicName, `topic names are unique in the tenancy; ${taken} already uses it`);
    names.set(this.topicName, this.node.path);
  }
}

/** A topic created outside this app, known by OCID. */
class ImportedTopic extends TopicBase {
  public readonly topicId: string;
  public readonly compartmentId: string;

  constructor(scope: Construct, id: string, attributes: NotificationTopicAttributes) {
    super(scope, id);
    // Subscriptions added to it are created through the environment's region: the topic must be there.
    // Resources are regional: https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm
    this.topicId = checkOcid(this, "topicId", attributes.topicId, OCID_TYPES.topic, { region: OciEnvironment.of(this).region });
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", attributes.compartmentId);
  }
}
