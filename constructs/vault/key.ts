import { Construct, IConstruct } from "constructs";
import { KmsKey } from "../../.gen/providers/oci/kms-key";
import { checkCompartmentOcid, checkDuration, checkOcid, checkOneOf, Duration, DurationBounds, reject, OciEnvironment, OCID_TYPES } from "../core";
import { checkDisplayName, destroyProtection } from "./protection";
import type { IVault, Vault } from "./vault";

/** AES key lengths OCI offers, in bytes (16 = AES-128, 24 = AES-192, 32 = AES-256). */
export const AES_KEY_LENGTHS = [16, 24, 32] as const;
export type AesKeyLength = (typeof AES_KEY_LENGTHS)[number];

/** Where key material lives: an HSM (`HSM`) or the Vault service's software (`SOFTWARE`). */
export const KEY_PROTECTION_MODES = ["HSM", "SOFTWARE"] as const;
export type KeyProtectionMode = (typeof KEY_PROTECTION_MODES)[number];

/** Key auto-rotation interval OCI accepts (`rotation_interval_in_days`): whole days from 60 to 365. */
export const KEY_ROTATION_INTERVAL: DurationBounds = { unit: "days", min: Duration.days(60), max: Duration.days(365) };

/** A master encryption key as secrets and buckets use it: an owned {@link MasterKey} or one imported with {@link MasterKey.fromMasterKeyAttributes}. */
export interface IMasterKey extends IConstruct {
  /** OCID of the key. */
  readonly keyId: string;
  /** The vault the key belongs to; a secret must be in the same vault. */
  readonly vault: IVault;
}

/** A key's settings, as {@link Vault.addKey} takes them. */
export interface MasterKeyOptions {
  /** Display name (required by OCI, need not be unique; avoid confidential text). */
  readonly displayName: string;
  /** Compartment of the key; defaults to the vault's. */
  readonly compartmentId?: string;
  /** AES key length in bytes: 16, 24 or 32. Default 32 (AES-256). Changing it replaces the key. */
  readonly lengthBytes?: AesKeyLength;
  /**
   * `HSM` (default): the key never leaves a hardware security module.
   * `SOFTWARE` only when set explicitly (cheaper, key material in software).
   * `EXTERNAL` is not supported by this library. Changing it replaces the key.
   */
  readonly protectionMode?: KeyProtectionMode;
  /**
   * Rotates the key automatically at this interval, whole days from 60 to
   * 365 (`Duration.days(90)`). OCI offers this only for keys in a
   * `VIRTUAL_PRIVATE` vault. Default: no auto-rotation.
   */
  readonly autoRotationInterval?: Duration;
  /** Explicit opt-out of Terraform's `prevent_destroy` on the key. Default false. */
  readonly allowDestroy?: boolean;
}

/** What {@link MasterKey.fromMasterKeyAttributes} needs to know about an existing key. */
export interface MasterKeyAttributes {
  /** OCID of the key (`ocid1.key.<realm>.<region>.<id>`). */
  readonly keyId: string;
  /** The vault the key belongs to (an owned vault or `Vault.fromVaultAttributes`). */
  readonly vault: IVault;
}

export interface MasterKeyProps extends MasterKeyOptions {
  /** The vault the key is created in (a {@link Vault} of this app: the key is created through its management endpoint). */
  readonly vault: Vault;
}

/**
 * An AES master encryption key (`oci_kms_key`) in a vault, the kind OCI
 * uses to encrypt secrets. HSM-protected and AES-256 unless told otherwise;
 * protected from `terraform destroy` unless `allowDestroy` is set.
 */
export class MasterKey extends Construct implements IMasterKey {
  /** A key created outside this app, in `vault` (an owned or imported vault). Creates no resource. */
  public static fromMasterKeyAttributes(scope: Construct, id: string, attributes: MasterKeyAttributes): IMasterKey {
    return new ImportedKey(scope, id, attributes);
  }

  public readonly resource: KmsKey;
  /** OCID of the key. */
  public readonly keyId: string;
  public readonly vault: Vault;
  public readonly compartmentId: string;
  public readonly lengthBytes: AesKeyLength;
  public readonly protectionMode: KeyProtectionMode;

  constructor(scope: Construct, id: string, props: MasterKeyProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    // Structural check (not instanceof) keeps this file free of a runtime import cycle with vault.ts.
    const vault = props.vault && typeof (props.vault as Partial<Vault>).managementEndpoint === "string" ? props.vault : undefined;
    if (!vault) {
      reject(this, "vault", props.vault?.node?.path, "must be a Vault of this app (a key is created through its management endpoint); use MasterKey.fromMasterKeyAttributes for a key of an existing vault");
    }
    this.vault = props.vault;
    const displayName = checkDisplayName(this, props.displayName);
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? vault?.compartmentId ?? env.compartmentOcid);
    this.lengthBytes = checkOneOf(this, "lengthBytes", props.lengthBytes ?? 32, AES_KEY_LENGTHS);
    const mode = props.protectionMode ?? "HSM";
    if ((mode as string) === "EXTERNAL") reject(this, "protectionMode", mode, "EXTERNAL keys are not supported by this library; use HSM (default) or SOFTWARE");
    this.protectionMode = checkOneOf(this, "protectionMode", mode, KEY_PROTECTION_MODES);
    const rotationDays = checkDuration(this, "autoRotationInterval", props.autoRotationInterval, KEY_ROTATION_INTERVAL);
    if (props.autoRotationInterval !== undefined) {
      if (vault && vault.vaultType !== "VIRTUAL_PRIVATE") {
        reject(this, "autoRotationInterval", props.autoRotationInterval, `OCI auto-rotates keys only in VIRTUAL_PRIVATE vaults; vault ${vault.node.path} is ${vault.vaultType}`);
      }
    }
    this.resource = new KmsKey(this, "key", {
      compartmentId: this.compartmentId,
      displayName,
      managementEndpoint: vault?.managementEndpoint ?? "",
      // Secrets are encrypted only with symmetric (AES) keys.
      keyShape: { algorithm: "AES", length: this.lengthBytes },
      protectionMode: this.protectionMode,
      isAutoRotationEnabled: rotationDays !== undefined ? true : undefined,
      autoKeyRotationDetails: rotationDays !== undefined ? { rotationIntervalInDays: rotationDays } : undefined,
      freeformTags: env.tags(),
      lifecycle: destroyProtection(this, props.allowDestroy),
    });
    this.keyId = this.resource.id;
  }
}

/** A key created outside this app, known by OCID. */
class ImportedKey extends Construct implements IMasterKey {
  public readonly keyId: string;

  public readonly vault: IVault;

  constructor(scope: Construct, id: string, attributes: MasterKeyAttributes) {
    super(scope, id);
    // Keys encrypt buckets and secrets of the environment's region, and only a key of that region can.
    // Resources are regional: https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm
    this.keyId = checkOcid(this, "keyId", attributes.keyId, OCID_TYPES.key, { region: OciEnvironment.of(this).region });
    const vault = attributes.vault;
    if (!vault || typeof vault.vaultId !== "string") reject(this, "vault", vault, "must be a vault (a Vault, or Vault.fromVaultAttributes)");
    this.vault = vault;
  }
}
