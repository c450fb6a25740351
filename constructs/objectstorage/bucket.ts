import { Construct } from "constructs";
import { ObjectstorageBucket } from "../../.gen/providers/oci/objectstorage-bucket";
import { checkCompartmentOcid, checkOcid, checkOneOf, checkPattern, reject, OciEnvironment, OCID_TYPES } from "../core";
import { EventRule, EventTypeLike, EventTypes, FilterValue, IEventRuleTarget, IObjectEventSource, markObjectEventSource, selectsObjectEvents, checkEventType } from "../events";
import { Condition, Grant, IGrantable } from "../iam";
import { objectStorageNamespace } from "./namespace";

export const BUCKET_ACCESS_TYPES = ["NoPublicAccess", "ObjectRead", "ObjectReadWithoutList"] as const;
export type BucketAccessType = (typeof BUCKET_ACCESS_TYPES)[number];
export const BUCKET_VERSIONING = ["Enabled", "Disabled", "Suspended"] as const;
export type BucketVersioning = (typeof BUCKET_VERSIONING)[number];

export interface BucketProps {
  /**
   * Bucket name, used as given (checked: 1-63 letters, digits, '-', '_' or
   * '.'). Names are unique per namespace, i.e. per tenancy and region, so
   * environments sharing a tenancy need distinct names (e.g. `dev-inbound`).
   * Changing it replaces the bucket.
   */
  readonly name: string;
  /** Object Storage namespace. Default: read with the `oci_objectstorage_namespace` data source (one per stack). */
  readonly namespace?: string;
  /** Compartment of the bucket. Default: the environment's compartment. */
  readonly compartmentId?: string;
  /** Emit createobject/updateobject/deleteobject events (needed by object-event rules). Default true (OCI's default is false). */
  readonly objectEventsEnabled?: boolean;
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
  /** OCID of a Vault master key to encrypt objects with. Default: Oracle-managed keys. */
  readonly kmsKeyId?: string;
}

/** Options of the rules returned by `bucket.onObject*`. */
export interface BucketEventRuleOptions {
  /** Display name of the rule. Default `<bucket name>-<event>` (e.g. `dev-inbound-objectcreated`). */
  readonly displayName?: string;
  /** What the rule is for. Default: none. */
  readonly description?: string;
  /** Compartment of the rule. Default: the bucket's compartment. */
  readonly compartmentId?: string;
  /** Whether the rule delivers events. Default true. */
  readonly isEnabled?: boolean;
  /** Initial targets; more with `rule.addTarget(...)`. Default: none (one is needed before synthesis). */
  readonly targets?: readonly IEventRuleTarget[];
  /** Filter on object names (`data.resourceName`), e.g. `incoming/*`. Default: every object. */
  readonly objectName?: FilterValue;
  /** Filter on `data.compartmentName`. Default: no filter. */
  readonly compartmentName?: FilterValue;
  /** Filter on `data.additionalDetails.namespace`, e.g. `bucket.namespace`. Default: no filter. */
  readonly namespace?: FilterValue;
}

/** Options of {@link Bucket.onObjectEvent}. */
export interface BucketObjectEventOptions extends BucketEventRuleOptions {
  /** Object event types (or wildcards matching only object events, via `EventType.custom`). */
  readonly eventTypes: readonly EventTypeLike[];
}

/**
 * An Object Storage bucket (`oci_objectstorage_bucket`): private, with object
 * events on by default, so `bucket.onObjectCreated(...)` rules work. Grants
 * are conditioned on the bucket's name.
 */
export class Bucket extends Construct implements IObjectEventSource {
  /** The generated `oci_objectstorage_bucket`. */
  public readonly resource: ObjectstorageBucket;
  /** The bucket's name. */
  public readonly bucketName: string;
  /** The name as a reference to the resource (orders dependants after the bucket). */
  public readonly bucketNameRef: string;
  public readonly namespace: string;
  public readonly compartmentId: string;
  public readonly objectEventsEnabled: boolean;

