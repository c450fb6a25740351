import { Construct, IConstruct } from "constructs";
import { reject } from "../core";
import { EventActionConfig, IEventRule, IEventRuleTarget } from "../events/target";
import { Grant, IGrantable, Principals } from "../iam";
import type { Subscription } from "./subscription";
import { TopicSubscription } from "./topic-subscription";

/**
 * A Notifications topic as subscriptions, publishers, Events rules and alarms
 * see it: an owned {@link NotificationTopic} or one imported with
 * `NotificationTopic.fromNotificationTopicAttributes`.
 */
export interface ITopic extends IConstruct, IEventRuleTarget {
  /** OCID of the topic. */
  readonly topicId: string;
  /** Compartment of the topic; its subscriptions are created there too. */
  readonly compartmentId: string;
  /** Lets `grantee` publish to the topic: `use ons-topics` in the topic's compartment. */
  grantPublish(grantee: IGrantable): Grant;
  /** Subscribes an endpoint (an `oci_ons_subscription` in the topic's compartment, under this construct). */
  addSubscription(subscription: Subscription): TopicSubscription;
}

/** What owned and imported topics share: publishing grants, subscriptions and the Events target binding. */
export abstract class TopicBase extends Construct implements ITopic {
  public abstract readonly topicId: string;
  public abstract readonly compartmentId: string;
  /** The subscriptions added through {@link addSubscription}. */
  protected readonly subscriptions: TopicSubscription[] = [];

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
}
