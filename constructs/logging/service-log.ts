import { Construct } from "constructs";
import { LoggingLog } from "../../.gen/providers/oci/logging-log";
import { checkCompartmentOcid, checkDuration, checkOcid, checkOneOf, checkPattern, checkReference, Duration, DurationBounds, OciEnvironment, OCID_TYPES } from "../core";
import { ILogGroup } from "./log-group";

/** Retention OCI accepts (`retention_duration`, in days): 30 to 180 days in 30-day steps. */
export const LOG_RETENTION: DurationBounds = { unit: "days", min: Duration.days(30), max: Duration.days(180), allowed: [30, 60, 90, 120, 150, 180] };
/** The retention of a log when none is given. */
export const DEFAULT_LOG_RETENTION = Duration.days(30);

/** The service-log sources the pipeline enables (service, category, and the kind of resource `resource` names, as its OCID type). */
export const SERVICE_LOG_SOURCES = {
  /** Function invocation logs; resource = the application OCID. */
  functionsInvoke: { service: "functions", category: "invoke", resourceTypes: OCID_TYPES.functionApplication },
  /** API Gateway access logs; resource = the deployment OCID. */
  apiGatewayAccess: { service: "apigateway", category: "access", resourceTypes: OCID_TYPES.apiDeployment },
  /** API Gateway execution logs; resource = the deployment OCID. */
  apiGatewayExecution: { service: "apigateway", category: "execution", resourceTypes: OCID_TYPES.apiDeployment },
  /** Events rule execution logs; resource = the rule OCID. */
  eventsRuleExecution: { service: "cloudevents", category: "ruleexecutionlog", resourceTypes: OCID_TYPES.eventRule },
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
  /** How long entries are kept: 30, 60, 90, 120, 150 or 180 days (`Duration.days(90)`). Default 30 days. */
  readonly retention?: Duration;
}

/** An OCI service log (`oci_logging_log`, type SERVICE), e.g. function invoke logs. */
export class ServiceLog extends Construct {
  public readonly resource: LoggingLog;

  constructor(scope: Construct, id: string, props: ServiceLogProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    checkPattern(this, "displayName", props.displayName, /^[A-Za-z0-9._-]{1,100}$/, "must be 1-100 letters, digits, '.', '_' or '-'");
    checkOneOf(this, "source", props.source, Object.keys(SERVICE_LOG_SOURCES) as ServiceLogSource[]);
    const retention = checkDuration(this, "retention", props.retention ?? DEFAULT_LOG_RETENTION, LOG_RETENTION);
    const { service, category, resourceTypes } = SERVICE_LOG_SOURCES[props.source] ?? SERVICE_LOG_SOURCES.functionsInvoke;
    // The log is about one resource of the source's kind: an application's OCID for invoke logs, a deployment's for gateway logs.
    checkOcid(this, "resourceId", props.resourceId, resourceTypes);
    const logGroupId = checkReference(this, "logGroup", props.logGroup, "logGroupId", OCID_TYPES.logGroup, "must be a log group (a LogGroup, or LogGroup.fromLogGroupAttributes)") ?? "";
    const resourceCompartmentId = checkCompartmentOcid(this, "resourceCompartmentId", props.resourceCompartmentId ?? props.logGroup?.compartmentId);
    this.resource = new LoggingLog(this, "log", {
      displayName: props.displayName,
      logGroupId,
      logType: "SERVICE",
      isEnabled: true,
      retentionDuration: retention,
      configuration: {
        compartmentId: resourceCompartmentId,
        source: { sourceType: "OCISERVICE", service, category, resource: props.resourceId },
      },
      freeformTags: env.tags(),
    });
  }
}