  constructor(scope: Construct, id: string, props: BucketProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    if (typeof props.name !== "string" || !props.name) reject(this, "name", props.name, "a bucket name is required");
    this.bucketName = typeof props.name !== "string" || !props.name ? String(props.name) : checkPattern(this, "name", props.name, /^[A-Za-z0-9._-]{1,63}$/, "must be 1-63 letters, digits, '-', '_' or '.'");
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid);
    const access = checkOneOf(this, "accessType", props.accessType ?? "NoPublicAccess", BUCKET_ACCESS_TYPES);
    if (access !== "NoPublicAccess" && props.allowPublicAccess !== true) {
      reject(this, "accessType", access, "public buckets need the explicit opt-in allowPublicAccess: true (default NoPublicAccess)");
    }
    const versioning = checkOneOf(this, "versioning", props.versioning ?? "Disabled", BUCKET_VERSIONING);
    if (versioning === "Suspended" && props.versioningWasEnabled !== true) {
      reject(this, "versioning", versioning, "OCI accepts only Enabled or Disabled when it creates a bucket; Suspended is an update of a bucket whose versioning is Enabled: set versioningWasEnabled: true once it is");
    }
    if (props.kmsKeyId !== undefined) checkOcid(this, "kmsKeyId", props.kmsKeyId, OCID_TYPES.key, { region: env.region, regionOwner: "the bucket's region" });
    if (props.namespace !== undefined) checkPattern(this, "namespace", props.namespace, /^[a-z0-9]{1,63}$/, "must be the tenancy's Object Storage namespace (lower-case letters and digits)");
    this.namespace = props.namespace ?? objectStorageNamespace(this);
    this.objectEventsEnabled = props.objectEventsEnabled ?? true;
    this.resource = new ObjectstorageBucket(this, "bucket", {
      compartmentId: this.compartmentId,
      name: this.bucketName,
      namespace: this.namespace,
      accessType: access,
      objectEventsEnabled: this.objectEventsEnabled,
      versioning,
      kmsKeyId: props.kmsKeyId,
      freeformTags: env.tags(),
    });
    this.bucketNameRef = this.resource.name;
    markObjectEventSource(this);
  }

  /** A rule for objects created in this bucket (`com.oraclecloud.objectstorage.createobject`). */
  public onObjectCreated(id: string, options: BucketEventRuleOptions = {}): EventRule {
    return this.objectRule(id, [EventTypes.objectStorage.createObject], "objectcreated", options);
  }

  /** A rule for objects overwritten in this bucket (`updateobject`). */
  public onObjectUpdated(id: string, options: BucketEventRuleOptions = {}): EventRule {
    return this.objectRule(id, [EventTypes.objectStorage.updateObject], "objectupdated", options);
  }

  /** A rule for objects deleted from this bucket (`deleteobject`). */
  public onObjectDeleted(id: string, options: BucketEventRuleOptions = {}): EventRule {
    return this.objectRule(id, [EventTypes.objectStorage.deleteObject], "objectdeleted", options);
  }

  /** A rule for any set of object events of this bucket; each type must select object events. */
  public onObjectEvent(id: string, options: BucketObjectEventOptions): EventRule {
    if (!options.eventTypes?.length) reject(this, "eventTypes", options.eventTypes, "list at least one object event type (createobject, updateobject, deleteobject)");
    (options.eventTypes ?? []).forEach((t, i) => {
      const type = checkEventType(this, `eventTypes[${i}]`, t);
      if (!selectsObjectEvents([type])) reject(this, `eventTypes[${i}]`, type, "must select object events: com.oraclecloud.objectstorage.createobject, updateobject or deleteobject (or a wildcard matching them)");
    });
    return this.objectRule(id, options.eventTypes ?? [], "objectevent", options);
  }

  /** Lets `grantee` read this bucket's objects: `read objects` where target.bucket.name = '<name>'. */
  public grantRead(grantee: IGrantable): Grant {
    return this.grantObjects(grantee, "read");
  }

  /** Lets `grantee` create, overwrite and delete this bucket's objects: `manage objects` where target.bucket.name = '<name>'. */
  public grantWrite(grantee: IGrantable): Grant {
    return this.grantObjects(grantee, "manage");
  }

  private grantObjects(grantee: IGrantable, verb: "read" | "manage"): Grant {
    return Grant.addToPrincipal({ grantee, verb, resourceType: "objects", compartmentId: this.compartmentId, conditions: [Condition.eq("target.bucket.name", this.bucketName)], target: this });
  }

  private objectRule(id: string, eventTypes: readonly EventTypeLike[], what: string, options: BucketEventRuleOptions): EventRule {
    return new EventRule(this, id, {
      displayName: options.displayName ?? `${this.bucketName}-${what}`,
      description: options.description,
      compartmentId: options.compartmentId ?? this.compartmentId,
      isEnabled: options.isEnabled,
      targets: options.targets,
      condition: {
        eventTypes,
        data: {
          resourceName: options.objectName,
          compartmentName: options.compartmentName,
          additionalDetails: { bucketName: this.bucketName, ...(options.namespace !== undefined ? { namespace: options.namespace } : {}) },
        },
      },
    });
  }
}
