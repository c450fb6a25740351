import { Construct, IConstruct } from "constructs";
import { KmsVault } from "../../.gen/providers/oci/kms-vault";
import { checkCompartmentOcid, checkOcid, checkOneOf, reject, OciEnvironment, OCID_TYPES } from "../core";
import { MasterKey, MasterKeyOptions } from "./key";
import { checkDisplayName, destroyProtection } from "./protection";

/** Vault types this library creates: shared-partition HSM (`DEFAULT`) or a dedicated partition (`VIRTUAL_PRIVATE`). */
export const VAULT_TYPES = ["DEFAULT", "VIRTUAL_PRIVATE"] as const;
export type VaultType = (typeof VAULT_TYPES)[number];

/** A vault as secrets and keys use it: an owned {@link Vault} or one imported with {@link Vault.fromVaultAttributes}. */
export interface IVault extends IConstruct {
  /** OCID of the vault. */
  readonly vaultId: string;
  /** Compartment of the vault; secrets default to it. */
  readonly compartmentId: string;
}

export interface VaultProps {
  /** Display name (required by OCI, need not be unique; avoid confidential text). */
  readonly displayName: string;
  /** Compartment; defaults to the environment's. Many teams keep vaults in a security compartment. */
  readonly compartmentId?: string;
  /**
   * `DEFAULT` (default; shared HSM partition) or `VIRTUAL_PRIVATE` (dedicated
   * partition, billed per hour; needed for key auto-rotation). `EXTERNAL`
   * (keys held outside OCI) is not supported by this library. Changing it
   * replaces the vault.
   */
  readonly vaultType?: VaultType;
  /**
   * Explicit opt-out of Terraform's `prevent_destroy`, which by default stops
   * any plan that would delete the vault (and with it every key and secret).
   * Default false.
   */
  readonly allowDestroy?: boolean;
}

/** What {@link Vault.fromVaultAttributes} needs to know about an existing vault. */
export interface VaultAttributes {
  /** OCID of the vault (`ocid1.vault.<realm>.<region>.<id>`). */
  readonly vaultId: string;
  /** Compartment of the vault; secrets created in it default to it. */
  readonly compartmentId: string;
}

/**
 * An OCI Vault (`oci_kms_vault`): holds master encryption keys
 * ({@link Vault.addKey}) and the secrets they encrypt. Protected from
 * `terraform destroy` unless `allowDestroy` is set.
 */
export class Vault extends Construct implements IVault {
  /**
   * A vault that exists outside this app (e.g. in a security compartment),
   * for secrets created in it with an imported key
   * ({@link MasterKey.fromMasterKeyAttributes}). Creates no resource.
   */
  public static fromVaultAttributes(scope: Construct, id: string, attributes: VaultAttributes): IVault {
    return new ImportedVault(scope, id, attributes);
  }

  public readonly resource: KmsVault;
  /** OCID of the vault. */
  public readonly vaultId: string;
  public readonly compartmentId: string;
  public readonly vaultType: VaultType;
  public readonly displayName: string;
  /** Endpoint for key management calls; keys are created through it. */
  public readonly managementEndpoint: string;
  /** Endpoint for encrypt/decrypt calls. */
  public readonly cryptoEndpoint: string;

  constructor(scope: Construct, id: string, props: VaultProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    this.displayName = checkDisplayName(this, props.displayName);
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid);
    const vaultType = props.vaultType ?? "DEFAULT";
    if ((vaultType as string) === "EXTERNAL") {
      reject(this, "vaultType", vaultType, "EXTERNAL vaults (keys held in a third-party key manager) are not supported by this library; use DEFAULT or VIRTUAL_PRIVATE");
    }
    this.vaultType = checkOneOf(this, "vaultType", vaultType, VAULT_TYPES);
    this.resource = new KmsVault(this, "vault", {
      compartmentId: this.compartmentId,
      displayName: this.displayName,
      vaultType: this.vaultType,
      freeformTags: env.tags(),
      lifecycle: destroyProtection(this, props.allowDestroy),
    });
    this.vaultId = this.resource.id;
    this.managementEndpoint = this.resource.managementEndpoint;
    this.cryptoEndpoint = this.resource.cryptoEndpoint;
  }

  /** Creates an AES master encryption key in this vault, as a child of it. */
  public addKey(id: string, options: MasterKeyOptions): MasterKey {
    return new MasterKey(this, id, { ...options, vault: this });
  }
}

/** A vault created outside this app, known by OCID. */
class ImportedVault extends Construct implements IVault {
  public readonly vaultId: string;
  public readonly compartmentId: string;

  constructor(scope: Construct, id: string, attributes: VaultAttributes) {
    super(scope, id);
    // Secrets and keys added to it are created through the environment's region: the vault must be there.
    // Resources are regional: https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm
    this.vaultId = checkOcid(this, "vaultId", attributes.vaultId, OCID_TYPES.vault, { region: OciEnvironment.of(this).region });
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", attributes.compartmentId);
  }
}
