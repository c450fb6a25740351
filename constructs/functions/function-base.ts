import { createHash } from "node:crypto";
import { Construct, IConstruct } from "constructs";
import { EventActionConfig, IEventRule, IEventRuleTarget } from "../events/target";
import { Condition, DynamicGroup, Grant, IGrantable, IPrincipal, MatchingRule, Principals } from "../iam";
import { Metric, MetricOptions, resourceMetric, ResourceMetricProps } from "../monitoring";
import { FUNCTION_METRICS } from "./metrics";

/**
 * A function as other constructs use it: invoked by Events, Notifications and
 * API Gateway (each through {@link IFunction.grantInvoke}), and granted access
 * to other resources through its own identity (a dynamic group scoped to its
 * OCID), e.g. `secret.grantRead(fn)`. Owned ({@link OciFunction}) and imported
 * (`OciFunction.fromFunctionAttributes`) functions implement it alike;
 * changing a function's configuration is only possible on an owned one.
 */
export interface IFunction extends IConstruct, IGrantable, IEventRuleTarget {
  /** OCID of the function (`${oci_functions_function.x.id}` or a literal for an imported one). */
  readonly functionId: string;
  /** Compartment of the function's application: invoke grants are written for it. */
  readonly compartmentId: string;
  /** Lets `grantee` invoke this function: `use functions-family` in the function's compartment, with the grantee's conditions. */
  grantInvoke(grantee: IGrantable): Grant;
  /** A metric of this function (namespace `oci_faas`, scoped by `resourceId` = its OCID). */
  metric(metricName: string, options?: MetricOptions): Metric;
  /** Invocations (`FunctionInvocationCount`, count, sum). */
  metricInvocations(options?: MetricOptions): Metric;
  /** Failed invocations (`FunctionResponseCount` with `responseType = "Error"`, count, sum). */
  metricErrors(options?: MetricOptions): Metric;
  /** Throttled invocations, answered 429 (`FunctionResponseCount` with `responseType = "Throttled"`, count, sum). */
  metricThrottles(options?: MetricOptions): Metric;
  /** Execution time (`FunctionExecutionDuration`, ms, mean). */
  metricDuration(options?: MetricOptions): Metric;
}

/**
 * What owned and imported functions share: the invoke grant, the Events
 * target binding, the identity dynamic group created on first grant, and the
 * function's metrics (namespace `oci_faas`, dimension `resourceId` = the
 * function's OCID, posted in its application's compartment).
 */
export abstract class FunctionBase extends Construct implements IFunction {
  public abstract readonly functionId: string;
  public abstract readonly compartmentId: string;
  /** The name part of the identity group, `<env>-fn-<label>-<hash>` (the function's display name, or the import's id). */
  protected abstract readonly identityLabel: string;
  /** The identity group's description. */
  protected abstract identityDescription(): string;
  private identityGroup?: DynamicGroup;

  /**
   * The function's identity: a dynamic group `<env>-fn-<name>-<hash>` with the
   * rule `ALL {resource.type = 'fnfunc', resource.id = '<function OCID>'}`,
   * created on first use under construct id `identity` (a fixed address), so a
   * function that is granted nothing adds no dynamic group to the tenancy.
   */
  public get identity(): DynamicGroup {
    if (!this.identityGroup) {
      const hash = createHash("sha256").update(this.node.path).digest("hex").slice(0, 8);
      this.identityGroup = new DynamicGroup(this, "identity", {
        name: `fn-${this.identityLabel.slice(0, 77)}-${hash}`,
        description: this.identityDescription(),
        matchingRule: MatchingRule.all(Condition.eq("resource.type", "fnfunc"), Condition.eq("resource.id", this.functionId)),
      });
    }
    return this.identityGroup;
  }

  /** The function as a grant principal (its dynamic group), e.g. for `secret.grantRead(fn)`. */
  public get grantPrincipal(): IPrincipal {
    return this.identity.grantPrincipal;
  }

  /** Lets `grantee` invoke the function: `use functions-family` in the function's compartment, narrowed by the grantee's own conditions. */
  public grantInvoke(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, verb: "use", resourceType: "functions-family", compartmentId: this.compartmentId, target: this });
  }

  /**
   * A metric of this function: namespace `oci_faas`, scoped by `resourceId`
   * (the function's OCID, which `options.dimensions` cannot replace), in the
   * function's compartment.
   */
  public metric(metricName: string, options: MetricOptions = {}): Metric {
    return this.functionMetric({ metricName }, options);
  }

  /** Invocations of the function (`FunctionInvocationCount`, count; sum per interval). */
  public metricInvocations(options: MetricOptions = {}): Metric {
    return this.functionMetric({ metricName: FUNCTION_METRICS.invocations, unit: "count" }, options);
  }

  /** Invocations that failed (`FunctionResponseCount` where `responseType = "Error"`, count; sum per interval). */
  public metricErrors(options: MetricOptions = {}): Metric {
    return this.functionMetric({ metricName: FUNCTION_METRICS.responses, unit: "count", fixedDimensions: { responseType: "Error" } }, options);
  }

  /** Invocations refused with 429 Too Many Requests (`FunctionResponseCount` where `responseType = "Throttled"`, count; sum per interval). */
  public metricThrottles(options: MetricOptions = {}): Metric {
    return this.functionMetric({ metricName: FUNCTION_METRICS.responses, unit: "count", fixedDimensions: { responseType: "Throttled" } }, options);
  }

  /** Execution time (`FunctionExecutionDuration`, ms; mean per interval). */
  public metricDuration(options: MetricOptions = {}): Metric {
    return this.functionMetric({ metricName: FUNCTION_METRICS.duration, unit: "ms", statistic: "mean" }, options);
  }

  private functionMetric(props: Omit<ResourceMetricProps, "namespace" | "scope" | "compartmentId">, options: MetricOptions): Metric {
    return resourceMetric({ ...props, namespace: FUNCTION_METRICS.namespace, scope: { dimension: "resourceId", value: this.functionId }, compartmentId: this.compartmentId }, options);
  }

  /** Events rule action `FAAS` for this function; grants the Events service (`cloudEvents`) invoke. */
  public bindAsEventRuleTarget(rule: IEventRule): EventActionConfig {
    this.grantInvoke(Principals.service("cloudEvents", rule));
    return { actionType: "FAAS", functionId: this.functionId };
  }
}
