import { Construct } from "constructs";
import { Duration, isToken } from "../core";
import { Alarm, MetricAlarmOptions } from "./alarm";
import { MQL_INTERVALS, MQL_STATISTICS } from "./mql";

/**
 * A statistic that ends an MQL series: `sum`, `mean`, `max`, `min`, `count`,
 * `rate`, ... or a percentile such as `percentile(0.9)`.
 */
export type MetricStatistic = Exclude<(typeof MQL_STATISTICS)[number], "absent" | "percentile"> | `percentile(${number})`;

/** What a resource's `metric*()` methods take to adjust the metric they return. */
export interface MetricOptions {
  /** The statistic of each interval. Default: the metric's own (`sum` for counts, `mean` for durations and latencies). */
  readonly statistic?: MetricStatistic;
  /** The aggregation window (`[1m]` in MQL): 1-60 minutes, 1-24 hours or 1 day. Default 1 minute. */
  readonly interval?: Duration;
  /**
   * More dimension filters, all of which must match, e.g. `{ httpMethodType: "POST" }`.
   * The dimension that scopes the metric to its resource (`resourceId`, `deploymentId`)
   * is always the resource's own. Default: none.
   */
  readonly dimensions?: Readonly<Record<string, string>>;
}

export interface MetricProps extends MetricOptions {
  /** Metric namespace, e.g. `oci_faas` (Functions) or `oci_apigateway` (API Gateway). */
  readonly namespace: string;
  /** Metric name as OCI publishes it, e.g. `FunctionResponseCount`. */
  readonly metricName: string;
  /** Compartment the metric is posted in, which an alarm on it evaluates. Default: the alarm's environment compartment. */
  readonly compartmentId?: string;
  /** The unit OCI documents for the metric (`count`, `ms`, `seconds`, `bytes`, ...), for readers and messages. Default: not stated. */
  readonly unit?: string;
}

/** One metric of one resource, for {@link resourceMetric}. */
export interface ResourceMetricProps {
  readonly namespace: string;
  readonly metricName: string;
  /** The dimension that names the resource (`resourceId`, `deploymentId`) and the resource's value for it (its OCID). */
  readonly scope: { readonly dimension: string; readonly value: string };
  /** Compartment the metric is posted in. */
  readonly compartmentId: string;
  /** The unit OCI documents. */
  readonly unit?: string;
  /** Dimensions the metric is defined by (e.g. `responseType = "Error"` for errors), after the caller's. Default none. */
  readonly fixedDimensions?: Readonly<Record<string, string>>;
  /** The statistic unless the caller picks one. Default `sum`. */
  readonly statistic?: MetricStatistic;
}

/**
 * A resource's metric: the scoping dimension first and always the resource's
 * own (a caller's `dimensions` cannot re-point it at another resource), then
 * the caller's dimensions, then the ones that define the metric.
 */
export function resourceMetric(props: ResourceMetricProps, options: MetricOptions = {}): Metric {
  const dimensions: Record<string, string> = { [props.scope.dimension]: props.scope.value };
  Object.assign(dimensions, options.dimensions, props.fixedDimensions, { [props.scope.dimension]: props.scope.value });
  return new Metric({
    namespace: props.namespace,
    metricName: props.metricName,
    compartmentId: props.compartmentId,
    unit: props.unit,
    statistic: options.statistic ?? props.statistic,
    interval: options.interval,
    dimensions,
  });
}

/**
 * `Duration.minutes(5)` as an MQL interval (`5m`; `2h`, `1d`), or undefined
 * when MQL cannot express it: 1-60 minutes, 1-24 hours or 1 day. A duration
 * given in hours or days keeps its unit (`Duration.hours(1)` is `1h`).
 */
export function mqlInterval(interval: Duration): string | undefined {
  if (!(interval instanceof Duration) || interval.isUnresolved) return undefined;
  const seconds = interval.toSeconds();
  // The bounds are the grammar's (MQL_INTERVALS), so a metric never renders an interval the alarm check refuses.
  if (interval.unit === "days" && seconds === MQL_INTERVALS.d * 86_400) return `${MQL_INTERVALS.d}d`;
  const minutes = seconds / 60;
  if (interval.unit !== "hours" && Number.isInteger(minutes) && minutes >= 1 && minutes <= MQL_INTERVALS.m) return `${minutes}m`;
  const hours = seconds / 3600;
  if (Number.isInteger(hours) && hours >= 1 && hours <= MQL_INTERVALS.h) return `${hours}h`;
  return undefined;
}

