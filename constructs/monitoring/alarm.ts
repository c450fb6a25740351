import { Construct, IConstruct } from "constructs";
import { MonitoringAlarm } from "../../.gen/providers/oci/monitoring-alarm";
import {
  addCheck,
  checkCompartmentOcid,
  checkIsoDuration,
  checkLength,
  checkOneOf,
  checkPattern,
  checkReference,
  Duration,
  DurationBounds,
  OciEnvironment,
  OciValidationError,
  OCID_TYPES,
  reject,
} from "../core";
import { Metric, METRIC_NAMESPACE, METRIC_NAMESPACE_RULE } from "./metric";
import { MQL_COMPARISONS, mqlAlarmQueryProblem, mqlDimensionFilters, mqlWithoutTokens } from "./mql";

export const ALARM_SEVERITIES = ["CRITICAL", "ERROR", "WARNING", "INFO"] as const;
export const ALARM_MESSAGE_FORMATS = ["RAW", "PRETTY_JSON", "ONS_OPTIMIZED"] as const;
/** How an alarm compares its metric with the threshold. */
export type AlarmComparison = (typeof MQL_COMPARISONS)[number];

/** A function as an alarm sees it: the OCID its metrics carry, and where they are posted. `OciFunction` and its imports fit. */
export interface IMonitoredFunction extends IConstruct {
  /** OCID of the function (the `resourceId` of its `oci_faas` metrics). */
  readonly functionId: string;
  /** Compartment of the function's application, where its metrics are posted. */
  readonly compartmentId: string;
  /** The function's application, when known (an owned function's). */
  readonly application?: { readonly applicationId: string };
}

/** Where an alarm sends its messages: a Notifications topic (`NotificationTopic` or an import). */
export interface IAlarmDestination {
  /** OCID of the topic. */
  readonly topicId: string;
  /**
   * The functions the topic invokes with each message (its ORACLE_FUNCTIONS
   * subscriptions), read at synthesis: an alarm refuses to watch one of them.
   * Default: none known.
   */
  readonly invokedFunctions?: readonly IMonitoredFunction[];
}

