import { Construct } from "constructs";
import { LoggingLogGroup } from "../../.gen/providers/oci/logging-log-group";
import { checkCompartmentOcid, checkPattern, OciEnvironment } from "../core";

export interface LogGroupProps {
  /** Display name, unique in the compartment (letters, digits, '-', '_', '.'; 1-100). */
  readonly displayName: string;
  /** Compartment; defaults to the environment's. */
  readonly compartmentId?: string;
  /** What the group collects. */
  readonly description?: string;
}

/** An OCI Logging log group. */
export class LogGroup extends Construct {
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
