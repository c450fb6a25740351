import { COMMON_CONFIG, type ConfigReader, type ConfigSpec } from "./config";
import { ConfigError, UpstreamError } from "./errors";
import { sha256Hex } from "./crypto";
import { type HttpRequest, basicAuth, parseJsonBody } from "./http";
import type { Runtime } from "./runtime";
import { parseCredentials } from "./secrets";

/**
 * The slice of the Oracle B2C Service Connect REST API the incident functions need.
 *
 * Idempotency at the upstream: each incident we create carries an external reference in a
 * custom field (B2C_EXTERNAL_REF_FIELD); creates are always preceded by a lookup on it, and each
 * note we add starts with a marker line that is checked before adding it again. A redelivery that
 * reaches a fresh instance therefore finds its earlier work instead of repeating it.
 */
export interface B2cOptions {
  /** e.g. https://mysite.custhelp.com/services/rest/connect/v1.4 */
  readonly baseUrl: URL;
  readonly credentialsSecretId: string;
  /** Dotted path of the custom field holding our reference, e.g. customFields.c.oci_external_ref */
  readonly refField: string;
  /** Sent as OSvC-CREST-Application-Context, which Connect REST requires on every request. */
  readonly appContext: string;
}

export interface NewIncident {
  readonly subject: string;
  readonly ref: string;
  readonly note: string;
  /** Marker of the first note, checked by later `ensureNote` calls for the same delivery. */
  readonly noteMarker: string;
  readonly primaryContactId?: number;
  readonly severity?: string;
}

interface Items {
  items?: Array<{ id?: unknown; text?: unknown }>;
}

/** Configuration keys of both incident functions. */
export const B2C_CONFIG = {
  ...COMMON_CONFIG,
  B2C_BASE_URL: { required: true, meaning: "Connect REST base URL of the B2C Service site, e.g. https://mysite.custhelp.com/services/rest/connect/v1.4" },
  B2C_CREDENTIALS_SECRET_OCID: { required: true, meaning: 'OCID of the Vault secret with the B2C integration user: {"username","password"} JSON or "user:password".' },
  B2C_EXTERNAL_REF_FIELD: {
    required: false,
    default: "customFields.c.oci_external_ref",
    meaning: "Incident text field (dotted path) where the function stores its external reference; searched before every create. Create it on the site first.",
  },
} as const satisfies ConfigSpec;

export function readB2cOptions(cfg: ConfigReader<typeof B2C_CONFIG>, appContext: string): B2cOptions {
  return {
    baseUrl: cfg.secureUrl("B2C_BASE_URL"),
    credentialsSecretId: cfg.required("B2C_CREDENTIALS_SECRET_OCID"),
    refField: validateRefField(cfg.required("B2C_EXTERNAL_REF_FIELD")),
    appContext,
  };
}

const FIELD_PATH = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;
const SAFE_VALUE = /^[A-Za-z0-9:@._+\-/]{1,200}$/;
export const SUBJECT_MAX = 240;

export function validateRefField(path: string): string {
  if (!FIELD_PATH.test(path)) throw new ConfigError(`B2C_EXTERNAL_REF_FIELD must be a dotted field path such as customFields.c.oci_external_ref, got "${path}"`);
  return path;
}

/**
 * References go into ROQL string literals, so anything outside a conservative alphabet is
 * replaced by its hash rather than escaped (ROQL quoting rules are easy to get wrong).
 */
export function externalRef(kind: string, id: string): string {
  return SAFE_VALUE.test(id) ? `${kind}:${id}` : `${kind}:sha256-${sha256Hex(id).slice(0, 40)}`;
}

