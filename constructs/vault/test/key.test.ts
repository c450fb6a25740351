import { MasterKey, Vault } from "..";
import { Duration } from "../../core";
import { onlyResource, rejected, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";
import { EXISTING_KEY, EXISTING_VAULT, SECURITY_COMPARTMENT } from "./fixtures";

describe("MasterKey", () => {
  test("AES-256, HSM, created through the vault's management endpoint, protected from destroy", () => {
    const { stack } = testStack();
    const vault = new Vault(stack, "vault", { displayName: "v" });
    const key = vault.addKey("key", { displayName: "secrets-key" });
    expect([key.lengthBytes, key.protectionMode, key.vault]).toEqual([32, "HSM", vault]);
    expect(onlyResource(synthValid(stack), "oci_kms_key")).toEqual({
      compartment_id: TEST_COMPARTMENT,
      display_name: "secrets-key",
      management_endpoint: "${oci_kms_vault.vault_BBE00A92.management_endpoint}",
      key_shape: { algorithm: "AES", length: 32 },
      protection_mode: "HSM",
      freeform_tags: {},
      lifecycle: { prevent_destroy: true },
    });
  });

  test("SOFTWARE only when asked for; AES-128; own compartment; auto-rotation in a VIRTUAL_PRIVATE vault; allowDestroy", () => {
    const { stack } = testStack();
    const vault = new Vault(stack, "vault", { displayName: "v", vaultType: "VIRTUAL_PRIVATE" });
    new MasterKey(stack, "key", { vault, displayName: "k", protectionMode: "SOFTWARE", lengthBytes: 16, compartmentId: SECURITY_COMPARTMENT, autoRotationInterval: Duration.days(90), allowDestroy: true });
    expect(onlyResource(synthValid(stack), "oci_kms_key")).toEqual({
      compartment_id: SECURITY_COMPARTMENT,
      display_name: "k",
      management_endpoint: "${oci_kms_vault.vault_BBE00A92.management_endpoint}",
      key_shape: { algorithm: "AES", length: 16 },
      protection_mode: "SOFTWARE",
      is_auto_rotation_enabled: true,
      auto_key_rotation_details: { rotation_interval_in_days: 90 },
      freeform_tags: {},
    });
  });

  test.each([16, 24, 32] as const)("accepts AES length %d bytes", (lengthBytes) => {
    const { stack } = testStack();
    new Vault(stack, "vault", { displayName: "v" }).addKey("key", { displayName: "k", lengthBytes });
    expect(onlyResource(synthValid(stack), "oci_kms_key").key_shape).toEqual({ algorithm: "AES", length: lengthBytes });
  });

  test.each([
    [Duration.days(60), 60],
    [Duration.days(365), 365],
    [Duration.hours(24 * 90), 90],
  ])("accepts an auto-rotation interval of %s", (interval, days) => {
    const { stack } = testStack();
    new Vault(stack, "vault", { displayName: "v", vaultType: "VIRTUAL_PRIVATE" }).addKey("key", { displayName: "k", autoRotationInterval: interval });
    expect(onlyResource(synthValid(stack), "oci_kms_key").auto_key_rotation_details).toEqual({ rotation_interval_in_days: days });
  });

  test.each([
    [{ lengthBytes: 20 }, "pipeline-dev/vault/k: lengthBytes = 20 is not allowed: must be one of 16, 24, 32"],
    [{ protectionMode: "EXTERNAL" }, 'pipeline-dev/vault/k: protectionMode = "EXTERNAL" is not allowed: EXTERNAL keys are not supported by this library; use HSM (default) or SOFTWARE'],
    [{ protectionMode: "hsm" }, 'pipeline-dev/vault/k: protectionMode = "hsm" is not allowed: must be one of HSM, SOFTWARE'],
    [{ displayName: "" }, 'pipeline-dev/vault/k: displayName = "" is not allowed: a non-empty display name is required by OCI'],
    [{ autoRotationInterval: Duration.days(59) }, 'pipeline-dev/vault/k: autoRotationInterval = "59 days" is not allowed: must be a Duration (Duration.days(n), ...) of whole days: from 60 days to 365 days'],
    [{ autoRotationInterval: Duration.days(366) }, 'pipeline-dev/vault/k: autoRotationInterval = "366 days" is not allowed: must be a Duration (Duration.days(n), ...) of whole days: from 60 days to 365 days'],
    [{ autoRotationInterval: Duration.hours(1500) }, 'pipeline-dev/vault/k: autoRotationInterval = "1500 hours" is not allowed: must be a Duration (Duration.days(n), ...) of whole days'],
    [{ compartmentId: "dev" }, 'pipeline-dev/vault/k: compartmentId = "dev" is not allowed: must be a compartment or tenancy OCID'],
  ])("rejects %j", (override, message) => {
    const { stack } = testStack();
    const vault = new Vault(stack, "vault", { displayName: "v", vaultType: "VIRTUAL_PRIVATE" });
    expect(rejected(() => vault.addKey("k", { displayName: "k", ...(override as object) }))).toMatch(message);
  });

  test("auto-rotation is refused in a DEFAULT vault", () => {
    const { stack } = testStack();
    const vault = new Vault(stack, "vault", { displayName: "v" });
    expect(rejected(() => vault.addKey("k", { displayName: "k", autoRotationInterval: Duration.days(90) }))).toMatch(
      'pipeline-dev/vault/k: autoRotationInterval = "90 days" is not allowed: OCI auto-rotates keys only in VIRTUAL_PRIVATE vaults; vault pipeline-dev/vault is DEFAULT',
    );
  });

  test("a key is created only in a Vault of this app", () => {
    const { stack } = testStack();
    const existing = Vault.fromVaultAttributes(stack, "existing", { vaultId: EXISTING_VAULT, compartmentId: SECURITY_COMPARTMENT });
    expect(rejected(() => new MasterKey(stack, "k", { vault: existing as Vault, displayName: "k" }))).toMatch(
      'pipeline-dev/k: vault = "pipeline-dev/existing" is not allowed: must be a Vault of this app (a key is created through its management endpoint); use MasterKey.fromMasterKeyAttributes for a key of an existing vault',
    );
  });

  test("fromMasterKeyAttributes: an existing key of an existing vault, checked", () => {
    const { stack } = testStack();
    const vault = Vault.fromVaultAttributes(stack, "existing", { vaultId: EXISTING_VAULT, compartmentId: SECURITY_COMPARTMENT });
    const key = MasterKey.fromMasterKeyAttributes(stack, "existing-key", { keyId: EXISTING_KEY, vault: vault });
    expect([key.keyId, key.vault]).toEqual([EXISTING_KEY, vault]);
    expect(rejected(() => MasterKey.fromMasterKeyAttributes(stack, "bad", { keyId: EXISTING_VAULT, vault: vault }))).toMatch(
      `pipeline-dev/bad: keyId = "${EXISTING_VAULT}" is not allowed: must be an OCID of the form ocid1.key.<realm>.<region>.<id>`,
    );
    expect(rejected(() => MasterKey.fromMasterKeyAttributes(stack, "bad2", { keyId: EXISTING_KEY, vault: undefined as any }))).toMatch("pipeline-dev/bad2: vault = (not set) is not allowed: must be a vault (a Vault, or Vault.fromVaultAttributes)");
    expect(rejected(() => MasterKey.fromMasterKeyAttributes(stack, "bad3", { keyId: "ocid1.key.oc1.iad.aaaa", vault }))).toBe(
      'pipeline-dev/bad3: keyId = "ocid1.key.oc1.iad.aaaa" is not allowed: must be in the environment\'s region eu-frankfurt-1 (this key is in us-ashburn-1)',
    );
  });
});
