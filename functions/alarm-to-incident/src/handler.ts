import { type B2cDeps, externalRef } from "../../shared/b2c";
import { processOnce } from "../../shared/idempotency";
import { log } from "../../shared/log";
import type { Invocation, Reply } from "../../shared/serve";
import { type Alarm, isFiring, noteText, parseAlarm } from "./alarm";
import type { Settings } from "./config";

export type Deps = B2cDeps<Settings, Reply>;

/**
 * One open incident per alarm (dedupeKey), found through its external reference:
 * - OK_TO_FIRING / REPEAT: create it if none is open, otherwise add a note;
 * - FIRING_TO_OK / RESET: add a note and, with ALARM_CLEAR_ACTION=close, solve it and move its
 *   reference aside so the alarm's next firing opens a new incident.
 * Each message (dedupeKey + timestamp) leaves exactly one note, tagged with that key, so a
 * redelivery to any instance finds its note and changes nothing.
 */
export async function handle(inv: Invocation, deps: Deps): Promise<Reply> {
  const alarm = parseAlarm(inv.body);
  const messageKey = `${alarm.dedupeKey}@${alarm.timestamp}`;
  return processOnce(deps.rt.idempotency, `alarm:${messageKey}`, () => apply(inv, deps, alarm, messageKey), () => log.info("duplicate delivery", { messageKey }));
}

async function apply(inv: Invocation, deps: Deps, alarm: Alarm, messageKey: string): Promise<Reply> {
  const { b2c, settings } = deps;
  const ref = externalRef("alarm", alarm.dedupeKey);
  const reply = (status: string, incidentId?: number): Reply => ({ status: 200, body: { status, incidentId: incidentId ?? null, dedupeKey: alarm.dedupeKey, type: alarm.type } });
  const open = await b2c.findIncidentByRef(ref, inv.deadline);

  if (isFiring(alarm.type)) {
    if (open === undefined) {
      const severity = alarm.severity === undefined ? undefined : (settings.severityMap[alarm.severity] ?? alarm.severity);
      const id = await b2c.createIncident({ subject: alarm.title, ref, severity, note: noteText(alarm), noteMarker: messageKey }, inv.deadline);
      log.info("incident created", { dedupeKey: alarm.dedupeKey, incidentId: id });
      return reply("created", id);
    }
    const added = await b2c.ensureNote(open, messageKey, noteText(alarm), inv.deadline);
    return reply(added ? "annotated" : "already_recorded", open);
  }

  if (open === undefined) return reply("no_open_incident");
  const added = await b2c.ensureNote(open, messageKey, noteText(alarm), inv.deadline);
  if (settings.clearAction === "annotate") return reply(added ? "annotated" : "already_recorded", open);
  await b2c.close(open, settings.solvedStatus, `${ref}/closed@${alarm.timestamp}`, inv.deadline);
  log.info("incident closed", { dedupeKey: alarm.dedupeKey, incidentId: open });
  return reply("closed", open);
}