/** What every alarm takes, whether its condition comes from a {@link Metric} or from raw MQL. */
export interface AlarmOptions {
  /** Console name; also the notification title. */
  readonly displayName: string;
  /** CRITICAL, ERROR, WARNING or INFO. */
  readonly severity: (typeof ALARM_SEVERITIES)[number];
  /**
   * The topic the alarm notifies (OCI allows one destination per service). It
   * must not invoke a function the alarm watches (checked at synthesis).
   */
  readonly destination: IAlarmDestination;
  /** Compartment of the alarm. Default: the environment's compartment. */
  readonly compartmentId?: string;
  /** Text of the notification body (dynamic variables such as {{severity}} allowed). Default: none. */
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

/** An alarm on a {@link Metric}: it fires when `<the metric's statistic> <comparison> <threshold>` holds. */
export interface MetricAlarmOptions extends AlarmOptions {
  /** The value the statistic is compared with (a plain decimal number). */
  readonly threshold: number;
  /** `>` (default), `>=`, `<`, `<=`, `==` or `!=`. */
  readonly comparison?: AlarmComparison;
}

/** `new Alarm(scope, id, { metric, threshold, ... })`. */
export interface MetricAlarmProps extends MetricAlarmOptions {
  /** The metric watched, e.g. `fn.metricErrors()`: its namespace, query and compartment make the alarm's. */
  readonly metric: Metric;
  /** Compartment whose metrics are evaluated. Default: the metric's compartment, else the environment's. */
  readonly metricCompartmentId?: string;
  readonly namespace?: never;
  readonly query?: never;
}

/** `new Alarm(scope, id, { namespace, query, ... })`: raw MQL, the escape hatch for what no `metric*()` method covers. */
export interface QueryAlarmProps extends AlarmOptions {
  /** Metric namespace, e.g. `oci_faas` (Functions) or `oci_apigateway` (API Gateway). */
  readonly namespace: string;
  /**
   * MQL query with a trigger, e.g. `FunctionResponseCount[1m]{resourceId = "<ocid>", responseType = "Error"}.sum() > 0`
   * or `...absent()`: checked against the MQL grammar (constructs/monitoring/mql.ts).
   */
  readonly query: string;
  /** Compartment whose metrics are evaluated. Default: the environment's compartment. */
  readonly metricCompartmentId?: string;
  readonly metric?: never;
  readonly threshold?: never;
  readonly comparison?: never;
}

export type AlarmProps = MetricAlarmProps | QueryAlarmProps;

/** An alarm's condition: namespace and query, the field a grammar problem is reported under, and whether its problems are reported already. */
interface Condition {
  readonly namespace: string;
  readonly query: string;
  readonly field: "metric" | "query";
  readonly reported: boolean;
}

/** Both forms' fields, as the constructor reads them. */
type AnyAlarmProps = Partial<Omit<MetricAlarmProps, "namespace" | "query"> & Omit<QueryAlarmProps, "metric" | "threshold" | "comparison">>;

/** How long an alarm's condition must hold before it fires (`pending_duration`, ISO-8601): 1 minute to 1 hour. */
export const ALARM_PENDING_DURATION: DurationBounds = { unit: "seconds", min: Duration.minutes(1), max: Duration.hours(1) };
/** How often a firing alarm notifies again (`repeat_notification_duration`, ISO-8601): 1 minute to 30 days. */
export const ALARM_REPEAT_DURATION: DurationBounds = { unit: "seconds", min: Duration.minutes(1), max: Duration.days(30) };
/** OCI's default pending duration. */
export const DEFAULT_PENDING_DURATION = Duration.minutes(1);

/** The `oci_faas` dimensions that name particular functions (https://docs.oracle.com/iaas/Content/Functions/Reference/functionsmetrics.htm). */
const FUNCTION_DIMENSIONS = ["resourceId", "resourceDisplayName", "resourceName"];
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A Monitoring alarm that notifies a topic; its messages are what
 * `alarm-to-incident` parses. The condition is a {@link Metric} with a
 * threshold (`fn.metricErrors().createAlarm(...)`, or `metric` here) or raw
 * MQL (`namespace` and `query`). At synthesis the alarm is refused when its
 * topic invokes a function it watches: a failing function would raise the
 * alarm that invokes it again.
 */
export class Alarm extends Construct {
  public readonly resource: MonitoringAlarm;
  /** The metric namespace evaluated. */
  public readonly namespace: string;
  /** The MQL query with its trigger, as written to `query`. */
  public readonly query: string;
  /** The compartment whose metrics are evaluated. */
  public readonly metricCompartmentId: string;
  /** The metric, for an alarm made from one. */
  public readonly metric?: Metric;
  private readonly destination: IAlarmDestination;
  /** The query with the values only Terraform knows replaced (see mqlWithoutTokens), as checked against the grammar. */
  private readonly tokenlessQuery?: string;

  constructor(scope: Construct, id: string, props: AlarmProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    // Either form, as plain JavaScript may mix them: every field is checked below.
    const p = props as AnyAlarmProps;
    checkLength(this, "displayName", p.displayName!, 1, 255);
    this.metric = p.metric instanceof Metric ? p.metric : undefined;
    const condition = p.metric !== undefined ? this.metricCondition(p) : this.queryCondition(p);
    this.namespace = condition.namespace;
    this.query = condition.query;
    // A metric that reported its own problems is not reported a second time as a query.
    this.tokenlessQuery = typeof this.query === "string" ? mqlWithoutTokens(this.query) : undefined;
    const checkable = condition.reported ? undefined : typeof this.query === "string" ? this.tokenlessQuery : this.query;
    const problem = checkable === undefined ? undefined : mqlAlarmQueryProblem(checkable);
    if (problem) reject(this, condition.field, this.query, `must be an MQL query with a trigger, e.g. Metric[1m]{dim = "x"}.sum() > 0 or Metric[1m].absent(): ${problem}`);
    checkOneOf(this, "severity", p.severity, ALARM_SEVERITIES);
    const format = checkOneOf(this, "messageFormat", p.messageFormat ?? "RAW", ALARM_MESSAGE_FORMATS);
    const pendingDuration = checkIsoDuration(this, "pendingDuration", p.pendingDuration ?? DEFAULT_PENDING_DURATION, ALARM_PENDING_DURATION);
    const repeatNotificationDuration = checkIsoDuration(this, "repeatNotificationDuration", p.repeatNotificationDuration, ALARM_REPEAT_DURATION);
    checkReference(this, "destination", p.destination, "topicId", OCID_TYPES.topic, "must be a Notifications topic (a NotificationTopic, or NotificationTopic.fromNotificationTopicAttributes)");
    this.destination = p.destination!;
    const compartmentId = checkCompartmentOcid(this, "compartmentId", p.compartmentId ?? env.compartmentOcid);
    this.metricCompartmentId = checkCompartmentOcid(this, "metricCompartmentId", p.metricCompartmentId ?? this.metric?.compartmentId ?? env.compartmentOcid);
    this.resource = new MonitoringAlarm(this, "alarm", {
      compartmentId,
      metricCompartmentId: this.metricCompartmentId,
      displayName: p.displayName!,
      namespace: this.namespace,
      query: this.query,
      severity: p.severity!,
      destinations: p.destination?.topicId ? [p.destination.topicId] : [],
      isEnabled: p.enabled ?? true,
      body: p.body,
      pendingDuration,
      repeatNotificationDuration,
      messageFormat: format,
      freeformTags: env.tags(),
    });
    addCheck(this, () => this.invocationLoops());
  }

