import { Construct, IConstruct } from "constructs";
import { Metric, MetricOptions, resourceMetric, ResourceMetricProps } from "../monitoring";
import { API_GATEWAY_METRICS, HttpStatusCategory } from "./metrics";

/** Which responses an HTTP-response metric counts. */
export interface HttpResponseMetricOptions extends MetricOptions {
  /** Only responses of this status category (`httpStatusCategory`), e.g. `5xx`. Default: all. */
  readonly statusCategory?: HttpStatusCategory;
  /** Only responses with this status code (`httpStatusCode`), e.g. 502. Default: all. */
  readonly statusCode?: number;
}

/**
 * An API deployment as other constructs see it: an owned
 * {@link ApiDeployment} or one imported with
 * `ApiDeployment.fromApiDeploymentAttributes`, e.g. as the `resourceId` of
 * its access and execution logs (`ServiceLog`), or for its metrics.
 */
export interface IApiDeployment extends IConstruct {
  /** OCID of the deployment. */
  readonly deploymentId: string;
  /** Compartment of the deployment. */
  readonly compartmentId: string;
  /** A metric of this deployment (namespace `oci_apigateway`, scoped by `deploymentId`). */
  metric(metricName: string, options?: MetricOptions): Metric;
  /** Requests from API clients (`HttpRequests`, count, sum). */
  metricHttpRequests(options?: MetricOptions): Metric;
  /** Responses the gateway sent for this deployment (`HttpResponses`, count, sum), e.g. `{ statusCategory: "5xx" }`. */
  metricHttpResponses(options?: HttpResponseMetricOptions): Metric;
  /** Responses of the deployment's back ends (`BackendHttpResponses`, count, sum), by the back end's status. */
  metricBackendHttpResponses(options?: HttpResponseMetricOptions): Metric;
  /** Gateway latency of the deployment's requests (`Latency`, seconds, mean). */
  metricLatency(options?: MetricOptions): Metric;
}

/**
 * The common base of owned and imported deployments: what both offer, such as
 * the deployment's gateway metrics (namespace `oci_apigateway`, dimension
 * `deploymentId` = the deployment's OCID).
 */
export abstract class ApiDeploymentBase extends Construct implements IApiDeployment {
  public abstract readonly deploymentId: string;
  public abstract readonly compartmentId: string;

  /**
   * A metric of this deployment: namespace `oci_apigateway`, scoped by
   * `deploymentId` (which `options.dimensions` cannot replace), in the
   * deployment's compartment.
   */
  public metric(metricName: string, options: MetricOptions = {}): Metric {
    return this.deploymentMetric({ metricName }, options);
  }

  /** Requests from API clients (`HttpRequests`, count; sum per interval). */
  public metricHttpRequests(options: MetricOptions = {}): Metric {
    return this.deploymentMetric({ metricName: API_GATEWAY_METRICS.httpRequests, unit: "count" }, options);
  }

  /** Responses the gateway sent (`HttpResponses`, count; sum per interval), optionally of one `statusCategory` (`httpStatusCategory`) or `statusCode`. */
  public metricHttpResponses(options: HttpResponseMetricOptions = {}): Metric {
    return this.statusMetric(API_GATEWAY_METRICS.httpResponses, "http", options);
  }

  /** Responses of the back ends (`BackendHttpResponses`, count; sum per interval), optionally of one back-end `statusCategory` (`backendHttpStatusCategory`) or `statusCode`. */
  public metricBackendHttpResponses(options: HttpResponseMetricOptions = {}): Metric {
    return this.statusMetric(API_GATEWAY_METRICS.backendHttpResponses, "backendHttp", options);
  }

  /** Gateway latency, first request byte to response sent (`Latency`, seconds; mean per interval). */
  public metricLatency(options: MetricOptions = {}): Metric {
    return this.deploymentMetric({ metricName: API_GATEWAY_METRICS.latency, unit: "seconds", statistic: "mean" }, options);
  }

  private statusMetric(metricName: string, prefix: "http" | "backendHttp", options: HttpResponseMetricOptions): Metric {
    const { statusCategory, statusCode, ...rest } = options;
    const fixed: Record<string, string> = {};
    if (statusCategory !== undefined) fixed[`${prefix}StatusCategory`] = statusCategory;
    if (statusCode !== undefined) fixed[`${prefix}StatusCode`] = String(statusCode);
    return this.deploymentMetric({ metricName, unit: "count", fixedDimensions: fixed }, rest);
  }

  private deploymentMetric(props: Omit<ResourceMetricProps, "namespace" | "scope" | "compartmentId">, options: MetricOptions): Metric {
    return resourceMetric({ ...props, namespace: API_GATEWAY_METRICS.namespace, scope: { dimension: "deploymentId", value: this.deploymentId }, compartmentId: this.compartmentId }, options);
  }
}
