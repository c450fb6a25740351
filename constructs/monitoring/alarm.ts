import { Construct } from "constructs";
import { MonitoringAlarm } from "../../.gen/providers/oci/monitoring-alarm";
import { checkCompartmentOcid, checkIsoDuration, checkLength, checkOneOf, checkPattern, checkReference, Duration, DurationBounds, reject, isToken, OciEnvironment, OCID_TYPES } from "../core";
import { mqlAlarmQueryProblem } from "./mql";

export const ALARM_SEVERITIES = ["CRITICAL", "ERROR", "WARNING", "INFO"] as const;
export const ALARM_MESSAGE_FORMATS = ["RAW", "PRETTY_JSON", "ONS_OPTIMIZED"] as const;

/** Anything with a topic OCID: alarms publish to Notifications topics. */
export interface IAlarmDestination {
  readonly topicId: string;
}

export interface AlarmProps {
  /** Console name; also the notification title unless `notificationTitle` is set. */
  readonly displayName: string;
  /** Metric namespace, e.g. `oci_faas` (Functions) or `oci_apigateway` (API Gateway). */
  readonly namespace: string;
  /**
   * MQL query with a trigger, e.g. `FunctionResponseCount[1m]{responseType = "Error"}.sum() > 0`
   * or `...sum().absent()`: checked against the MQL grammar (constructs/monitoring/mql.ts).
   */
  readonly query: string;
  /** CRITICAL, ERROR, WARNING or INFO. */
  readonly severity: (typeof ALARM_SEVERITIES)[number];
  /** The topic the alarm notifies (OCI allows one destination per service). */
  readonly destination: IAlarmDestination;
  /** Compartment whose metrics are evaluated; defaults to the environment's compartment. */
  readonly metricCompartmentId?: string;
  /** Compartment of the alarm; defaults to the environment's compartment. */
  readonly compartmentId?: string;
  /** Text of the notification body (dynamic variables such as {{severity}} allowed). */
  readonly body?: string;
  /** How long the condition must hold before firing, whole seconds from 1 minute to 1 hour (`Duration.minutes(5)`, written as ISO-8601 `PT5M`). Default 1 minute. */
  readonly pendingDuration?: Duration;
  /** Re-notify while firing, every whole seconds from 1 minute to 30 days (`Duration.hours(4)`, written as `PT4H`). Default: no repeats. */
  readonly repeatNotificationDuration?: Duration;
  /** RAW (default, what functions parse), PRETTY_JSON, or ONS_OPTIMIZED (e-mail only). */
  readonly messageFormat?: (typeof ALARM_MESSAGE_FORMATS)[number];
  /** Whether the alarm evaluates. Default true. */
  readonly enabled?: boolean;
}

/** How long an alarm's condition must hold before it fires (`pending_duration`, ISO-8601): 1 minute to 1 hour. */
export const ALARM_PENDING_DURATION: DurationBounds = { unit: "seconds", min: Duration.minutes(1), max: Duration.hours(1) };
/** How often a firing alarm notifies again (`repeat_notification_duration`, ISO-8601): 1 minute to 30 days. */
export const ALARM_REPEAT_DURATION: DurationBounds = { unit: "seconds", min: Duration.minutes(1), max: Duration.days(30) };
/** OCI's default pending duration. */
export const DEFAULT_PENDING_DURATION = Duration.minutes(1);

/** A Monitoring alarm that notifies a topic; its messages are what `alarm-to-incident` parses. */
export class Alarm extends Construct {
  public readonly resource: MonitoringAlarm;

  constructor(scope: Construct, id: string, props: AlarmProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    checkLength(this, "displayName", props.displayName, 1, 255);
    checkPattern(this, "namespace", props.namespace, /^[a-z][a-z0-9_]*$/, "must be a metric namespace such as oci_faas or oci_apigateway");
    const queryProblem = isToken(props.query) ? undefined : mqlAlarmQueryProblem(props.query);
    if (queryProblem) reject(this, "query", props.query, `must be an MQL query with a trigger, e.g. Metric[1m]{dim = "x"}.sum() > 0 or Metric[1m].absent(): ${queryProblem}`);
    checkOneOf(this, "severity", props.severity, ALARM_SEVERITIES);
    const format = checkOneOf(this, "messageFormat", props.messageFormat ?? "RAW", ALARM_MESSAGE_FORMATS);
    const pendingDuration = checkIsoDuration(this, "pendingDuration", props.pendingDuration ?? DEFAULT_PENDING_DURATION, ALARM_PENDING_DURATION);
    const repeatNotificationDuration = checkIsoDuration(this, "repeatNotificationDuration", props.repeatNotificationDuration, ALARM_REPEAT_DURATION);
    checkReference(this, "destination", props.destination, "topicId", OCID_TYPES.topic, "must be a Notifications topic (a NotificationTopic, or NotificationTopic.fromNotificationTopicAttributes)");
    const compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid);
    const metricCompartmentId = checkCompartmentOcid(this, "metricCompartmentId", props.metricCompartmentId ?? env.compartmentOcid);
    this.resource = new MonitoringAlarm(this, "alarm", {
      compartmentId,
      metricCompartmentId,
      displayName: props.displayName,
      namespace: props.namespace,
      query: props.query,
      severity: props.severity,
      destinations: props.destination?.topicId ? [props.destination.topicId] : [],
      isEnabled: props.enabled ?? true,
      body: props.body,
      pendingDuration,
      repeatNotificationDuration,
      messageFormat: format,
      freeformTags: env.tags(),
    });
  }
}
