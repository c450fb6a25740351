import { IConstruct } from "constructs";
import { DefaultTokenResolver, StringConcat, Tokenization } from "cdktf";
import { byShapeOnly, isToken, ocidProblem, OCID_TYPES, reject } from "../core";
import { checkEventType, EventTypeLike } from "./event-types";

/**
 * One value or a list of values to match. A list matches when the event's
 * value equals any element (OR). Values may use `*` wildcards (`inbound-*`);
 * `**` and empty strings are refused.
 */
export type FilterValue = string | readonly string[];

/**
 * Filters on the event's `data` object. Different fields are ANDed. The five
 * standard attributes sit directly under `data`; everything service-specific
 * goes under {@link additionalDetails} (the Landing Zone's filter model).
 */
export interface EventDataFilter {
  /** `data.compartmentId`: OCID of the resource's compartment. Default: no filter. */
  readonly compartmentId?: FilterValue;
  /** `data.compartmentName`. Default: no filter. */
  readonly compartmentName?: FilterValue;
  /** `data.resourceName`, e.g. the object name for object events. Default: no filter. */
  readonly resourceName?: FilterValue;
  /** `data.resourceId`, e.g. `/n/<namespace>/b/<bucket>/o/<object>` for object events. Default: no filter. */
  readonly resourceId?: FilterValue;
  /** `data.availabilityDomain`. Default: no filter. */
  readonly availabilityDomain?: FilterValue;
  /** `data.additionalDetails.<field>`, e.g. `bucketName`, `namespace`, `riskLevel`. Default: no filter. */
  readonly additionalDetails?: Readonly<Record<string, FilterValue>>;
  /** `data.definedTags.<namespace>.<key>`. Default: no filter. */
  readonly definedTags?: Readonly<Record<string, Readonly<Record<string, FilterValue>>>>;
  /**
   * Free-form tags, rendered as `data.freeFormTags.<key>`: the event envelope
   * spells the field `freeFormTags` (capital F), unlike the library's and the
   * provider's `freeformTags`; see docs/oci-facts.md#events. Default: no filter.
   */
  readonly freeformTags?: Readonly<Record<string, FilterValue>>;
}

/** What an Events rule matches: event types (OR) AND data filters. */
export interface EventPattern {
  /**
   * Event types to match (any of them): strings from the `EventTypes`
   * catalogue, or `EventType.custom(...)` for anything else. Duplicates are
   * dropped; order is kept. Default: any event type (then give `data` or
   * {@link matchEveryEvent}).
   */
  readonly eventTypes?: readonly EventTypeLike[];
  /** Filters on the event's `data`. Default: none. */
  readonly data?: EventDataFilter;
  /**
   * Explicit opt-in for the empty condition `{}`, which matches every event
   * of the rule's compartment tree. Default false: an empty pattern is refused.
   */
  readonly matchEveryEvent?: boolean;
}

/** The standard attributes directly under `data`. */
const DATA_ATTRIBUTES = ["compartmentId", "compartmentName", "resourceName", "resourceId", "availabilityDomain"] as const;
const DATA_KEYS: readonly string[] = [...DATA_ATTRIBUTES, "additionalDetails", "definedTags", "freeformTags"];
const FIELD_NAME = /^[A-Za-z0-9_-]{1,100}$/;

type Json = string | string[] | { [key: string]: Json };

/** A validated pattern and its canonical JSON. */
export interface BuiltCondition {
  /** The `condition` argument: compact JSON with sorted keys, so plans do not churn. */
  readonly json: string;
  /** The event types, validated and de-duplicated (empty: any type). */
  readonly eventTypes: readonly string[];
  /** Values of the `data.additionalDetails.bucketName` filter (empty: no bucket filter). */
  readonly bucketNames: readonly string[];
}

/** Validates `pattern` for `scope` (named in errors as `condition.*`) and renders it. */
export function buildCondition(scope: IConstruct, pattern: EventPattern): BuiltCondition {
  const eventTypes = unique((pattern.eventTypes ?? []).map((t, i) => checkEventType(scope, `condition.eventTypes[${i}]`, t)));
  if (pattern.eventTypes && !eventTypes.length) reject(scope, "condition.eventTypes", [], "list at least one event type, or leave eventTypes out");
  const data = pattern.data === undefined ? undefined : dataFilter(scope, pattern.data);
  const body: { [key: string]: Json } = {};
  if (eventTypes.length) body.eventType = eventTypes;
  if (data) body.data = data;
  const empty = Object.keys(body).length === 0;
  if (empty && !pattern.matchEveryEvent) {
    reject(scope, "condition", {}, "an empty condition matches every event in the compartment tree: give eventTypes or data filters, or set matchEveryEvent: true");
  }
  if (!empty && pattern.matchEveryEvent) reject(scope, "condition.matchEveryEvent", true, "matchEveryEvent excludes eventTypes and data filters");
  const bucket = (data?.additionalDetails as { [key: string]: Json } | undefined)?.bucketName;
  return { json: canonicalJson(body), eventTypes, bucketNames: bucket === undefined ? [] : ([] as string[]).concat(bucket as string | string[]) };
}

