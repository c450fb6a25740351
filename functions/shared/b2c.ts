import { type CollectionPage, collectionIds, parseCollection, parseTabular, requireId, tabularId } from "./b2c-shapes";
import { phoneSpellings } from "./b2c-phone";
import type { B2C_SETTINGS } from "./b2c-config";
import type { ConfigValues } from "./config";
import { ConfigError, UpstreamError } from "./errors";
import { sha256Hex } from "./crypto";
import { type HttpRequest, basicAuth, parseJsonBody } from "./http";
import { log } from "./log";
import type { Runtime } from "./runtime";
import { type Credentials, parseCredentials } from "./secrets";

/**
 * The slice of the Oracle B2C Service Connect REST API the incident functions need.
 *
 * Idempotency at the upstream, for duplicates that reach another instance:
 * - each incident we create carries an external reference in a custom field
 *   (B2C_EXTERNAL_REF_FIELD) and is looked up by it before any create;
 * - after a create the reference is queried again: when two instances raced past the lookup
 *   and both created, every instance that sees several incidents keeps the lowest id, copies
 *   the others' tagged notes onto it and closes them with the reference moved to
 *   `<ref>/duplicate-of-<id>` (deterministic, so instances agree without talking);
 * - every note starts with a marker line (`[oci-ref ...]`) that is checked before adding it.
 */
export interface B2cOptions {
  /** e.g. https://mysite.custhelp.com/services/rest/connect/v1.4 */
  readonly baseUrl: URL;
  readonly credentials: B2cCredentials;
  /** Dotted path of the custom field holding our reference, e.g. customFields.c.oci_external_ref */
  readonly refField: string;
  /** Status lookupName given to incidents that are closed (duplicates, cleared alarms). */
  readonly solvedStatus: string;
  /** Sent as OSvC-CREST-Application-Context, which Connect REST requires on every request. */
  readonly appContext: string;
}

/**
 * Where the integration user comes from: one secret holding `user:password` (or JSON), or two
 * secrets holding the user name and the password each (as B2C Service integrations often keep them).
 */
export type B2cCredentials =
  | { readonly kind: "combined"; readonly secretId: string }
  | { readonly kind: "separate"; readonly usernameSecretId: string; readonly passwordSecretId: string };

export interface NewIncident {
  readonly subject: string;
  readonly ref: string;
  readonly note: string;
  /** Marker of the first note, checked by later `ensureNote` calls for the same delivery. */
  readonly noteMarker: string;
  readonly primaryContactId?: number;
  readonly severity?: string;
  /** Status lookupName to create the incident in (e.g. already solved); B2C's default otherwise. */
  readonly status?: string;
}

export interface Note {
  readonly text: string;
}

/** The parsed B2C settings (./b2c-config.ts) as the client needs them. */
export function b2cOptions(c: ConfigValues<typeof B2C_SETTINGS>, appContext: string): B2cOptions {
  // The declaration's rule guarantees one of the two forms, complete.
  const credentials: B2cCredentials = c.credentials
    ? { kind: "combined", secretId: c.credentials }
    : { kind: "separate", usernameSecretId: c.usernameSecret!, passwordSecretId: c.passwordSecret! };
  return { baseUrl: c.baseUrl, credentials, refField: c.externalRefField, solvedStatus: c.solvedStatus, appContext };
}

/** Goes into ROQL string literals unescaped, so no quote, backslash, % or space. */
const SAFE_CHARACTERS = "A-Za-z0-9:@._+\\-/";
const SAFE_VALUE = new RegExp(`^[${SAFE_CHARACTERS}]{1,100}$`);
/** A value built from safe parts (a reference plus its suffixes) may be longer. */
const SAFE_QUERY_VALUE = new RegExp(`^[${SAFE_CHARACTERS}]+$`);
const PHONE_SPELLING = /^[0-9+() .-]{5,30}$/;
export const SUBJECT_MAX = 240;
const MARKER_PREFIX = "[oci-ref ";

/**
 * References go into ROQL string literals, so anything outside a conservative alphabet (or
 * longer than 100 characters, to leave room for the suffixes in a text field) is replaced by
 * its hash rather than escaped (ROQL quoting rules are easy to get wrong).
 */
export function externalRef(kind: string, id: string): string {
  return `${kind}:${safeId(id)}`;
}

/** `id` itself when it is safe in a ROQL literal, else its hash (see {@link externalRef}). */
export function safeId(id: string): string {
  return SAFE_VALUE.test(id) ? id : `sha256-${sha256Hex(id).slice(0, 40)}`;
}

