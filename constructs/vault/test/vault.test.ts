import { Vault } from "..";
import { onlyResource, rejected, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";
import { EXISTING_VAULT, SECURITY_COMPARTMENT } from "./fixtures";

describe("Vault", () => {
  test("DEFAULT vault in the environment's compartment, protected from destroy", () => {
    const { stack } = testStack();
    new Vault(stack, "vault", { displayName: "pipeline-secrets" });
    expect(onlyResource(synthValid(stack), "oci_kms_vault")).toEqual({
      compartment_id: TEST_COMPARTMENT,
      display_name: "pipeline-secrets",
      vault_type: "DEFAULT",
      freeform_tags: {},
      lifecycle: { prevent_destroy: true },
    });
  });

  test("VIRTUAL_PRIVATE in another compartment; allowDestroy drops the protection", () => {
    const { stack } = testStack();
    const vault = new Vault(stack, "vault", { displayName: "security-vault", compartmentId: SECURITY_COMPARTMENT, vaultType: "VIRTUAL_PRIVATE", allowDestroy: true });
    expect(vault.vaultType).toBe("VIRTUAL_PRIVATE");
    expect(vault.managementEndpoint).toMatch(/^\$\{TfToken/);
    expect(onlyResource(synthValid(stack), "oci_kms_vault")).toEqual({
      compartment_id: SECURITY_COMPARTMENT,
      display_name: "security-vault",
      vault_type: "VIRTUAL_PRIVATE",
      freeform_tags: {},
    });
  });

  test.each([
    [{ vaultType: "EXTERNAL" }, 'pipeline-dev/v: vaultType = "EXTERNAL" is not allowed: EXTERNAL vaults (keys held in a third-party key manager) are not supported by this library; use DEFAULT or VIRTUAL_PRIVATE'],
    [{ vaultType: "PRIVATE" }, 'pipeline-dev/v: vaultType = "PRIVATE" is not allowed: must be one of DEFAULT, VIRTUAL_PRIVATE'],
    [{ displayName: " " }, 'pipeline-dev/v: displayName = " " is not allowed: a non-empty display name is required by OCI'],
    [{ compartmentId: "ocid1.vault.oc1..x" }, 'pipeline-dev/v: compartmentId = "ocid1.vault.oc1..x" is not allowed: must be a compartment or tenancy OCID'],
    [{ allowDestroy: "yes" }, 'pipeline-dev/v: allowDestroy = "yes" is not allowed: must be true or false'],
  ])("rejects %j", (override, message) => {
    const { stack } = testStack();
    expect(rejected(() => new Vault(stack, "v", { displayName: "v", ...(override as object) }))).toMatch(message);
  });

  test("fromVaultAttributes: an existing vault, checked", () => {
    const { stack } = testStack();
    const vault = Vault.fromVaultAttributes(stack, "existing", { vaultId: EXISTING_VAULT, compartmentId: SECURITY_COMPARTMENT });
    expect([vault.vaultId, vault.compartmentId]).toEqual([EXISTING_VAULT, SECURITY_COMPARTMENT]);
    expect(rejected(() => Vault.fromVaultAttributes(stack, "bad", { vaultId: "ocid1.key.oc1..k", compartmentId: SECURITY_COMPARTMENT }))).toMatch(
      'pipeline-dev/bad: vaultId = "ocid1.key.oc1..k" is not allowed: must be an OCID of the form ocid1.vault.<realm>.<region>.<id>',
    );
    expect(rejected(() => Vault.fromVaultAttributes(stack, "bad2", { vaultId: EXISTING_VAULT, compartmentId: "security" }))).toMatch('pipeline-dev/bad2: compartmentId = "security" is not allowed: must be a compartment or tenancy OCID');
    // Secrets and keys are created in it through the environment's region.
    expect(rejected(() => Vault.fromVaultAttributes(stack, "bad3", { vaultId: "ocid1.vault.oc1.iad.aaaa", compartmentId: SECURITY_COMPARTMENT }))).toBe(
      'pipeline-dev/bad3: vaultId = "ocid1.vault.oc1.iad.aaaa" is not allowed: must be in the environment\'s region eu-frankfurt-1 (this vault is in us-ashburn-1)',
    );
  });
});
