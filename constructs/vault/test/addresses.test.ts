import { MasterKey, Secret, SecretContent, Vault } from "..";
import { synthValid, testStack } from "../../testing";

// Terraform addresses derive from construct paths and the fixed inner ids
// "vault", "key" and "secret". A change here would make Terraform plan to
// destroy a protected vault, key or secret: keep these ids.
test("Terraform addresses of vault, key and secret are stable", () => {
  const { stack } = testStack();
  const vault = new Vault(stack, "vault", { displayName: "v", vaultType: "VIRTUAL_PRIVATE" });
  const added = vault.addKey("key", { displayName: "k" });
  const standalone = new MasterKey(stack, "signing", { vault, displayName: "k2" });
  new Secret(stack, "b2c", { vault, key: added, secretName: "b2c", content: SecretContent.generated({ type: "PASSPHRASE" }) });
  new Secret(stack, "other", { vault, key: standalone, secretName: "other", content: SecretContent.generated({ type: "BYTES" }) });
  const doc = synthValid(stack);
  expect(Object.keys(doc.resource.oci_kms_vault)).toEqual(["vault_BBE00A92"]);
  expect(Object.keys(doc.resource.oci_kms_key).sort()).toEqual(["signing_key_1145AF04", "vault_key_445BD42D"]);
  expect(Object.keys(doc.resource.oci_vault_secret).sort()).toEqual(["b2c_secret_EE4349CB", "other_secret_08F26E82"]);
});
