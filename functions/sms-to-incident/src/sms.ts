import { toE164 } from "../../shared/b2c-phone";
import { type FormParams, sha256Hex } from "../../shared/crypto";
import { BadInputError } from "../../shared/errors";
import { type JsonObject, parseJsonObject } from "../../shared/input";

/**
 * An inbound SMS as an SMS provider's webhook posts it: Twilio-style form fields (From, To, Body,
 * MessageSid) or a JSON message resource (from, to, body, sid).
 */
export interface Sms {
  /** How the body was encoded, which decides the signature rule. */
  readonly kind: "form" | "json";
  /** Sender in E.164. */
  readonly from: string;
  readonly to?: string;
  readonly text: string;
  /** Provider message id; a hash of the payload when the provider sends none. */
  readonly messageId: string;
  /** Every field received, for the incident note (a repeated form field becomes an array). */
  readonly raw: JsonObject;
  /** Form fields in the order received (what a form signature covers); empty for JSON. */
  readonly form: FormParams;
}

const WHAT = "SMS webhook";

function field(raw: JsonObject, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = raw[name];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

export function normalisePhone(value: string): string {
  const e164 = toE164(value);
  if (!e164) throw new BadInputError(`${WHAT}: "From" is not a phone number`);
  return e164;
}

/** By Content-Type when it names one of the two encodings, else by the body's first character. */
function kindOf(body: string, contentType: string | undefined): Sms["kind"] {
  const type = contentType?.split(";")[0].trim().toLowerCase();
  if (type === "application/json") return "json";
  if (type === "application/x-www-form-urlencoded") return "form";
  return body.trimStart().startsWith("{") ? "json" : "form";
}

function formFields(form: FormParams): JsonObject {
  const raw: Record<string, string | string[]> = {};
  for (const [name, value] of form) {
    const seen = raw[name];
    raw[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return raw;
}

export function parseSms(body: string, contentType?: string): Sms {
  if (body.trim() === "") throw new BadInputError(`${WHAT}: request body is empty`);
  const kind = kindOf(body, contentType);
  let raw: JsonObject;
  let form: FormParams = [];
  if (kind === "json") {
    raw = parseJsonObject(body, WHAT);
  } else {
    form = [...new URLSearchParams(body)];
    raw = formFields(form);
  }
  const from = field(raw, "From", "from");
  if (!from) throw new BadInputError(`${WHAT}: missing sender ("From" or "from")`);
  const text = field(raw, "Body", "body");
  if (!text) throw new BadInputError(`${WHAT}: missing message text ("Body" or "body")`);
  const messageId = field(raw, "MessageSid", "SmsSid", "sid", "message_id") ?? `sha256-${sha256Hex(body).slice(0, 32)}`;
  return { kind, from: normalisePhone(from), to: field(raw, "To", "to"), text, messageId, raw, form };
}
