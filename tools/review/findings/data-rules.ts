/** Rules over vaults, keys, secrets and buckets. */
import { block, str, truthy } from "../nested";
import { ChangeRule, Rule } from "./types";

export const softwareKeyInProd: Rule = {
  id: "OCI-KMS-001",
  severity: "high",
  title: "software-protected key in production",
  remediation: "Use `protection_mode = \"HSM\"` (the default) for production keys; changing it replaces the key, so re-encrypt dependants first.",
  types: ["oci_kms_key"],
  check: (r, ctx) =>
    /^prod/i.test(ctx.environment) && str(r.body.protection_mode)?.toUpperCase() === "SOFTWARE"
      ? [{ path: "protection_mode", about: `${ctx.stack}:${r.address}`, message: `key \`${str(r.body.display_name) ?? r.name}\` is SOFTWARE-protected in \`${ctx.environment}\`` }]
      : [],
};

export const publicBucket: Rule = {
  id: "OCI-OBJ-001",
  severity: "high",
  title: "public bucket",
  remediation: "Set `access_type = \"NoPublicAccess\"` and share objects with pre-authenticated requests or IAM instead.",
  types: ["oci_objectstorage_bucket"],
  check: (r) => {
    const access = str(r.body.access_type);
    return access === "ObjectRead" || access === "ObjectReadWithoutList"
      ? [{ path: "access_type", message: `bucket \`${str(r.body.name) ?? r.name}\` is readable by anyone (${access})` }]
      : [];
  },
};

/**
 * HSM keys persist and operate inside the HSM; SOFTWARE keys persist on the
 * server (wrapped by the vault's HSM key) and operate outside it. The mode is
 * fixed at creation, so a change replaces the key:
 * https://docs.oracle.com/en-us/iaas/tools/typescript/2.49.0/modules/_keymanagement_lib_model_create_key_details_.createkeydetails.html
 */
export const keyProtectionDowngraded: ChangeRule = {
  id: "OCI-KMS-002",
  severity: "high",
  title: "key protection downgraded from HSM to SOFTWARE",
  remediation:
    "Keep `protection_mode = \"HSM\"` (the default). The mode cannot change in place: this replaces the key, and data encrypted with the old key is unreadable once it is deleted, so re-encrypt dependants first.",
  types: ["oci_kms_key"],
  // In a prod environment the state rule would say the same of the same key.
  supersedes: ["OCI-KMS-001"],
  check: (d) => {
    if (!d.before || !d.after) return [];
    const before = (str(d.before.protection_mode) ?? "HSM").toUpperCase();
    const after = (str(d.after.protection_mode) ?? "HSM").toUpperCase();
    return before === "HSM" && after === "SOFTWARE"
      ? [{ path: "protection_mode", message: `key \`${str(d.after.display_name) ?? d.name}\` goes from HSM to SOFTWARE protection (its key material leaves the HSM)` }]
      : [];
  },
};

/** `lifecycle.prevent_destroy`, as cdktf writes it into the resource body. */
function preventsDestroy(body: Parameters<typeof block>[0]): boolean {
  return truthy(block(block(body)?.lifecycle)?.prevent_destroy);
}

/**
 * Terraform refuses a plan that destroys a resource with `prevent_destroy`,
 * but not once the setting (or the resource block) is removed:
 * https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle
 * Plans do not carry lifecycle settings, so this rule sees synth input only.
 */
export const preventDestroyRemoved: ChangeRule = {
  id: "OCI-LIFE-001",
  severity: "high",
  title: "prevent_destroy removed from a vault, key or secret",
  remediation:
    "Keep `lifecycle.prevent_destroy = true` on vaults, keys and secrets; destroying a key makes everything it encrypted unreadable. Remove it only in a change that also says why the resource must go.",
  types: ["oci_kms_vault", "oci_kms_key", "oci_vault_secret"],
  check: (d) =>
    d.after && preventsDestroy(d.before) && !preventsDestroy(d.after)
      ? [{ path: "lifecycle.prevent_destroy", message: `\`prevent_destroy\` removed: the next plan that destroys this ${d.type.replace(/^oci_(kms_|vault_)?/, "")} runs without Terraform refusing it` }]
      : [],
};
