import { Construct, IConstruct } from "constructs";
import { VaultSecret } from "../../.gen/providers/oci/vault-secret";
import { checkCompartmentOcid, checkIsoDuration, checkLength, checkOcid, checkPattern, checkReference, Duration, DurationBounds, reject, isToken, OciEnvironment, OCID_TYPES, sensitive } from "../core";
import type { IFunction } from "../functions/function-base";
import { Condition, Grant, IGrantable } from "../iam";
import { IMasterKey, MasterKey } from "./key";
import { destroyProtection } from "./protection";
import { SecretContent } from "./secret-content";
import { IVault, Vault } from "./vault";

/** Secret names: letters, digits, `-`, `_`, `.`; unique within the vault. */
const SECRET_NAME = /^[A-Za-z0-9._-]+$/;

/** Secret rotation interval OCI accepts (`rotation_interval`, ISO-8601 in whole days): 1 to 360 days. */
export const SECRET_ROTATION_INTERVAL: DurationBounds = { unit: "days", min: Duration.days(1), max: Duration.days(360) };
/** Secret version expiry interval OCI accepts (`secret_version_expiry_interval`, ISO-8601 in whole days): 1 to 90 days. */
export const SECRET_EXPIRY_INTERVAL: DurationBounds = { unit: "days", min: Duration.days(1), max: Duration.days(90) };

/** A secret as consumers use it: an owned {@link Secret} or one imported with {@link Secret.fromSecretAttributes}. */
export interface ISecret extends IConstruct {
  /** OCID of the secret: what a function's configuration carries (never the value). */
  readonly secretId: string;
  /** Compartment of the secret: where read grants are placed. */
  readonly compartmentId: string;
  /**
   * Lets `grantee` read this secret's content: `read secret-bundles` in the
   * secret's compartment `where target.secret.id = '<this secret>'`.
   */
  grantRead(grantee: IGrantable): Grant;
}

/** Scheduled rotation of a secret by a rotation function. */
export interface SecretRotation {
  /** How often to rotate: whole days from 1 to 360 (`Duration.days(30)`, written as ISO-8601 `P30D`). */
  readonly interval: Duration;
  /** The function OCI calls to rotate the secret in the target system and in the vault. */
  readonly function: IFunction;
}

/** Expiry of secret versions (a `SECRET_EXPIRY_RULE`). */
export interface SecretExpiry {
  /** How long a version stays valid: whole days from 1 to 90 (`Duration.days(90)`, written as ISO-8601 `P90D`). */
  readonly versionExpiryInterval: Duration;
  /** Whether reading an expired version fails. Default false (OCI's default): expiry is reported, reads continue. */
  readonly blockRetrievalOnExpiry?: boolean;
}

export interface SecretProps {
  /** The vault that holds the secret (a {@link Vault}, or {@link Vault.fromVaultAttributes}). Changing it replaces the secret. */
  readonly vault: IVault;
  /** The AES master key that encrypts the secret; must belong to {@link vault}. Changing it replaces the secret. */
  readonly key: IMasterKey;
  /** Name, unique within the vault (checked across the app): 1-255 letters, digits, `-`, `_`, `.`. Changing it replaces the secret. */
  readonly secretName: string;
  /** Where the value comes from: {@link SecretContent.fromSensitiveVariable} or {@link SecretContent.generated}. There is no plaintext option. */
  readonly content: SecretContent;
  /** Compartment of the secret; defaults to the vault's. */
  readonly compartmentId?: string;
  /** What the secret is for (no confidential text). Default none. */
  readonly description?: string;
  /** Scheduled rotation by a rotation function. Default: no rotation. */
  readonly rotation?: SecretRotation;
  /** Expiry of secret versions. Default: versions do not expire. */
  readonly expiry?: SecretExpiry;
  /** Explicit opt-out of Terraform's `prevent_destroy` on the secret. Default false. */
  readonly allowDestroy?: boolean;
}

/** What {@link Secret.fromSecretAttributes} needs to know about an existing secret. */
export interface SecretAttributes {
  /** OCID of the secret (`ocid1.vaultsecret.<realm>.<region>.<id>`). */
  readonly secretId: string;
  /** Compartment of the secret: read grants are written for it. */
  readonly compartmentId: string;
}

/** `grantRead` for owned and imported secrets alike. */
abstract class SecretBase extends Construct implements ISecret {
  public abstract readonly secretId: string;
  public abstract readonly compartmentId: string;

  public grantRead(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({
      grantee,
      verb: "read",
      resourceType: "secret-bundles",
      compartmentId: this.compartmentId,
      conditions: [Condition.eq("target.secret.id", this.secretId)],
      target: this,
    });
  }
}

/**
 * A Vault secret (`oci_vault_secret`) whose value comes from a sensitive
 * Terraform variable or from OCI secret generation, never from code.
 * Functions get its OCID in their configuration (`fn.addConfig(...,
 * secret.secretId)`) and read it at run time after `secret.grantRead(fn)`.
 * Protected from `terraform destroy` unless `allowDestroy` is set.
 */
