import { Construct } from "constructs";
import { LoggingLog } from "../../.gen/providers/oci/logging-log";
import { checkOneOf, checkPattern, OciEnvironment } from "../core";
import { ILogGroup } from "./log-group";

/** Retention OCI accepts, in days (30-day steps). */
export const LOG_RETENTION_DAYS = [30, 60, 90, 120, 150, 180] as const;

/** The service-log sources the pipeline enables (service, category, and what `resource` names). */
export const SERVICE_LOG_SOURCES = {
  /** Function invocation logs; resource = the application OCID. */
  functionsInvoke: { service: "functions", category: "invoke" },
  /** API Gateway access logs; resource = the deployment OCID. */
  apiGatewayAccess: { service: "apigateway", category: "access" },
  /** API Gateway execution logs; resource = the deployment OCID. */
  apiGatewayExecution: { service: "apigateway", category: "execution" },
  /** Events rule execution logs; resource = the rule OCID. */
  eventsRuleExecution: { service: "cloudevents", category: "ruleexecutionlog" },
} as const;

export type ServiceLogSource = keyof typeof SERVICE_LOG_SOURCES;

export interface ServiceLogProps {
  /** The log group that holds the log (a {@link LogGroup} or `LogGroup.fromLogGroupAttributes`). */
  readonly logGroup: ILogGroup;
  /** Which service log to enable. */
  readonly source: ServiceLogSource;
  /** OCID of the resource the log is about (application, deployment or rule). */
  readonly resourceId: string;
  /** Display name, unique in the log group. */
  readonly displayName: string;
  /** Compartment of the logged resource (OCI records it in the log configuration). Default: the log group's compartment. */
  readonly resourceCompartmentId?: string;
  /** Days to keep entries: 30, 60, 90, 120, 150 or 180. Default 30. */
  readonly retentionDays?: (typeof LOG_RETENTION_DAYS)[number];
}

/** An OCI service log (`oci_logging_log`, type SERVICE), e.g. function invoke logs. */
export class ServiceLog extends Construct {
  public readonly resource: LoggingLog;

  constructor(scope: Construct, id: string, props: ServiceLogProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    checkPattern(this, "displayName", props.displayName, /^[A-Za-z0-9._-]{1,100}$/, "must be 1-100 letters, digits, '.', '_' or '-'");
    checkOneOf(this, "source", props.source, Object.keys(SERVICE_LOG_SOURCES) as ServiceLogSource[]);
    const retention = checkOneOf(this, "retentionDays", props.retentionDays ?? 30, LOG_RETENTION_DAYS);
    const { service, category } = SERVICE_LOG_SOURCES[props.source];
    this.resource = new LoggingLog(this, "log", {
      displayName: props.displayName,
      logGroupId: props.logGroup.logGroupId,
      logType: "SERVICE",
      isEnabled: true,
      retentionDuration: retention,
      configuration: {
        compartmentId: props.resourceCompartmentId ?? props.logGroup.compartmentId,
        source: { sourceType: "OCISERVICE", service, category, resource: props.resourceId },
      },
      freeformTags: env.tags(),
    });
  }
}
