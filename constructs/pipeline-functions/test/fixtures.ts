import { TerraformStack } from "cdktf";
import { FunctionApplication } from "../../functions";
import { Subnet } from "../../network";
import { testStack } from "../../testing";
import { ISecret, Secret, SecretContent, Vault } from "../../vault";

export const SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnet";
export const REGISTRY = "fra.ocir.io/frtenancy/pipeline";
export const EXISTING_SECRET = "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaaexistingsecret";

export interface PipelineFixture {
  stack: TerraformStack;
  application: FunctionApplication;
  /** A new Vault secret named `name` (construct id = name). */
  secret(name: string): ISecret;
  /** An existing secret, imported. */
  imported(id: string, ocid?: string): ISecret;
}

/** A stack with an application `functions` (no invoke logs) and a vault `vault` for secrets. */
export function pipelineStack(): PipelineFixture {
  const { stack } = testStack();
  const application = new FunctionApplication(stack, "functions", { displayName: "pipeline", subnets: [Subnet.fromOcid(stack, "subnet", SUBNET)], invokeLogs: false });
  let vault: Vault | undefined;
  return {
    stack,
    application,
    secret(name) {
      vault ??= new Vault(stack, "vault", { displayName: "pipeline" });
      const key = vault.node.tryFindChild("key") ? (vault.node.findChild("key") as ReturnType<Vault["addKey"]>) : vault.addKey("key", { displayName: "pipeline-key" });
      return new Secret(stack, name, { vault, key, secretName: name, content: SecretContent.generated({ type: "PASSPHRASE", template: "SECRETS_DEFAULT_PASSWORD", passphraseLength: 32 }) });
    },
    imported: (id, ocid = EXISTING_SECRET) => Secret.fromSecretAttributes(stack, id, { secretId: ocid, compartmentId: "ocid1.compartment.oc1..aaaaaaaasecurity" }),
  };
}