export class Secret extends SecretBase {
  /**
   * A secret that exists outside this app (e.g. in a security compartment's
   * vault), so that functions can be granted read access to it. Creates no resource.
   */
  public static fromSecretAttributes(scope: Construct, id: string, attributes: SecretAttributes): ISecret {
    return new ImportedSecret(scope, id, attributes);
  }

  public readonly resource: VaultSecret;
  /** OCID of the secret. */
  public readonly secretId: string;
  public readonly compartmentId: string;
  public readonly secretName: string;
  public readonly vault: IVault;
  public readonly key: IMasterKey;

  constructor(scope: Construct, id: string, props: SecretProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    if (!(props.content instanceof SecretContent)) {
      // A plaintext value here is the secret itself: the message shows only its redaction.
      reject(this, "content", sensitive(props.content), "must be SecretContent.fromSensitiveVariable(variable) or SecretContent.generated({...}); plaintext values are not accepted");
    }
    this.vault = props.vault;
    this.key = props.key;
    this.checkKeyInVault();
    this.secretName = checkPattern(this, "secretName", props.secretName, SECRET_NAME, "must contain only letters, digits, '-', '_' and '.'");
    if (typeof this.secretName === "string" && SECRET_NAME.test(this.secretName)) checkLength(this, "secretName", this.secretName, 1, 255);
    this.checkUniqueName();
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? props.vault?.compartmentId ?? env.compartmentOcid);
    const content = props.content instanceof SecretContent ? props.content.bind(this) : {};
    const rotation = props.rotation;
    const rotationInterval = rotation && checkIsoDuration(this, "rotation.interval", rotation.interval, SECRET_ROTATION_INTERVAL);
    if (rotation) {
      checkReference(this, "rotation.function", rotation.function, "functionId", OCID_TYPES.function, "must be a function (IFunction) that rotates the secret");
    }
    const expiry = props.expiry;
    const expiryInterval = expiry && checkIsoDuration(this, "expiry.versionExpiryInterval", expiry.versionExpiryInterval, SECRET_EXPIRY_INTERVAL);

    this.resource = new VaultSecret(this, "secret", {
      compartmentId: this.compartmentId,
      vaultId: props.vault?.vaultId,
      keyId: props.key?.keyId,
      secretName: this.secretName,
      description: props.description,
      ...content,
      rotationConfig: rotation
        ? { isScheduledRotationEnabled: true, rotationInterval, targetSystemDetails: { targetSystemType: "FUNCTION", functionId: rotation.function?.functionId } }
        : undefined,
      secretRules: expiry
        ? [{ ruleType: "SECRET_EXPIRY_RULE", secretVersionExpiryInterval: expiryInterval, isSecretContentRetrievalBlockedOnExpiry: expiry.blockRetrievalOnExpiry ?? false }]
        : undefined,
      freeformTags: env.tags(),
      lifecycle: destroyProtection(this, props.allowDestroy),
    });
    this.secretId = this.resource.id;
  }

  /** OCI encrypts a secret only with an AES key of the secret's own vault. */
  private checkKeyInVault(): void {
    const { vault, key } = this;
    const badKey = !key || typeof key.keyId !== "string" || !key.vault;
    const badVault = !vault || typeof vault.vaultId !== "string";
    if (badKey) reject(this, "key", key, "must be a MasterKey (vault.addKey) or MasterKey.fromMasterKeyAttributes");
    if (badVault) reject(this, "vault", vault, "must be a Vault or Vault.fromVaultAttributes");
    if (badKey || badVault) return;
    if (key.vault === vault || key.vault.vaultId === vault.vaultId) return;
    // An owned vault's OCID is a token and a literal OCID is known: either way the two differ for sure.
    // A vault OCID known only to Terraform (e.g. a variable) cannot be compared here.
    const known = (v: IVault) => v instanceof Vault || !isToken(v.vaultId);
    if (known(key.vault) && known(vault)) {
      const keyKind = key instanceof MasterKey ? "key" : "imported key";
      reject(this, "key", key, `must be an AES key of the secret's vault ${vault.node.path}; this ${keyKind} belongs to vault ${key.vault.node.path}`);
    }
  }

  /** Secret names are unique per vault: refuse a second secret of the same name in the same vault anywhere in the app. */
  private checkUniqueName(): void {
    const clash = this.node.root.node
      .findAll()
      .find((c) => c !== this && c instanceof Secret && c.secretName === this.secretName && (c.vault === this.vault || (c.vault?.vaultId !== undefined && c.vault.vaultId === this.vault?.vaultId)));
    if (clash) reject(this, "secretName", this.secretName, `must be unique in vault ${this.vault?.node.path}; ${clash.node.path} already uses it`);
  }
}

/** A secret created outside this app, known by OCID. */
class ImportedSecret extends SecretBase {
  public readonly secretId: string;
  public readonly compartmentId: string;

  constructor(scope: Construct, id: string, attributes: SecretAttributes) {
    super(scope, id);
    this.secretId = checkOcid(this, "secretId", attributes.secretId, OCID_TYPES.vaultSecret);
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", attributes.compartmentId);
  }
}