function dataFilter(scope: IConstruct, data: EventDataFilter): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(data)) {
    if (!DATA_KEYS.includes(key)) {
      reject(scope, `condition.data.${key}`, (data as Record<string, unknown>)[key], `must be one of ${DATA_KEYS.join(", ")}; service-specific attributes go under additionalDetails`);
    }
  }
  for (const attr of DATA_ATTRIBUTES) {
    if (data[attr] !== undefined) out[attr] = filterValue(scope, `condition.data.${attr}`, data[attr]);
  }
  // data.compartmentId holds the OCID of the resource's compartment: a literal without wildcard must be one.
  const compartmentFilter = out.compartmentId;
  const compartmentValues: string[] = compartmentFilter === undefined ? [] : Array.isArray(compartmentFilter) ? compartmentFilter : typeof compartmentFilter === "string" ? [compartmentFilter] : [];
  for (const [i, v] of compartmentValues.entries()) {
    const problem = typeof v === "string" && !v.includes("*") ? ocidProblem(v, OCID_TYPES.compartment) : undefined;
    if (problem) reject(scope, Array.isArray(compartmentFilter) ? `condition.data.compartmentId[${i}]` : "condition.data.compartmentId", v, `${problem} (a '*' wildcard is also allowed)`);
  }
  if (data.additionalDetails !== undefined) out.additionalDetails = fieldMap(scope, "condition.data.additionalDetails", data.additionalDetails, filterValue);
  if (data.definedTags !== undefined) {
    out.definedTags = fieldMap(scope, "condition.data.definedTags", data.definedTags, (s, f, keys) => fieldMap(s, f, keys, filterValue));
  }
  // The envelope's spelling (https://docs.oracle.com/iaas/Content/Events/Reference/eventenvelopereference.htm):
  // a condition on data.freeformTags names a field no event has.
  if (data.freeformTags !== undefined) out.freeFormTags = fieldMap(scope, "condition.data.freeformTags", data.freeformTags, filterValue);
  if (!Object.keys(out).length) reject(scope, "condition.data", data, "give at least one filter, or leave data out");
  return out;
}

/** A map of field name -> filter; names take no wildcards. */
function fieldMap<V>(scope: IConstruct, field: string, map: Readonly<Record<string, V>>, value: (scope: IConstruct, field: string, v: V) => Json): { [key: string]: Json } {
  if (typeof map !== "object" || map === null || Array.isArray(map)) {
    reject(scope, field, map, "must be an object of field name -> value");
    return {};
  }
  const entries = Object.entries(map);
  if (!entries.length) reject(scope, field, map, "give at least one field, or leave it out");
  const out: { [key: string]: Json } = {};
  for (const [name, v] of entries) {
    if (!FIELD_NAME.test(name)) reject(scope, `${field} key`, byShapeOnly(name), "field names must be 1-100 letters, digits, '_' or '-' (wildcards are allowed only in values)");
    out[name] = value(scope, `${field}.${name}`, v);
  }
  return out;
}

function filterValue(scope: IConstruct, field: string, value: FilterValue): string | string[] {
  if (Array.isArray(value)) {
    if (!value.length) reject(scope, field, value, "list at least one value, or leave the filter out");
    return unique(value.map((v, i) => singleValue(scope, `${field}[${i}]`, v)));
  }
  return singleValue(scope, field, value as string);
}

function singleValue(scope: IConstruct, field: string, value: string): string {
  if (isToken(value)) return value;
  if (typeof value !== "string" || value.trim() === "") {
    reject(scope, field, value, "must be a non-empty string");
    return String(value);
  }
  if (value.includes("**")) reject(scope, field, value, "'**' is not a valid wildcard: use a single '*'");
  return value;
}

function unique<T>(values: readonly T[]): T[] {
  return values.filter((v, i) => values.indexOf(v) === i);
}

/** Compact JSON with object keys sorted at every level; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(sort(value));
}

/** A value for an error message: tokens shown as the Terraform expression they stand for. */
export function shownValue(scope: IConstruct, value: string): string {
  return isToken(value) ? String(Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()) })) : value;
}
