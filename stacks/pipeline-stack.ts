import { Construct } from "constructs";
import { TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { OciEnvironment } from "oci-event-pipelines/core";
import { EnvironmentConfig } from "./environments";
import { configureState } from "./state";

/**
 * A stack of one pipeline in one environment, named `<pipeline>-<env>`: its own
 * environment context (providers, default compartment, name prefix, tags) and
 * state, so each plan stays small and reviewable.
 */
export abstract class PipelineStack extends TerraformStack {
  public readonly env: OciEnvironment;

  constructor(scope: Construct, pipeline: string, public readonly config: EnvironmentConfig) {
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

  /** A sensitive input supplied at deploy time (TF_VAR_<name>), never stored in code. */
  public sensitiveVariable(name: string, description: string): TerraformVariable {
    return new TerraformVariable(this, name, { type: "string", sensitive: true, description, nullable: false });
  }

  /** A stack output (shown after `cdktf deploy`, readable by other tooling). */
  protected output(name: string, value: string, description: string): TerraformOutput {
    return new TerraformOutput(this, name, { value, description });
  }
}