export function noteMarker(marker: string): string {
  return `${MARKER_PREFIX}${marker}]`;
}

/** The marker line a note starts with, if it is one of ours. */
function markerOf(text: string): string | undefined {
  const line = text.split("\n", 1)[0];
  return line.startsWith(MARKER_PREFIX) && line.endsWith("]") ? line : undefined;
}

/** Sets a dotted path (a.b.c) inside a fresh object. */
function nested(path: string, value: unknown): Record<string, unknown> {
  return path
    .split(".")
    .reverse()
    .reduce<unknown>((acc, key) => ({ [key]: acc }), value) as Record<string, unknown>;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** What both incident functions hand their handler. */
export interface B2cDeps<S, R> {
  readonly settings: S;
  readonly rt: Runtime<R>;
  readonly b2c: B2cClient;
}

export function createB2cDeps<S extends { readonly b2c: B2cOptions }, R>(settings: S, rt: Runtime<R>): B2cDeps<S, R> {
  return { settings, rt, b2c: new B2cClient(rt, settings.b2c) };
}

const ascending = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b);

interface Call {
  readonly method: HttpRequest["method"];
  /** Relative to the base URL, or an absolute "next" link of the same site. */
  readonly path: string;
  readonly label: string;
  readonly replay: HttpRequest["replay"];
  readonly body?: unknown;
}

export class B2cClient {
  constructor(
    private readonly rt: Pick<Runtime<unknown>, "http" | "secrets">,
    private readonly opts: B2cOptions,
  ) {}

  /** Contacts having the number under any of its usual spellings (see b2c-phone.ts), lowest id first. */
  private async findContactIds(e164: string, deadline?: number): Promise<number[]> {
    const spellings = phoneSpellings(e164);
    if (!spellings.every((s) => PHONE_SPELLING.test(s))) throw new UpstreamError("phone number not safe for a B2C query");
    const q = `phones.number IN (${spellings.map((s) => `'${s}'`).join(", ")})`;
    return this.queryIds(`/contacts?q=${encodeURIComponent(q)}`, "B2C find contact", deadline);
  }

  /**
   * The contact with this mobile number, created (name and phone in one request, so no
   * phoneless contact can be left behind) when there is none. Afterwards the number is looked
   * up again: if a concurrent delivery created a contact too, everyone uses the lowest id.
   */
  async findOrCreateContact(e164: string, first: string, last: string, deadline?: number): Promise<{ id: number; created: boolean }> {
    const existing = await this.findContactIds(e164, deadline);
    if (existing.length > 0) {
      if (existing.length > 1) log.warn("several B2C contacts have this number; using the lowest id", { contactIds: existing });
      return { id: existing[0], created: false };
    }
    const phone = { number: e164, phoneType: { lookupName: "Mobile Phone" } };
    const created = await this.call<{ id?: unknown }>({ method: "POST", path: "/contacts", label: "B2C create contact", replay: "once", body: { name: { first, last }, phones: [phone] } }, deadline);
    const id = requireId(created.id, "B2C create contact");
    let found = await this.findContactIds(e164, deadline);
    if (!found.includes(id)) {
      // The site did not keep the inline phone: add it through the sub-resource, the only
      // other documented way, and check again. Should that fail, the contact is phoneless and
      // the error names it, so it can be removed; the redelivery creates a complete one.
      log.warn("B2C contact created without its phone; adding it", { contactId: id });
      await this.call({ method: "POST", path: `/contacts/${id}/phones`, label: `B2C add phone to contact ${id}`, replay: "once", body: phone }, deadline);
      found = await this.findContactIds(e164, deadline);
      if (!found.includes(id)) throw new UpstreamError(`B2C contact ${id} was created but is not found by its phone number`);
    }
    if (found[0] !== id) log.warn("concurrent deliveries created several contacts for one number; using the lowest id", { contactIds: found, created: id });
    return { id: found[0], created: found[0] === id };
  }

  private async findIncidentIds(ref: string, deadline?: number): Promise<number[]> {
    const q = `${this.opts.refField}='${this.safe(ref)}'`;
    return this.queryIds(`/incidents?q=${encodeURIComponent(q)}`, "B2C find incident", deadline);
  }

  /** The incident holding `ref` (the lowest id, after folding any duplicates into it). */
  async findIncident(ref: string, deadline?: number): Promise<number | undefined> {
    const ids = await this.findIncidentIds(ref, deadline);
    if (ids.length > 1) await this.foldDuplicates(ref, ids, deadline);
    return ids[0];
  }