const PLAIN_STATISTICS = MQL_STATISTICS.filter((s) => s !== "absent" && s !== "percentile");
const STATISTIC = new RegExp(`^(${PLAIN_STATISTICS.join("|")}|percentile\\(0\\.\\d*[1-9]\\d*\\))$`);
const METRIC_NAME = /^[A-Za-z0-9][A-Za-z0-9_]*$/;
/** Metric namespaces: a letter, then letters, digits and '_' (https://docs.oracle.com/iaas/api/#/en/monitoring/20180401/datatypes/MetricDataDetails). */
export const METRIC_NAMESPACE = /^[A-Za-z][A-Za-z0-9_]*$/;
export const METRIC_NAMESPACE_RULE = "must be a metric namespace: a letter, then letters, digits or '_' (e.g. oci_faas, oci_apigateway)";
const DIMENSION = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/**
 * A Monitoring metric of one resource, in the style of AWS CDK's `Metric`:
 * namespace, name, the dimensions that scope it, a statistic and an interval,
 * rendered as MQL (`FunctionResponseCount[1m]{resourceId = "<ocid>",
 * responseType = "Error"}.sum()`). Resources hand out their metrics
 * (`fn.metricErrors()`, `deployment.metricHttpResponses({ statusCategory:
 * "5xx" })`, `topic.metricFailedMessages()`); `metric.createAlarm(...)` or
 * `new Alarm(scope, id, { metric, threshold, ... })` turns one into an alarm.
 * The MQL is checked against the grammar when an alarm uses it.
 */
export class Metric {
  public readonly namespace: string;
  public readonly metricName: string;
  /** The dimension filters, in the order they are written. */
  public readonly dimensions: Readonly<Record<string, string>>;
  public readonly statistic: MetricStatistic;
  public readonly interval: Duration;
  public readonly compartmentId?: string;
  public readonly unit?: string;

  constructor(props: MetricProps) {
    this.namespace = props.namespace;
    this.metricName = props.metricName;
    this.dimensions = { ...props.dimensions };
    this.statistic = props.statistic ?? "sum";
    this.interval = props.interval ?? Duration.minutes(1);
    this.compartmentId = props.compartmentId;
    this.unit = props.unit;
  }

  /** The same metric with other options; `dimensions` are added to (and override) the current ones. */
  public with(options: MetricOptions & { readonly compartmentId?: string }): Metric {
    return new Metric({
      namespace: this.namespace,
      metricName: this.metricName,
      unit: this.unit,
      compartmentId: options.compartmentId ?? this.compartmentId,
      statistic: options.statistic ?? this.statistic,
      interval: options.interval ?? this.interval,
      dimensions: { ...this.dimensions, ...options.dimensions },
    });
  }

  /** The MQL series: `Name[interval]{dim = "value", ...}.statistic()`. An interval MQL cannot express is written as given (an alarm refuses it). */
  public toMql(): string {
    const dims = Object.entries(this.dimensions).map(([k, v]) => `${k} = "${v}"`);
    const statistic = /^percentile\(/.test(this.statistic) ? this.statistic : `${this.statistic}()`;
    return `${this.metricName}[${mqlInterval(this.interval) ?? String(this.interval)}]${dims.length ? `{${dims.join(", ")}}` : ""}.${statistic}`;
  }

  /**
   * Why this metric cannot be queried, as `[field, value, allowed]` triples
   * for the construct that uses it (an alarm records them under `metric.*`).
   */
  public problems(): Array<[string, unknown, string]> {
    const out: Array<[string, unknown, string]> = [];
    if (typeof this.namespace !== "string" || !METRIC_NAMESPACE.test(this.namespace)) out.push(["namespace", this.namespace, METRIC_NAMESPACE_RULE]);
    if (typeof this.metricName !== "string" || !METRIC_NAME.test(this.metricName)) out.push(["metricName", this.metricName, "must be a metric name: letters, digits and '_', starting with a letter or digit"]);
    if (mqlInterval(this.interval) === undefined) out.push(["interval", this.interval, "must be a Duration MQL can aggregate over: 1-60 minutes, 1-24 hours or 1 day"]);
    if (!STATISTIC.test(String(this.statistic))) out.push(["statistic", this.statistic, `must be an MQL statistic: ${PLAIN_STATISTICS.join(", ")} or percentile(p) with 0 < p < 1`]);
    for (const [name, value] of Object.entries(this.dimensions)) {
      if (!DIMENSION.test(name)) out.push([`dimensions.${name}`, name, "must be a dimension name: letters, digits, '_', '.' or '-', starting with a letter"]);
      if (typeof value !== "string" || (!isToken(value) && (!value || /["\r\n]/.test(value)))) out.push([`dimensions.${name}`, value, "must be a non-empty dimension value without double quotes or line breaks"]);
    }
    return out;
  }

  /** An alarm on this metric: it fires when `<statistic> <comparison> <threshold>` holds (see {@link MetricAlarmOptions}). */
  public createAlarm(scope: Construct, id: string, options: MetricAlarmOptions): Alarm {
    return new Alarm(scope, id, { ...options, metric: this });
  }
}