  /** Namespace and query of a metric alarm: the metric's series, the comparison and the threshold. */
  private metricCondition(p: AnyAlarmProps): Condition {
    const metric = this.metric;
    if (!metric) {
      reject(this, "metric", p.metric, "must be a Metric (fn.metricErrors(), deployment.metricHttpResponses(...), new Metric({...}))");
      return { namespace: "", query: "", field: "metric", reported: true };
    }
    for (const extra of ["namespace", "query"] as const) {
      if (p[extra] !== undefined) reject(this, extra, p[extra], "comes from the metric; give either metric (with threshold) or namespace and query, not both");
    }
    const problems = metric.problems();
    for (const [field, value, allowed] of problems) reject(this, `metric.${field}`, value, allowed);
    const threshold = p.threshold;
    const written = typeof threshold === "number" && Number.isFinite(threshold) ? String(threshold) : "";
    const plain = PLAIN_NUMBER.test(written);
    if (!plain) reject(this, "threshold", threshold, "must be a finite number that MQL can write as a plain decimal (e.g. 0, 5, 0.25)");
    const comparison = p.comparison ?? ">";
    const known = (MQL_COMPARISONS as readonly string[]).includes(comparison);
    if (!known) checkOneOf(this, "comparison", comparison, MQL_COMPARISONS);
    const reported = problems.length > 0 || !plain || !known;
    return { namespace: metric.namespace, query: `${metric.toMql()} ${comparison} ${written || "0"}`, field: "metric", reported };
  }

  /** Namespace and query of a raw-MQL alarm. */
  private queryCondition(p: AnyAlarmProps): Condition {
    for (const extra of ["threshold", "comparison"] as const) {
      if (p[extra] !== undefined) reject(this, extra, p[extra], "applies to an alarm on a metric; with query, write the trigger into the query");
    }
    const namespace = checkPattern(this, "namespace", p.namespace!, METRIC_NAMESPACE, METRIC_NAMESPACE_RULE);
    return { namespace, query: p.query!, field: "query", reported: false };
  }

  /** The functions the destination topic invokes that this alarm watches: each one is an error. */
  private invocationLoops(): OciValidationError[] {
    const invoked = this.destination?.invokedFunctions;
    if (!Array.isArray(invoked)) return [];
    return invoked.flatMap((fn) => {
      const why = this.watches(fn);
      if (!why) return [];
      return [
        new OciValidationError(
          this.node.path,
          "destination",
          this.destination,
          `invokes function ${fn.node.path} (an ORACLE_FUNCTIONS subscription), which this alarm watches (${why}): a failure of the function would raise the alarm that invokes it again; send the alarm to a topic that does not invoke it, e.g. one with e-mail subscriptions`,
        ),
      ];
    });
  }

  /** Why this alarm watches `fn`, or undefined. */
  private watches(fn: IMonitoredFunction): string | undefined {
    if (typeof this.query !== "string" || typeof fn?.functionId !== "string") return undefined;
    if (this.query.includes(fn.functionId)) return "its query names the function's OCID";
    if (this.namespace !== "oci_faas") return undefined;
    // A positive filter on the functions' own dimensions (without wildcards) names other functions only.
    const filters = mqlDimensionFilters(this.tokenlessQuery ?? "").filter((f) => f.operator === "=" || (f.operator === "=~" && f.values.every((v) => !v.includes("*"))));
    if (filters.some((f) => FUNCTION_DIMENSIONS.includes(f.name))) return undefined;
    if (filters.some((f) => f.name === "applicationId")) {
      const applicationId = fn.application?.applicationId;
      return typeof applicationId === "string" && this.query.includes(applicationId) ? "its query names the function's application" : undefined;
    }
    if (this.metricCompartmentId === fn.compartmentId) return `its query names no function, so it watches every function of compartment ${fn.compartmentId}`;
    return undefined;
  }
}
