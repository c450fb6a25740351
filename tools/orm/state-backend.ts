import { Construct } from "constructs";
import { DataTerraformRemoteStateLocal, TerraformBackend, TerraformRemoteState, TerraformStack } from "cdktf";
import { DataOciResourcemanagerStacks } from "../../.gen/providers/oci/data-oci-resourcemanager-stacks";
import { DataOciResourcemanagerStackTfState } from "../../.gen/providers/oci/data-oci-resourcemanager-stack-tf-state";
import { checkCompartmentOcid, checkOcid, checkPattern, OCID_TYPES, reject } from "../../constructs/core";
import { ResourceManagerStackSettings, terraformVersionProblem } from "./settings";

export type ResourceManagerBackendProps = Omit<ResourceManagerStackSettings, "displayName">;

/**
 * State kept by OCI Resource Manager: the stack synthesizes no `backend` block
 * (Resource Manager stores, locks and versions each stack's state itself) and
 * records its Resource Manager settings for `orm package` / `orm deploy`.
 *
 * Another stack's references to this one (cdktf cross-stack references) resolve
 * through Resource Manager as its documentation describes: the consumer finds this
 * stack by display name in its compartment (`oci_resourcemanager_stacks`, exactly one
 * ACTIVE stack or the plan stops), downloads its state to a local file
 * (`oci_resourcemanager_stack_tf_state`) and reads the outputs with a
 * `terraform_remote_state` on the local backend.
 * https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/authoring-configurations.htm
 */
export class ResourceManagerBackend extends TerraformBackend {
  public readonly settings: ResourceManagerStackSettings;

  constructor(stack: TerraformStack, props: ResourceManagerBackendProps) {
    super(stack, "backend", "resource-manager");
    const problem = terraformVersionProblem(props.terraformVersion);
    if (problem) reject(this, "resourceManager.terraformVersion", props.terraformVersion, problem);
    checkCompartmentOcid(this, "resourceManager.compartmentOcid", props.compartmentId);
    checkOcid(this, "tenancyOcid", props.tenancyId, OCID_TYPES.tenancy);
    checkPattern(this, "pipeline", props.pipeline, /^[a-z][a-z0-9-]*$/, "must be lower-case letters, digits and dashes");
    this.settings = { ...props, displayName: stack.node.id };
  }

  /** No backend block: Resource Manager keeps the state (a backend would point Terraform elsewhere). */
  public toTerraform(): any {
    return {};
  }

  public toHclTerraform(): any {
    return {};
  }

  public toMetadata(): any {
    return { backend: "resource-manager", resourceManager: this.settings };
  }

  public getRemoteStateDataSource(scope: Construct, name: string, fromStack: string): TerraformRemoteState {
    const stack = new DataOciResourcemanagerStacks(scope, `${name}-stack`, {
      compartmentId: this.settings.compartmentId,
      displayName: this.settings.displayName,
      state: "ACTIVE",
      lifecycle: {
        postcondition: [
          {
            condition: "${length(self.stacks) == 1}",
            errorMessage: `Expected exactly one ACTIVE Resource Manager stack named ${this.settings.displayName} in compartment ${this.settings.compartmentId}: deploy it first (oci-pipelines orm deploy ${this.settings.environment} --apply), or remove the duplicate.`,
          },
        ],
      },
    });
    const state = new DataOciResourcemanagerStackTfState(scope, `${name}-state`, {
      stackId: stack.stacks.get(0).id,
      localPath: `${fromStack}.tfstate`,
    });
    return new DataTerraformRemoteStateLocal(scope, name, { path: state.localPath });
  }
}
