import { Construct } from "constructs";
import { MonitoringAlarm } from "../../.gen/providers/oci/monitoring-alarm";
import { checkCompartmentOcid, checkLength, checkOneOf, checkPattern, checkReference, reject, isToken, OciEnvironment, OCID_TYPES } from "../core";
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
  /** How long the condition must hold before firing, ISO-8601 PT1M to PT1H. Default PT1M. */
  readonly pendingDuration?: string;
  /** Re-notify while firing, ISO-8601 PT1M to P30D. Default: no repeats. */
  readonly repeatNotificationDuration?: string;
  /** RAW (default, what functions parse), PRETTY_JSON, or ONS_OPTIMIZED (e-mail only). */
  readonly messageFormat?: (typeof ALARM_MESSAGE_FORMATS)[number];
  /** Whether the alarm evaluates. Default true. */
  readonly enabled?: boolean;
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Parses an ISO-8601 day/time duration to seconds, or undefined. */
export function isoDurationSeconds(value: string): number | undefined {
  const m = DURATION.exec(value);
  if (!m || value === "P" || value.endsWith("T")) return undefined;
  const [d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0));
  return d * 86400 + h * 3600 + min * 60 + s;
}

/** A Monitoring alarm that notifies a topic; its messages are what `alarm-to-incident` parses. */
export class Alarm extends Construct {
  public readonly resource: MonitoringAlarm;

  constructor(scope: Construct, id: string, props: AlarmProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    checkLength(this, "displayName", props.displayName, 1, 255);
    // A letter, then letters, digits and '_' (https://docs.oracle.com/iaas/api/#/en/monitoring/20180401/datatypes/MetricDataDetails).
    checkPattern(this, "namespace", props.namespace, /^[A-Za-z][A-Za-z0-9_]*$/, "must be a metric namespace: a letter, then letters, digits or '_' (e.g. oci_faas, oci_apigateway)");
    const queryProblem = isToken(props.query) ? undefined : mqlAlarmQueryProblem(props.query);
    if (queryProblem) reject(this, "query", props.query, `must be an MQL query with a trigger, e.g. Metric[1m]{dim = "x"}.sum() > 0 or Metric[1m].absent(): ${queryProblem}`);
    checkOneOf(this, "severity", props.severity, ALARM_SEVERITIES);
    const format = checkOneOf(this, "messageFormat", props.messageFormat ?? "RAW", ALARM_MESSAGE_FORMATS);
    this.checkDuration("pendingDuration", props.pendingDuration, 60, 3600, "PT1M to PT1H");
    this.checkDuration("repeatNotificationDuration", props.repeatNotificationDuration, 60, 30 * 86400, "PT1M to P30D");
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
      pendingDuration: props.pendingDuration ?? "PT1M",
      repeatNotificationDuration: props.repeatNotificationDuration,
      messageFormat: format,
      freeformTags: env.tags(),
    });
  }

  private checkDuration(field: string, value: string | undefined, min: number, max: number, range: string): void {
    if (value === undefined || isToken(value)) return;
    const seconds = isoDurationSeconds(value);
    if (seconds === undefined || seconds < min || seconds > max) reject(this, field, value, `must be an ISO-8601 duration from ${range}`);
  }
}
