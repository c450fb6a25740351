import { Construct, IConstruct } from "constructs";
import { LoggingLogGroup } from "../../.gen/providers/oci/logging-log-group";
import { checkCompartmentOcid, checkOcid, checkPattern, OciEnvironment, OCID_TYPES } from "../core";

/**
 * A log group as service logs see it: an owned {@link LogGroup} or one
 * imported with {@link LogGroup.fromLogGroupAttributes}.
 */
export interface ILogGroup extends IConstruct {
  /** OCID of the log group. */
  readonly logGroupId: string;
  /** Compartment of the log group. */
  readonly compartmentId: string;
}

export interface LogGroupProps {
  /** Display name, unique in the compartment (letters, digits, '-', '_', '.'; 1-100). */
  readonly displayName: string;
  /** Compartment; defaults to the environment's. */
  readonly compartmentId?: string;
  /** What the group collects. */
  readonly description?: string;
}

/** What {@link LogGroup.fromLogGroupAttributes} needs to know about an existing log group. */
export interface LogGroupAttributes {
  /** OCID of the log group (`ocid1.loggroup.<realm>.<region>.<id>`). */
  readonly logGroupId: string;
  /** Compartment of the log group (service logs of an application must be in the application's). */
  readonly compartmentId: string;
}

/** An OCI Logging log group. */
export class LogGroup extends Construct implements ILogGroup {
  /** A log group that exists outside this app, to hold service logs (function invoke, gateway, rule execution logs) created here. Creates no resource. */
  public static fromLogGroupAttributes(scope: Construct, id: string, attributes: LogGroupAttributes): ILogGroup {
    return new ImportedLogGroup(scope, id, attributes);
  }

  public readonly resource: LoggingLogGroup;
  public readonly logGroupId: string;
  public readonly compartmentId: string;

  constructor(scope: Construct, id: string, props: LogGroupProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    checkPattern(this, "displayName", props.displayName, /^[A-Za-z0-9._-]{1,100}$/, "must be 1-100 letters, digits, '.', '_' or '-'");
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid);
    this.resource = new LoggingLogGroup(this, "group", {
      compartmentId: this.compartmentId,
      displayName: props.displayName,
      description: props.description,
      freeformTags: env.tags(),
    });
    this.logGroupId = this.resource.id;
  }
}

/** A log group created outside this app, known by OCID. */
class ImportedLogGroup extends Construct implements ILogGroup {
  public readonly logGroupId: string;
  public readonly compartmentId: string;

  constructor(scope: Construct, id: string, attributes: LogGroupAttributes) {
    super(scope, id);
    // The logs added to it are created through the environment's region: the group must be there.
    // Resources are regional: https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm
    this.logGroupId = checkOcid(this, "logGroupId", attributes.logGroupId, OCID_TYPES.logGroup, { region: OciEnvironment.of(this).region });
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", attributes.compartmentId);
  }
}
