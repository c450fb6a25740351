import { BadInputError } from "../../shared/errors";
import { type JsonObject, isObject, optionalString, parseJsonObject, requireString } from "../../shared/input";

/**
 * An OCI event: the CloudEvents 0.1 envelope Events produces. It arrives unchanged as the body
 * whether Events invokes the function directly or a Notifications topic delivers it.
 */
export interface OciEvent {
  readonly raw: JsonObject;
  readonly eventID: string;
  readonly eventType: string;
  readonly eventTime?: string;
  readonly source?: string;
  readonly data: JsonObject;
}

const WHAT = "OCI event";

export function parseEvent(body: string): OciEvent {
  const raw = parseJsonObject(body, WHAT);
  const eventType = requireString(raw, "eventType", WHAT);
  const eventID = requireString(raw, "eventID", WHAT);
  if (raw.cloudEventsVersion !== undefined && typeof raw.cloudEventsVersion !== "string") throw new BadInputError(`${WHAT}: "cloudEventsVersion" must be a string`);
  const data = raw.data ?? {};
  if (!isObject(data)) throw new BadInputError(`${WHAT}: "data" must be an object`);
  return { raw, eventID, eventType, eventTime: optionalString(raw, "eventTime"), source: optionalString(raw, "source"), data };
}

/** The flat shape sent with FORWARD_MODE=mapped: what an integration usually maps by hand. */
export function mapEvent(event: OciEvent): JsonObject {
  const d = event.data;
  const extensions = isObject(event.raw.extensions) ? event.raw.extensions : {};
  return {
    eventId: event.eventID,
    eventType: event.eventType,
    eventTime: event.eventTime ?? null,
    source: event.source ?? null,
    compartmentId: optionalString(d, "compartmentId") ?? optionalString(extensions, "compartmentId") ?? null,
    compartmentName: optionalString(d, "compartmentName") ?? null,
    resourceName: optionalString(d, "resourceName") ?? null,
    resourceId: optionalString(d, "resourceId") ?? null,
    availabilityDomain: optionalString(d, "availabilityDomain") ?? null,
    details: isObject(d.additionalDetails) ? d.additionalDetails : {},
  };
}
