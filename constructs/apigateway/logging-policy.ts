import { IConstruct } from "constructs";
import { ApigatewayDeploymentSpecificationLoggingPolicies } from "../../.gen/providers/oci/apigateway-deployment";
import { checkOneOf, Duration } from "../core";
import { ILogGroup } from "../logging";
import { EXECUTION_LOG_LEVELS, ExecutionLogLevel } from "./limits";

/**
 * Default execution-log verbosity: WARN keeps warnings and errors (failed
 * authentication, validation, backend errors) without the per-request INFO
 * detail that the access log already records.
 */
export const DEFAULT_EXECUTION_LOG_LEVEL: ExecutionLogLevel = "WARN";

/** A route's override of the deployment's log settings. */
export interface RouteLoggingOptions {
  /** Access-log entries for this route. Default: the deployment's setting. */
  readonly accessLog?: boolean;
  /** Execution-log entries for this route. Default: the deployment's setting. */
  readonly executionLog?: boolean;
  /** Execution-log verbosity for this route: INFO, WARN or ERROR. Default: the deployment's. */
  readonly executionLogLevel?: ExecutionLogLevel;
}

/** Access and execution logs of a deployment, kept in OCI Logging. */
export interface ApiLoggingOptions extends RouteLoggingOptions {
  /** Access log (`oci_logging_log`, service `apigateway`, category `access`). Default true; `false` is the explicit opt-out. */
  readonly accessLog?: boolean;
  /** Execution log (category `execution`). Default true; `false` is the explicit opt-out. */
  readonly executionLog?: boolean;
  /** Execution-log verbosity: INFO, WARN or ERROR. Default {@link DEFAULT_EXECUTION_LOG_LEVEL} (WARN). */
  readonly executionLogLevel?: ExecutionLogLevel;
  /** Log group for both logs (a `LogGroup` or `LogGroup.fromLogGroupAttributes`). Default: a new group `<deployment displayName>-logs` in the deployment's compartment. */
  readonly logGroup?: ILogGroup;
  /** How long entries are kept: 30, 60, 90, 120, 150 or 180 days (`Duration.days(90)`). Default 30 days. */
  readonly retention?: Duration;
}

/** Validates log settings (`field` is `logging` or `routes[/x].logging`) and returns the `logging_policies` block. */
export function renderLoggingPolicies(scope: IConstruct, field: string, o: RouteLoggingOptions): ApigatewayDeploymentSpecificationLoggingPolicies | undefined {
  const level = o.executionLogLevel && checkOneOf(scope, `${field}.executionLogLevel`, o.executionLogLevel, EXECUTION_LOG_LEVELS);
  const accessLog = o.accessLog !== undefined ? { isEnabled: o.accessLog } : undefined;
  const executionLog = o.executionLog !== undefined || level ? { isEnabled: o.executionLog, logLevel: level } : undefined;
  return accessLog || executionLog ? { accessLog, executionLog } : undefined;
}