export function noteMarker(marker: string): string {
  return `[oci-ref ${marker}]`;
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

export class B2cClient {
  constructor(
    private readonly rt: Pick<Runtime<unknown>, "http" | "secrets">,
    private readonly opts: B2cOptions,
  ) {}

  async findContactIdByPhone(phone: string, deadline?: number): Promise<number | undefined> {
    if (!SAFE_VALUE.test(phone)) throw new UpstreamError("phone number not safe for a B2C query");
    const res = await this.call<Items>({ method: "GET", path: `/contacts?q=${encodeURIComponent(`phones.number='${phone}'`)}`, label: "B2C find contact", replay: "replayable" }, deadline);
    return firstId(res);
  }

  async createContact(phone: string, first: string, last: string, deadline?: number): Promise<number> {
    const created = await this.call<{ id?: unknown }>({ method: "POST", path: "/contacts", label: "B2C create contact", replay: "once", body: { name: { first, last } } }, deadline);
    const id = requireId(created.id, "B2C create contact");
    await this.call({ method: "POST", path: `/contacts/${id}/phones`, label: "B2C add contact phone", replay: "once", body: { number: phone, phoneType: { lookupName: "Mobile Phone" } } }, deadline);
    return id;
  }

  async findIncidentByRef(ref: string, deadline?: number): Promise<number | undefined> {
    const q = `${this.opts.refField}='${ref}'`;
    const res = await this.call<Items>({ method: "GET", path: `/incidents?q=${encodeURIComponent(q)}`, label: "B2C find incident", replay: "replayable" }, deadline);
    return firstId(res);
  }

  /** Creates the incident with its first note in one request, so the two cannot come apart. */
  async createIncident(incident: NewIncident, deadline?: number): Promise<number> {
    const body: Record<string, unknown> = {
      subject: truncate(incident.subject, SUBJECT_MAX),
      ...nested(this.opts.refField, incident.ref),
      threads: [noteThread(noteMarker(incident.noteMarker), incident.note)],
    };
    if (incident.primaryContactId !== undefined) body.primaryContact = { id: incident.primaryContactId };
    if (incident.severity !== undefined) body.severity = { lookupName: incident.severity };
    const created = await this.call<{ id?: unknown }>({ method: "POST", path: "/incidents", label: "B2C create incident", replay: "once", body }, deadline);
    return requireId(created.id, "B2C create incident");
  }

  /** Adds a note unless one with the same marker exists. Returns whether a note was added. */
  async ensureNote(incidentId: number, marker: string, text: string, deadline?: number): Promise<boolean> {
    const tag = noteMarker(marker);
    const threads = await this.call<Items>({ method: "GET", path: `/incidents/${incidentId}/threads?expand=all`, label: "B2C list threads", replay: "replayable" }, deadline);
    if ((threads.items ?? []).some((t) => typeof t.text === "string" && t.text.startsWith(tag))) return false;
    await this.call({ method: "POST", path: `/incidents/${incidentId}/threads`, label: "B2C add note", replay: "once", body: noteThread(tag, text) }, deadline);
    return true;
  }

  /** Sets the status and moves the reference aside, in one PATCH, so lookups stop finding it. */
  async close(incidentId: number, status: string, closedRef: string, deadline?: number): Promise<void> {
    const body = { statusWithType: { status: { lookupName: status } }, ...nested(this.opts.refField, closedRef) };
    await this.call({ method: "PATCH", path: `/incidents/${incidentId}`, label: "B2C close incident", replay: "replayable", body }, deadline);
  }

  private async call<T>(req: { method: HttpRequest["method"]; path: string; label: string; replay: HttpRequest["replay"]; body?: unknown }, deadline?: number): Promise<T> {
    const secret = await this.rt.secrets.get(this.opts.credentialsSecretId, deadline);
    const { username, password } = parseCredentials(secret, "B2C_CREDENTIALS_SECRET_OCID");
    const base = this.opts.baseUrl.href.replace(/\/+$/, "");
    try {
      const res = await this.rt.http.request(
        {
          method: req.method,
          url: base + req.path,
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
      if (err instanceof UpstreamError && (err.status === 401 || err.status === 403)) this.rt.secrets.invalidate(this.opts.credentialsSecretId);
      throw err;
    }
  }
}

function noteThread(tag: string, text: string) {
  return { text: `${tag}\n${text}`, entryType: { lookupName: "Note" }, contentType: { lookupName: "text/plain" } };
}

function firstId(res: Items): number | undefined {
  if (!Array.isArray(res.items)) throw new UpstreamError("B2C query returned no items array");
  const id = res.items[0]?.id;
  return id === undefined ? undefined : requireId(id, "B2C query");
}

function requireId(id: unknown, label: string): number {
  if (typeof id !== "number" || !Number.isInteger(id) || id <= 0) throw new UpstreamError(`${label} returned no usable id`);
  return id;
}
