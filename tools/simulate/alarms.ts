/**
 * A Monitoring alarm transition: the alarm publishes its message to each
 * destination topic, which fans it out to the topic's subscriptions. The
 * message follows OCI's alarm message format (RAW):
 * https://docs.oracle.com/iaas/Content/Monitoring/alarm-message-format.htm
 */
import { createHash } from "node:crypto";
import { SimulateOptions, findResource, simulationContext } from "./context";
import { AppSource, Json, SynthResource } from "./model";
import { referencedResource } from "./refs";
import { externalTarget, fanOut, flag, simulatedOcid } from "./routing";
import { Delivery, NonMatching, Simulation, SimulationInputError } from "./types";

export type AlarmState = "FIRING" | "OK";

export interface AlarmOptions extends SimulateOptions {
  /** Evaluation time of the transition. Default: now. */
  readonly at?: Date;
}

const str = (v: Json | undefined): string | undefined => (typeof v === "string" && !v.includes("${") ? v : undefined);

/** The RAW alarm message the alarm sends when it moves to `state` (grouped messages, one metric stream firing). */
export function alarmMessage(alarm: SynthResource, state: AlarmState, at: Date): Record<string, Json> {
  const id = simulatedOcid(alarm);
  const dedupeKey = createHash("sha256").update(id).digest("hex").slice(0, 32);
  const severity = str(alarm.body.severity) ?? "CRITICAL";
  const firing = state === "FIRING";
  return {
    dedupeKey,
    title: str(alarm.body.notification_title) ?? str(alarm.body.display_name) ?? alarm.name,
    body: str(alarm.body.body) ?? null,
    type: firing ? "OK_TO_FIRING" : "FIRING_TO_OK",
    severity,
    timestampEpochMillis: at.getTime(),
    timestamp: at.toISOString(),
    alarmMetaData: [
      {
        id,
        status: state,
        severity,
        namespace: str(alarm.body.namespace) ?? null,
        query: str(alarm.body.query) ?? null,
        totalMetricsFiring: firing ? 1 : 0,
        dimensions: [],
        alarmUrl: `https://cloud.oracle.com/monitoring/alarms/${id}?region=${alarm.region ?? "region"}`,
      },
    ],
    notificationType: "Grouped messages across metric streams",
    version: 1.5,
  };
}

/** Moves the alarm `ref` (address, construct path or display name) to `state` and follows its notifications. */
export function simulateAlarm(source: AppSource, ref: string, state: AlarmState, options: AlarmOptions = {}): Simulation {
  if (state !== "FIRING" && state !== "OK") throw new SimulationInputError(`--state must be FIRING or OK, got ${JSON.stringify(state)}`);
  const ctx = simulationContext(source, options);
  const alarm = findResource(ctx, "oci_monitoring_alarm", ref, "alarm");
  const message = alarmMessage(alarm, state, options.at ?? new Date());
  const body = JSON.stringify(message);
  const deliveries: Delivery[] = [];
  const nonMatching: NonMatching[] = [];
  const notes: string[] = [];
  const format = str(alarm.body.message_format) ?? "RAW";
  if (format !== "RAW") notes.push(`message_format is ${format}: function and HTTPS subscribers get that rendering; the simulator sends the RAW JSON`);
  if (!flag(alarm.body.is_enabled, true)) {
    nonMatching.push({ stack: alarm.stack, rule: alarm.address, displayName: str(alarm.body.display_name), constructPath: alarm.constructPath, reason: "the alarm is disabled (is_enabled = false): it does not evaluate or notify" });
  } else {
    const destinations = Array.isArray(alarm.body.destinations) ? alarm.body.destinations : [];
    for (const dest of destinations) {
      const topic = referencedResource(ctx.app, alarm.stack, dest);
      deliveries.push({
        stack: alarm.stack,
        alarm: alarm.address,
        displayName: str(alarm.body.display_name),
        constructPath: alarm.constructPath,
        action: "ONS",
        target: topic ? topic.address : String(dest),
        targetStack: topic && topic.stack !== alarm.stack ? topic.stack : undefined,
        targetConstructPath: topic?.constructPath,
        then: topic ? fanOut(ctx.app, topic, body, "alarm", `simulated-${String(message.dedupeKey)}`) : [externalTarget(dest)],
      });
    }
  }
  return { kind: "alarm", input: { alarm: `[${alarm.stack}] ${alarm.address}`, state, type: message.type, message }, deliveries, nonMatching, findings: [], notes };
}
