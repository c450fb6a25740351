import { Construct, IConstruct } from "constructs";
import { reject } from "../core";
import { EventActionConfig, IEventRule, IEventRuleTarget } from "../events/target";
import type { IFunction } from "../functions/function-base";
import { Grant, IGrantable, Principals } from "../iam";
import { IAlarmDestination, Metric, MetricOptions, resourceMetric } from "../monitoring";
import { NOTIFICATION_METRICS } from "./metrics";
import type { Subscription } from "./subscription";
import { TopicSubscription } from "./topic-subscription";

/**
 * A Notifications topic as subscriptions, publishers, Events rules and alarms
 * see it: an owned {@link NotificationTopic} or one imported with
 * `NotificationTopic.fromNotificationTopicAttributes`.
 */
export interface ITopic extends IConstruct, IEventRuleTarget, IAlarmDestination {
  /** OCID of the topic. */
  readonly topicId: string;
  /** Compartment of the topic; its subscriptions are created there too. */
  readonly compartmentId: string;
  /** Lets `grantee` publish to the topic: `use ons-topics` in the topic's compartment. */
  grantPublish(grantee: IGrantable): Grant;
  /** Subscribes an endpoint (an `oci_ons_subscription` in the topic's compartment, under this construct). */
  addSubscription(subscription: Subscription): TopicSubscription;
  /** The functions the topic invokes with each message: its ORACLE_FUNCTIONS subscriptions added here. */
  readonly invokedFunctions: readonly IFunction[];
  /** A metric of this topic (namespace `oci_notification`, scoped by `resourceId`). */
  metric(metricName: string, options?: MetricOptions): Metric;
  /** Messages published to the topic (`PublishedMessagesCount`, count, sum). */
  metricPublishedMessages(options?: MetricOptions): Metric;
  /** Messages delivered to subscriptions (`DeliveredMessagesCount`, count, sum). */
  metricDeliveredMessages(options?: MetricOptions): Metric;
  /** Messages that could not be delivered (`FailedMessagesCount`, count, sum; the metric exists only after a failure). */
  metricFailedMessages(options?: MetricOptions): Metric;
}

/** What owned and imported topics share: publishing grants, subscriptions, the Events target binding and the topic's metrics. */
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

  /** The functions the topic invokes with each message (its ORACLE_FUNCTIONS subscriptions): an alarm sent here must not watch them. */
  public get invokedFunctions(): readonly IFunction[] {
    return this.subscriptions.flatMap((s) => (s.invokedFunction ? [s.invokedFunction] : []));
  }

  /**
   * A metric of this topic: namespace `oci_notification`, scoped by
   * `resourceId` (the topic's OCID), in the topic's compartment.
   */
  public metric(metricName: string, options: MetricOptions = {}): Metric {
    return this.topicMetric(metricName, undefined, options);
  }

  /** Messages the topic received (`PublishedMessagesCount`, count; sum per interval). */
  public metricPublishedMessages(options: MetricOptions = {}): Metric {
    return this.topicMetric(NOTIFICATION_METRICS.publishedMessages, "count", options);
  }

  /** Messages delivered to subscriptions (`DeliveredMessagesCount`, count; sum per interval), e.g. `{ dimensions: { endpointType: "EMAIL" } }`. */
  public metricDeliveredMessages(options: MetricOptions = {}): Metric {
    return this.topicMetric(NOTIFICATION_METRICS.deliveredMessages, "count", options);
  }

  /** Messages that could not be delivered (`FailedMessagesCount`, count; sum per interval). The metric exists only once a delivery failed, so an alarm on it must not use `absent()`. */
  public metricFailedMessages(options: MetricOptions = {}): Metric {
    return this.topicMetric(NOTIFICATION_METRICS.failedMessages, "count", options);
  }

  private topicMetric(metricName: string, unit: string | undefined, options: MetricOptions): Metric {
    return resourceMetric({ namespace: NOTIFICATION_METRICS.namespace, metricName, unit, scope: { dimension: "resourceId", value: this.topicId }, compartmentId: this.compartmentId }, options);
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
