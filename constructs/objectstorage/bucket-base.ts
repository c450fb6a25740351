import { Construct } from "constructs";
import { checkEventType, EventRule, EventTypeLike, EventTypes, FilterValue, IEventRuleTarget, IObjectEventSource, selectsObjectEvents } from "../events";
import { Condition, Grant, IGrantable } from "../iam";
import { reject } from "../core";

/** Options of the rules returned by `bucket.onObject*`. */
export interface BucketEventRuleOptions {
  /** Display name of the rule. Default `<bucket name>-<event>` (e.g. `dev-inbound-objectcreated`). */
  readonly displayName?: string;
  /** What the rule is for. Default: none. */
  readonly description?: string;
  /** Compartment of the rule. Default: the bucket's compartment. */
  readonly compartmentId?: string;
  /** Whether the rule delivers events. Default true. */
  readonly enabled?: boolean;
  /** Initial targets; more with `rule.addTarget(...)`. Default: none (one is needed before synthesis). */
  readonly targets?: readonly IEventRuleTarget[];
  /** Filter on object names (`data.resourceName`), e.g. `incoming/*`. Default: every object. */
  readonly objectName?: FilterValue;
  /** Filter on `data.compartmentName`. Default: no filter. */
  readonly compartmentName?: FilterValue;
  /** Filter on `data.additionalDetails.namespace`, e.g. `bucket.namespace`. Default: no filter. */
  readonly namespace?: FilterValue;
}

/** Options of {@link IBucket.onObjectEvent}. */
export interface BucketObjectEventOptions extends BucketEventRuleOptions {
  /** Object event types (or wildcards matching only object events, via `EventType.custom`). */
  readonly eventTypes: readonly EventTypeLike[];
}

/**
 * A bucket as rules and grants see it: an owned {@link Bucket} or one
 * imported with `Bucket.fromBucketAttributes`. Object-event rules on it are
 * checked against {@link objectEvents}.
 */
export interface IBucket extends IObjectEventSource {
  /** Object Storage namespace of the bucket. */
  readonly namespace: string;
  /** Compartment of the bucket: grants are written for it and its object rules run there by default. */
  readonly compartmentId: string;
  /** A rule for objects created in this bucket (`com.oraclecloud.objectstorage.createobject`). */
  onObjectCreated(id: string, options?: BucketEventRuleOptions): EventRule;
  /** A rule for objects overwritten in this bucket (`updateobject`). */
  onObjectUpdated(id: string, options?: BucketEventRuleOptions): EventRule;
  /** A rule for objects deleted from this bucket (`deleteobject`). */
  onObjectDeleted(id: string, options?: BucketEventRuleOptions): EventRule;
  /** A rule for any set of object events of this bucket; each type must select object events. */
  onObjectEvent(id: string, options: BucketObjectEventOptions): EventRule;
  /** Lets `grantee` read this bucket's objects: `read objects` where target.bucket.name = '<name>'. */
  grantRead(grantee: IGrantable): Grant;
  /** Lets `grantee` create, overwrite and delete this bucket's objects: `manage objects` where target.bucket.name = '<name>'. */
  grantWrite(grantee: IGrantable): Grant;
}

/**
 * What owned and imported buckets share: object-event rules filtered to the
 * bucket's name, and object grants conditioned on it (`target.bucket.name`,
 * which OCI matches case-insensitively).
 */
export abstract class BucketBase extends Construct implements IBucket {
  public abstract readonly bucketName: string;
  public abstract readonly bucketNameRef: string;
  public abstract readonly namespace: string;
  public abstract readonly compartmentId: string;
  public abstract readonly objectEvents: boolean;

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
      enabled: options.enabled,
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
