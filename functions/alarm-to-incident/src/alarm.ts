import { BadInputError } from "../../shared/errors";
import { type JsonObject, optionalString, parseJsonObject, requireString } from "../../shared/input";

/** A Monitoring alarm message as Notifications delivers it to a function (RAW / JSON body). */
export type Transition = "OK_TO_FIRING" | "REPEAT" | "FIRING_TO_OK" | "RESET";

export interface Alarm {
  readonly dedupeKey: string;
  readonly type: Transition;
  readonly title: string;
  readonly body?: string;
  readonly severity?: string;
  /** ISO 8601 evaluation time. */
  readonly timestamp: string;
  readonly metadata: unknown[];
}

const WHAT = "alarm message";
const TRANSITIONS: readonly Transition[] = ["OK_TO_FIRING", "REPEAT", "FIRING_TO_OK", "RESET"];

export function isFiring(type: Transition): boolean {
  return type === "OK_TO_FIRING" || type === "REPEAT";
}

export function parseAlarm(text: string): Alarm {
  const raw: JsonObject = parseJsonObject(text, WHAT);
  const dedupeKey = requireString(raw, "dedupeKey", WHAT);
  const type = requireString(raw, "type", WHAT);
  if (!(TRANSITIONS as readonly string[]).includes(type)) throw new BadInputError(`${WHAT}: "type" must be one of ${TRANSITIONS.join(", ")}, got "${type}"`);
  return {
    dedupeKey,
    type: type as Transition,
    title: optionalString(raw, "title") ?? "OCI Monitoring alarm",
    body: optionalString(raw, "body"),
    severity: optionalString(raw, "severity")?.toUpperCase(),
    timestamp: evaluationTime(raw),
    metadata: Array.isArray(raw.alarmMetaData) ? raw.alarmMetaData : [],
  };
}

/** `timestamp` (ISO) or `timestampEpochMillis`; samples carry one or both. */
function evaluationTime(raw: JsonObject): string {
  const iso = optionalString(raw, "timestamp");
  const millis = raw.timestampEpochMillis;
  const ms = iso !== undefined ? Date.parse(iso) : typeof millis === "number" ? millis : Number.NaN;
  if (!Number.isFinite(ms)) throw new BadInputError(`${WHAT}: needs a valid "timestamp" or "timestampEpochMillis"`);
  return new Date(ms).toISOString();
}

export function noteText(alarm: Alarm): string {
  return [
    `Alarm ${alarm.type} at ${alarm.timestamp}: ${alarm.title}`,
    `Severity: ${alarm.severity ?? "unknown"}`,
    ...(alarm.body ? ["", alarm.body] : []),
    "",
    "Alarm details:",
    JSON.stringify(alarm.metadata, null, 2),
  ].join("\n");
}
