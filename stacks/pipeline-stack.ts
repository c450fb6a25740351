import { Construct } from "constructs";
import { TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { ApiDeploymentBase } from "oci-event-pipelines/apigateway";
import { OciEnvironment } from "oci-event-pipelines/core";
import { FunctionBase } from "oci-event-pipelines/functions";
import { EnvironmentConfig } from "./environments";
import { configureState } from "./state";

/**
 * A stack of one pipeline in one environment, named `<pipeline>-<env>`: its own
 * environment context (providers, default compartment, name prefix, tags) and
 * state, so each plan stays small and reviewable.
 */
export abstract class PipelineStack extends TerraformStack {
  public readonly env: OciEnvironment;

  constructor(
    scope: Construct,
    /** The pipeline's name, the first part of the stack's (`<pipeline>-<env>`). */
    public readonly pipeline: string,
    public readonly config: EnvironmentConfig,
  ) {
    super(scope, `${pipeline}-${config.name}`);
    this.env = new OciEnvironment(this, {
      name: config.name,
      region: config.region,
      homeRegion: config.homeRegion,
      tenancyOcid: config.tenancyOcid,
      compartmentOcid: config.compartmentOcid,
      auth: config.auth,
      freeformTags: { ...config.freeformTags, pipeline },
    });
    configureState(this, config, pipeline);
  }

  /**
   * Every function of this stack (owned or imported; whichever construct made
   * it, `OciFunction` or a typed wrapper around one), found in the construct
   * tree: what the alarm pipeline watches.
   */
  public get functions(): FunctionBase[] {
    return this.node.findAll().filter((c): c is FunctionBase => c instanceof FunctionBase);
  }

  /** Every API deployment of this stack (owned or imported), found in the construct tree. */
  public get apiDeployments(): ApiDeploymentBase[] {
    return this.node.findAll().filter((c): c is ApiDeploymentBase => c instanceof ApiDeploymentBase);
  }

  /** A sensitive input supplied at deploy time (TF_VAR_<name>), never stored in code. */
  public sensitiveVariable(name: string, description: string): TerraformVariable {
    return new TerraformVariable(this, name, { type: "string", sensitive: true, description, nullable: false });
  }

  /** A stack output (shown after `cdktf deploy`, readable by other tooling). */
  protected output(name: string, value: string, description: string): TerraformOutput {
    return new TerraformOutput(this, name, { value, description });
  }
}
