import { type B2cDeps, type Note } from "../../shared/b2c";
import { processOnce } from "../../shared/idempotency";
import { log } from "../../shared/log";
import type { Invocation, Reply } from "../../shared/serve";
import { type Alarm, isFiring, noteText, parseAlarm } from "./alarm";
import type { Settings } from "./settings";
import { closedEpisodeFor, closedEpisodes, closedRef, firingTimes, recordedTransitions } from "./episodes";

export type Deps = B2cDeps<Settings, Reply>;

/**
 * One incident per alarm episode (dedupeKey), ordered by evaluation time (see episodes.ts):
 * - OK_TO_FIRING / REPEAT: noted on the open incident, else on the closed episode whose clear
 *   is not older than the message (a late firing), else a new incident is opened;
 * - FIRING_TO_OK / RESET: noted on the open incident and, with ALARM_CLEAR_ACTION=close, closes
 *   it, unless a firing newer than the clear is already recorded there (a stale clear, which
 *   is only noted); with no incident to hold it, it is recorded as an incident created solved,
 *   so the firing that arrives after it is recognised as part of a finished episode.
 * Each message (dedupeKey + evaluation time) leaves exactly one note, tagged with that key, so a
 * redelivery to any instance finds its note and changes nothing.
 */
export async function handle(inv: Invocation, deps: Deps): Promise<Reply> {
  const alarm = parseAlarm(inv.body);
  const messageKey = `${alarm.key}@${alarm.timestamp}`;
  return processOnce(deps.rt.idempotency, `alarm:${messageKey}`, () => apply(inv, deps, alarm, messageKey), () => log.info("duplicate delivery", { messageKey }));
}

async function apply(inv: Invocation, deps: Deps, alarm: Alarm, messageKey: string): Promise<Reply> {
  const { b2c, settings } = deps;
  const deadline = inv.deadline;
  const ref = `alarm:${alarm.key}`; // what externalRef("alarm", alarm.dedupeKey) gives, without hashing again
  const text = noteText(alarm);
  const reply = (status: string, incidentId?: number): Reply => ({ status: 200, body: { status, incidentId: incidentId ?? null, dedupeKey: alarm.dedupeKey, type: alarm.type } });
  const findClosed = async () => closedEpisodeFor(alarm.ms, closedEpisodes(ref, await b2c.findByRefPrefix(closedRef(ref, ""), deadline)));
  const noteOnClosed = async (id: number) => {
    const added = await b2c.ensureNote(id, messageKey, text, deadline);
    if (added) log.info("late message noted on the closed episode it belongs to", { messageKey, incidentId: id });
    return reply(added ? "annotated_closed" : "already_recorded", id);
  };

  const open = await b2c.findIncident(ref, deadline);
  if (open !== undefined) {
    const notes: Note[] = await b2c.listNotes(open, deadline);
    const firings = firingTimes(recordedTransitions(notes, alarm.key));
    // Older than everything on the open incident: it may belong to an episode already closed.
    if (firings.first !== undefined && alarm.ms < firings.first) {
      const home = await findClosed();
      if (home) return noteOnClosed(home.id);
    }
    const added = await b2c.ensureNote(open, messageKey, text, deadline, notes);
    if (isFiring(alarm.type)) return reply(added ? "annotated" : "already_recorded", open);
    if (firings.last !== undefined && alarm.ms < firings.last) {
      log.info("clear older than the latest firing: noted, incident stays open", { messageKey, incidentId: open });
      return reply(added ? "stale_clear" : "already_recorded", open);
    }
    if (settings.clearAction === "annotate") return reply(added ? "annotated" : "already_recorded", open);
    await b2c.close(open, closedRef(ref, alarm.timestamp), deadline);
    log.info("incident closed", { dedupeKey: alarm.dedupeKey, incidentId: open });
    return reply("closed", open);
  }

  const home = await findClosed();
  if (home) return noteOnClosed(home.id);

  const severity = alarm.severity === undefined ? undefined : (settings.severityMap[alarm.severity] ?? alarm.severity);
  if (isFiring(alarm.type)) {
    const incident = await b2c.createIncident({ subject: alarm.title, ref, severity, note: text, noteMarker: messageKey }, deadline);
    // Lost a race with a concurrent delivery: our note was folded into the winner.
    if (!incident.created) return reply("annotated", incident.id);
    log.info("incident created", { dedupeKey: alarm.dedupeKey, incidentId: incident.id });
    return reply("created", incident.id);
  }
  // A clear with no episode to hold it (it overtook its firing, or the firing predates the
  // function): recorded as a solved incident, so the late firing finds it above.
  const closed = closedRef(ref, alarm.timestamp);
  const incident = await b2c.createIncident({ subject: alarm.title, ref: closed, severity, note: text, noteMarker: messageKey, status: settings.b2c.solvedStatus }, deadline);
  log.info("clear recorded before any firing", { dedupeKey: alarm.dedupeKey, incidentId: incident.id });
  return reply(incident.created ? "recorded_clear" : "already_recorded", incident.id);
}
