import { Construct } from "constructs";
import { ObjectstorageBucket } from "../../.gen/providers/oci/objectstorage-bucket";
import { checkCompartmentOcid, checkOneOf, checkPattern, checkReference, EnvironmentPrefixOptions, reject, OciEnvironment, OCID_TYPES } from "../core";
import { markObjectEventSource } from "../events";
import type { IMasterKey } from "../vault/key";
import { BucketBase, IBucket } from "./bucket-base";
import { objectStorageNamespace } from "./namespace";

export const BUCKET_ACCESS_TYPES = ["NoPublicAccess", "ObjectRead", "ObjectReadWithoutList"] as const;
export type BucketAccessType = (typeof BUCKET_ACCESS_TYPES)[number];
export const BUCKET_VERSIONING = ["Enabled", "Disabled", "Suspended"] as const;
export type BucketVersioning = (typeof BUCKET_VERSIONING)[number];

export interface BucketProps extends EnvironmentPrefixOptions {
  /**
   * Bucket name; the environment prefix is added (`<env>-<name>`) unless
   * {@link allowUnprefixedName}, because names are unique per namespace and
   * region (the whole tenancy's). The final name is checked: 1-63 letters,
   * digits, '-', '_' or '.'. Changing it replaces the bucket.
   */
  readonly name: string;
  /** Object Storage namespace. Default: read with the `oci_objectstorage_namespace` data source (one per stack). */
  readonly namespace?: string;
  /** Compartment of the bucket. Default: the environment's compartment. */
  readonly compartmentId?: string;
  /** Emit createobject/updateobject/deleteobject events (needed by object-event rules). Default true (OCI's default is false). */
  readonly objectEvents?: boolean;
  /** Public access. Default `NoPublicAccess`; anything else needs {@link allowPublicAccess}. */
  readonly accessType?: BucketAccessType;
  /** Explicit opt-in for `ObjectRead` / `ObjectReadWithoutList` (anyone on the internet can read objects). Default false. */
  readonly allowPublicAccess?: boolean;
  /**
   * Object versioning: `Enabled` or `Disabled` at creation, `Enabled` or
   * `Suspended` afterwards (OCI refuses `Suspended` when it creates the
   * bucket). `Suspended` needs {@link versioningWasEnabled}. Default `Disabled`.
   */
  readonly versioning?: BucketVersioning;
  /**
   * States that the bucket already exists with versioning `Enabled`, so that
   * `versioning: "Suspended"` is an update OCI accepts. Default false:
   * `Suspended` is refused, as it would fail when the bucket is created.
   */
  readonly versioningWasEnabled?: boolean;
  /** Vault master key to encrypt objects with (`vault.addKey(...)` or `MasterKey.fromMasterKeyAttributes(...)`), in the bucket's region. Default: Oracle-managed keys. */
  readonly kmsKey?: IMasterKey;
}

/** What {@link Bucket.fromBucketAttributes} needs to know about an existing bucket. */
export interface BucketAttributes {
  /** The bucket's name, exactly as it exists (no environment prefix is added). */
  readonly bucketName: string;
  /** Compartment of the bucket: grants are written for it, and its object rules run there by default. */
  readonly compartmentId: string;
  /** Object Storage namespace of the bucket. Default: read with the `oci_objectstorage_namespace` data source (one per stack), on first use. */
  readonly namespace?: string;
  /**
   * Whether the bucket has `object_events_enabled = true`, which the library
   * cannot see: object-event rules on an imported bucket are refused unless
   * you state it. Default false (OCI's default).
   */
  readonly objectEvents?: boolean;
}

const BUCKET_NAME = /^[A-Za-z0-9._-]{1,63}$/;
const BUCKET_NAME_RULE = "must be 1-63 letters, digits, '-', '_' or '.'";
const NAMESPACE = /^[a-z0-9]{1,63}$/;
const NAMESPACE_RULE = "must be the tenancy's Object Storage namespace (lower-case letters and digits)";

/**
 * An Object Storage bucket (`oci_objectstorage_bucket`): private, with object
 * events on by default, so `bucket.onObjectCreated(...)` rules work. Grants
 * are conditioned on the bucket's name.
 */