  /**
   * Creates the incident with its first note in one request, so the two cannot come apart,
   * then looks the reference up again and folds concurrent duplicates into the lowest id.
   * `created` is false when another delivery's incident won.
   */
  async createIncident(incident: NewIncident, deadline?: number): Promise<{ id: number; created: boolean }> {
    const body: Record<string, unknown> = {
      subject: truncate(incident.subject, SUBJECT_MAX),
      ...nested(this.opts.refField, this.safe(incident.ref)),
      threads: [noteThread(noteMarker(incident.noteMarker), incident.note)],
    };
    if (incident.primaryContactId !== undefined) body.primaryContact = { id: incident.primaryContactId };
    if (incident.severity !== undefined) body.severity = { lookupName: incident.severity };
    if (incident.status !== undefined) body.statusWithType = { status: { lookupName: incident.status } };
    const created = await this.call<{ id?: unknown }>({ method: "POST", path: "/incidents", label: "B2C create incident", replay: "once", body }, deadline);
    const id = requireId(created.id, "B2C create incident");
    const found = await this.findIncidentIds(incident.ref, deadline);
    if (!found.includes(id)) log.warn("created B2C incident not yet found by its reference", { incidentId: id });
    const all = ascending([...found, id]);
    if (all.length > 1) await this.foldDuplicates(incident.ref, all, deadline);
    return { id: all[0], created: all[0] === id };
  }

  /**
   * Keeps the lowest id; every other incident's tagged notes are copied onto it (so no
   * delivery's record is lost), then it is solved and its reference moved to
   * `<ref>/duplicate-of-<keeper>`, which no lookup matches. Safe to run from several instances.
   */
  private async foldDuplicates(ref: string, ids: readonly number[], deadline?: number): Promise<void> {
    const [keeper, ...others] = ascending(ids);
    const kept = new Set((await this.listNotes(keeper, deadline)).map((n) => markerOf(n.text)).filter(Boolean));
    for (const dup of others) {
      for (const note of await this.listNotes(dup, deadline)) {
        const marker = markerOf(note.text);
        if (!marker || kept.has(marker)) continue;
        await this.call({ method: "POST", path: `/incidents/${keeper}/threads`, label: "B2C add note", replay: "once", body: noteBody(note.text) }, deadline);
        kept.add(marker);
      }
      await this.setStatusAndRef(dup, this.opts.solvedStatus, `${ref}/duplicate-of-${keeper}`, "B2C close duplicate incident", deadline);
      log.warn("duplicate B2C incident folded into the oldest", { ref, keptIncidentId: keeper, closedIncidentId: dup });
    }
  }

  /** The incident's notes (threads), each page of the collection. */
  async listNotes(incidentId: number, deadline?: number): Promise<Note[]> {
    const out: Note[] = [];
    for (let path: string | undefined = `/incidents/${incidentId}/threads?expand=all`; path; ) {
      const page: CollectionPage = parseCollection(await this.call<unknown>({ method: "GET", path, label: "B2C list threads", replay: "replayable" }, deadline), "B2C list threads");
      for (const item of page.items) if (typeof item.text === "string") out.push({ text: item.text });
      path = page.next;
    }
    return out;
  }

  /** Adds a note unless one with the same marker exists. Returns whether a note was added. */
  async ensureNote(incidentId: number, marker: string, text: string, deadline?: number, notes?: readonly Note[]): Promise<boolean> {
    const tag = noteMarker(marker);
    const existing = notes ?? (await this.listNotes(incidentId, deadline));
    if (existing.some((n) => markerOf(n.text) === tag)) return false;
    await this.call({ method: "POST", path: `/incidents/${incidentId}/threads`, label: "B2C add note", replay: "once", body: noteThread(tag, text) }, deadline);
    return true;
  }

  /** Sets the status and moves the reference aside, in one PATCH, so lookups stop finding it. */
  async close(incidentId: number, closedRef: string, deadline?: number): Promise<void> {
    await this.setStatusAndRef(incidentId, this.opts.solvedStatus, closedRef, "B2C close incident", deadline);
  }

