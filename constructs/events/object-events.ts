import { IConstruct } from "constructs";
import { isToken, OciValidationError } from "../core";
import { BuiltCondition, shownValue } from "./condition";
import { selectsObjectEvents, wildcardMatches } from "./event-types";

const MARKER = Symbol.for("oci-event-pipelines.events.ObjectEventSource");

/**
 * A bucket of this app as Events rules see it. Object Storage emits
 * createobject/updateobject/deleteobject events only for buckets with
 * `object_events_enabled = true`, so a rule that filters on a bucket's name is
 * checked against that bucket. `Bucket` and `Bucket.fromBucketAttributes`
 * (constructs/objectstorage) implement it.
 */
export interface IObjectEventSource extends IConstruct {
  /** The bucket's final name, as written in the condition. */
  readonly bucketName: string;
  /** The same name as a reference to the bucket resource (`${oci_objectstorage_bucket.x.name}`). */
  readonly bucketNameRef: string;
  /** Whether the bucket emits object events. */
  readonly objectEvents: boolean;
}

/** Registers `source` so that rules of the same app find it (a `Symbol.for` mark survives duplicate module copies). */
export function markObjectEventSource(source: IObjectEventSource): void {
  Object.defineProperty(source, MARKER, { value: true });
}

function isObjectEventSource(x: IConstruct): x is IObjectEventSource {
  return (x as unknown as Record<symbol, unknown>)[MARKER] === true;
}

/**
 * Why a rule that selects object events would never see them:
 * - a bucketName filter naming a bucket of this app whose object events are off;
 * - no bucketName filter, a wildcard, or a name that is no bucket of this app,
 *   unless the rule's author confirmed (objectEventsSourceConfirmed) that the
 *   buckets outside the app have object events on.
 */
export function objectEventProblems(rule: IConstruct, condition: BuiltCondition, confirmed: boolean): OciValidationError[] {
  if (!selectsObjectEvents(condition.eventTypes)) return [];
  const field = "condition.data.additionalDetails.bucketName";
  const problem = (value: unknown, allowed: string) => new OciValidationError(rule.node.path, field, value, allowed);
  const confirm = "set objectEventsSourceConfirmed: true to state that the buckets it matches have object_events_enabled = true, or filter on a Bucket of this app";
  if (!condition.bucketNames.length) {
    return confirmed ? [] : [problem(undefined, `the rule selects object events of every bucket in its compartment tree, but OCI emits them only for buckets with object events enabled: ${confirm}`)];
  }
  const sources = rule.node.root.node.findAll().filter(isObjectEventSource);
  const out: OciValidationError[] = [];
  for (const name of condition.bucketNames) {
    const pattern = !isToken(name) && name.includes("*");
    const matching = sources.filter((s) => s.bucketName === name || s.bucketNameRef === name || (pattern && wildcardMatches(name, s.bucketName)));
    for (const s of matching.filter((m) => !m.objectEvents)) {
      out.push(problem(shownValue(rule, name), `bucket ${s.node.path} has objectEvents: false, so OCI emits no object events for it: enable them on the bucket (for an imported bucket, turn them on in OCI and state objectEvents: true)`));
    }
    if ((pattern || !matching.length) && !confirmed) {
      out.push(problem(shownValue(rule, name), `${pattern ? "a pattern may match buckets outside this app" : "not a Bucket of this app"}: ${confirm}`));
    }
  }
  return out;
}
