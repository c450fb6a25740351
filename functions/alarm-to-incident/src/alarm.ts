import { safeId } from "../../shared/b2c";
import { BadInputError } from "../../shared/errors";
import { type JsonObject, optionalString, parseJsonObject, requireString } from "../../shared/input";

/** A Monitoring alarm message as Notifications delivers it to a function (RAW / JSON body). */
export type Transition = "OK_TO_FIRING" | "REPEAT" | "FIRING_TO_OK" | "RESET";

export interface Alarm {
  readonly dedupeKey: string;
  /** The dedupeKey as used in references and note markers (hashed if not query-safe). */
  readonly key: string;
  readonly type: Transition;
  readonly title: string;
  readonly body?: string;
  readonly severity?: string;
  /** Evaluation time, ms since the epoch: what ordering compares. */
  readonly ms: number;
  /** The same instant in ISO 8601 (UTC, milliseconds), as used in markers and references. */
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
  const ms = evaluationTime(raw);
  return {
    dedupeKey,
    key: safeId(dedupeKey),
    type: type as Transition,
    title: optionalString(raw, "title") ?? "OCI Monitoring alarm",
    body: optionalString(raw, "body"),
    severity: optionalString(raw, "severity")?.toUpperCase(),
    ms,
    timestamp: new Date(ms).toISOString(),
    metadata: Array.isArray(raw.alarmMetaData) ? raw.alarmMetaData : [],
  };
}

/**
 * `timestampEpochMillis` (the evaluation time, a number), else `timestamp` (the same time in
 * ISO 8601); messages carry one or both:
 * https://docs.oracle.com/iaas/Content/Monitoring/alarm-message-format.htm
 */
function evaluationTime(raw: JsonObject): number {
  const millis = raw.timestampEpochMillis;
  const iso = optionalString(raw, "timestamp");
  const ms = typeof millis === "number" ? millis : iso !== undefined ? Date.parse(iso) : Number.NaN;
  if (!Number.isInteger(ms) || ms < 0 || ms > 8.64e15) throw new BadInputError(`${WHAT}: needs a valid "timestampEpochMillis" or "timestamp"`);
  return ms;
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