  /**
   * Incidents whose reference starts with `prefix`, with that reference, through a ROQL tabular
   * query (one request for ids and values). LIKE treats "_" as a wildcard, so the prefix is
   * checked again here.
   */
  async findByRefPrefix(prefix: string, deadline?: number): Promise<Array<{ id: number; ref: string }>> {
    const field = this.opts.refField;
    const roql = `SELECT id, ${field} FROM incidents WHERE ${field} LIKE '${this.safe(prefix)}%'`;
    const label = "B2C query incidents by reference";
    const body = await this.call<unknown>({ method: "GET", path: `/queryResults/?query=${encodeURIComponent(roql)}`, label, replay: "replayable" }, deadline);
    return parseTabular(body, label, 2)
      .map(([id, ref]) => ({ id: tabularId(id, label), ref: ref ?? "" }))
      .filter((r) => r.ref.startsWith(prefix));
  }

  private async setStatusAndRef(incidentId: number, status: string, ref: string, label: string, deadline?: number): Promise<void> {
    const body = { statusWithType: { status: { lookupName: status } }, ...nested(this.opts.refField, ref) };
    await this.call({ method: "PATCH", path: `/incidents/${incidentId}`, label, replay: "replayable", body }, deadline);
  }

  private async queryIds(path: string, label: string, deadline?: number): Promise<number[]> {
    const ids: number[] = [];
    for (let next: string | undefined = path; next; ) {
      const page = parseCollection(await this.call<unknown>({ method: "GET", path: next, label, replay: "replayable" }, deadline), label);
      ids.push(...collectionIds(page, label));
      next = page.next;
    }
    return ascending(ids);
  }

  private safe(value: string): string {
    if (!SAFE_QUERY_VALUE.test(value)) throw new UpstreamError("value not safe for a B2C query");
    return value;
  }

  private url(path: string): string {
    const base = this.opts.baseUrl.href.replace(/\/+$/, "");
    if (!/^https?:\/\//.test(path)) return base + path;
    // "next" links are absolute; credentials go nowhere but the configured site.
    if (!path.startsWith(base + "/")) throw new UpstreamError("B2C paging link points outside B2C_BASE_URL");
    return path;
  }

  private async call<T>(req: Call, deadline?: number): Promise<T> {
    const { username, password } = await this.credentials(deadline);
    try {
      const res = await this.rt.http.request(
        {
          method: req.method,
          url: this.url(req.path),
          label: req.label,
          replay: req.replay,
          headers: {
            Authorization: basicAuth(username, password),
            Accept: "application/json",
            "Content-Type": "application/json",
            "OSvC-CREST-Application-Context": this.opts.appContext,
          },
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
        },
        deadline,
      );
      return parseJsonBody<T>(res.text, req.label);
    } catch (err) {
      // Rotated or revoked credentials: read them again on the redelivery.
      if (err instanceof UpstreamError && (err.status === 401 || err.status === 403)) for (const id of this.credentialSecretIds()) this.rt.secrets.invalidate(id);
      throw err;
    }
  }

  private credentialSecretIds(): string[] {
    const c = this.opts.credentials;
    return c.kind === "combined" ? [c.secretId] : [c.usernameSecretId, c.passwordSecretId];
  }

  /** The integration user, from one secret or from two (read concurrently; every value is registered for log redaction by the store). */
  private async credentials(deadline?: number): Promise<Credentials> {
    const c = this.opts.credentials;
    if (c.kind === "combined") return parseCredentials(await this.rt.secrets.get(c.secretId, deadline), "B2C_CREDENTIALS_SECRET_OCID");
    const [username, password] = await Promise.all([this.rt.secrets.get(c.usernameSecretId, deadline), this.rt.secrets.get(c.passwordSecretId, deadline)]);
    return { username: singleValue(username, "B2C_USERNAME_SECRET_OCID", true), password: singleValue(password, "B2C_PASSWORD_SECRET_OCID", false) };
  }
}

/**
 * A secret that holds one value: a trailing line break (a secret created from a file) is
 * dropped; a user name is trimmed, a password otherwise kept byte for byte.
 */
function singleValue(raw: string, key: string, trim: boolean): string {
  const value = trim ? raw.trim() : raw.replace(/\r?\n$/, "");
  if (!value || /[\r\n]/.test(value)) throw new ConfigError(`${key} must hold a single ${trim ? "user name" : "password"} (one line, not empty)`);
  return value;
}

/** A plain-text note thread, as B2C Service's threads field takes it. */
function noteBody(text: string) {
  return { text, entryType: { lookupName: "Note" }, contentType: { lookupName: "text/plain" } };
}

function noteThread(tag: string, text: string) {
  return noteBody(`${tag}\n${text}`);
}
