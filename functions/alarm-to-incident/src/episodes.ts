import type { Note } from "../../shared/b2c";
import { type Transition, isFiring } from "./alarm";

/**
 * Ordering state, kept in B2C Service itself so every instance sees the same thing:
 * - an alarm episode is one incident. While open, its reference is `alarm:<key>`; its notes
 *   are its transitions, each tagged `[oci-ref <key>@<evaluation time>]` and followed by
 *   `Alarm <type> at ...`, so the times of the firings recorded on it can be read back;
 * - a closed episode's reference is `alarm:<key>/closed@<evaluation time of the clear>`, so
 *   the clears seen for a key are found with one query on the reference prefix.
 * Messages are placed by their evaluation time (`timestampEpochMillis`), not by arrival.
 */
export interface Recorded {
  readonly ms: number;
  readonly type: Transition;
}

export interface ClosedEpisode {
  readonly id: number;
  readonly closedAt: number;
}

const NOTE = /^\[oci-ref (.+)@(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\]\nAlarm ([A-Z_]+) at /;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Transitions of `key` recorded in these notes (our own notes only; others are ignored). */
export function recordedTransitions(notes: readonly Note[], key: string): Recorded[] {
  const out: Recorded[] = [];
  for (const note of notes) {
    const m = NOTE.exec(note.text);
    if (m && m[1] === key) out.push({ ms: Date.parse(m[2]), type: m[3] as Transition });
  }
  return out;
}

export function firingTimes(recorded: readonly Recorded[]): { first?: number; last?: number } {
  const times = recorded.filter((r) => isFiring(r.type)).map((r) => r.ms);
  return times.length === 0 ? {} : { first: Math.min(...times), last: Math.max(...times) };
}

export function closedRef(ref: string, timestamp: string): string {
  return `${ref}/closed@${timestamp}`;
}

/** Closed episodes from the references found under `<ref>/closed@`. */
export function closedEpisodes(ref: string, found: ReadonlyArray<{ id: number; ref: string }>): ClosedEpisode[] {
  const prefix = closedRef(ref, "");
  return found.flatMap((f) => {
    const iso = f.ref.slice(prefix.length);
    return f.ref.startsWith(prefix) && ISO.test(iso) ? [{ id: f.id, closedAt: Date.parse(iso) }] : [];
  });
}

/**
 * The closed episode a message at `ms` belongs to: the one with the earliest clear at or after
 * it. A message older than a clear already recorded is part of that (or an earlier) episode,
 * so it is noted there and never opens a new incident. Undefined when the message is newer
 * than every recorded clear.
 */
export function closedEpisodeFor(ms: number, episodes: readonly ClosedEpisode[]): ClosedEpisode | undefined {
  let best: ClosedEpisode | undefined;
  for (const e of episodes) {
    if (e.closedAt >= ms && (!best || e.closedAt < best.closedAt || (e.closedAt === best.closedAt && e.id < best.id))) best = e;
  }
  return best;
}
