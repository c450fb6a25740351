import { TerraformStack, TerraformVariable } from "cdktf";
import { MasterKey, Vault } from "..";
import { resourcesOf, testStack } from "../../testing";

export const SECURITY_COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaasecurity";
export const EXISTING_VAULT = "ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaaexistingvault";
export const EXISTING_KEY = "ocid1.key.oc1.eu-frankfurt-1.aaaaaaaaexistingkey";
export const EXISTING_SECRET = "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaaexistingsecret";
export const SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnet";
export const IMAGE = "fra.ocir.io/frtenancy/pipeline/processor:1.4.2";

export interface VaultFixture {
  stack: TerraformStack;
  vault: Vault;
  key: MasterKey;
  credentials: TerraformVariable;
}

/** A stack with a vault `vault`, its key `vault/key` and a sensitive string variable `credentials`. */
export function vaultStack(): VaultFixture {
  const { stack } = testStack();
  const vault = new Vault(stack, "vault", { displayName: "pipeline-secrets" });
  const key = vault.addKey("key", { displayName: "pipeline-secrets-key" });
  const credentials = new TerraformVariable(stack, "credentials", { type: "string", sensitive: true, description: "SMS provider credentials" });
  return { stack, vault, key, credentials };
}

/** Bodies of one resource type keyed by one of their attributes (e.g. secret_name). */
export function byDisplayNameOf(doc: unknown, type: string, attribute: string): Record<string, any> {
  return Object.fromEntries(Object.values(resourcesOf(doc, type)).map((body: any) => [body[attribute], body]));
}