export class Bucket extends BucketBase {
  /**
   * A bucket that exists outside this app: object-event rules
   * (`onObjectCreated` ...) and object grants work as on an owned bucket.
   * Creates no resource.
   */
  public static fromBucketAttributes(scope: Construct, id: string, attributes: BucketAttributes): IBucket {
    return new ImportedBucket(scope, id, attributes);
  }

  /** The generated `oci_objectstorage_bucket`. */
  public readonly resource: ObjectstorageBucket;
  /** The bucket's name. */
  public readonly bucketName: string;
  /** The name as a reference to the resource (orders dependants after the bucket). */
  public readonly bucketNameRef: string;
  public readonly namespace: string;
  public readonly compartmentId: string;
  public readonly objectEvents: boolean;

  constructor(scope: Construct, id: string, props: BucketProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    if (typeof props.name !== "string" || !props.name) reject(this, "name", props.name, "a bucket name is required");
    const finalName = props.allowUnprefixedName ? "the name" : "the final name <env>-<name>";
    this.bucketName = checkPattern(this, "name", env.uniqueName(props.name, props), BUCKET_NAME, `${finalName} ${BUCKET_NAME_RULE}`);
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid);
    const access = checkOneOf(this, "accessType", props.accessType ?? "NoPublicAccess", BUCKET_ACCESS_TYPES);
    if (access !== "NoPublicAccess" && props.allowPublicAccess !== true) {
      reject(this, "accessType", access, "public buckets need the explicit opt-in allowPublicAccess: true (default NoPublicAccess)");
    }
    const versioning = checkOneOf(this, "versioning", props.versioning ?? "Disabled", BUCKET_VERSIONING);
    if (versioning === "Suspended" && props.versioningWasEnabled !== true) {
      reject(this, "versioning", versioning, "OCI accepts only Enabled or Disabled when it creates a bucket; Suspended is an update of a bucket whose versioning is Enabled: set versioningWasEnabled: true once it is");
    }
    const kmsKeyId =
      props.kmsKey === undefined
        ? undefined
        : checkReference(this, "kmsKey", props.kmsKey, "keyId", OCID_TYPES.key, "must be a Vault master key (vault.addKey(...), or MasterKey.fromMasterKeyAttributes)", { region: env.region, regionOwner: "the bucket's region" });
    if (props.namespace !== undefined) checkPattern(this, "namespace", props.namespace, NAMESPACE, NAMESPACE_RULE);
    this.namespace = props.namespace ?? objectStorageNamespace(this);
    this.objectEvents = props.objectEvents ?? true;
    this.resource = new ObjectstorageBucket(this, "bucket", {
      compartmentId: this.compartmentId,
      name: this.bucketName,
      namespace: this.namespace,
      accessType: access,
      objectEventsEnabled: this.objectEvents,
      versioning,
      kmsKeyId,
      freeformTags: env.tags(),
    });
    this.bucketNameRef = this.resource.name;
    markObjectEventSource(this);
  }
}

/** A bucket created outside this app, known by name. */
class ImportedBucket extends BucketBase {
  public readonly bucketName: string;
  public readonly bucketNameRef: string;
  public readonly compartmentId: string;
  public readonly objectEvents: boolean;
  private readonly givenNamespace?: string;

  constructor(scope: Construct, id: string, attributes: BucketAttributes) {
    super(scope, id);
    if (typeof attributes.bucketName !== "string" || !attributes.bucketName) {
      reject(this, "bucketName", attributes.bucketName, "the existing bucket's name is required");
      this.bucketName = String(attributes.bucketName);
    } else {
      this.bucketName = checkPattern(this, "bucketName", attributes.bucketName, BUCKET_NAME, BUCKET_NAME_RULE);
    }
    this.bucketNameRef = this.bucketName;
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", attributes.compartmentId);
    if (attributes.namespace !== undefined) checkPattern(this, "namespace", attributes.namespace, NAMESPACE, NAMESPACE_RULE);
    this.givenNamespace = attributes.namespace;
    this.objectEvents = attributes.objectEvents ?? false;
    markObjectEventSource(this);
  }

  /** The given namespace, or the stack's namespace data source (created on first read). */
  public get namespace(): string {
    return this.givenNamespace ?? objectStorageNamespace(this);
  }
}
