import { sha256Hex } from "../../shared/crypto";
import { BadInputError } from "../../shared/errors";
import { type JsonObject, isObject, parseJsonObject } from "../../shared/input";

/**
 * An inbound SMS as an SMS provider's webhook posts it: Twilio-style form fields (From, To, Body,
 * MessageSid) or a JSON message resource (from, to, body, sid).
 */
export interface Sms {
  readonly from: string;
  readonly to?: string;
  readonly text: string;
  /** Provider message id; a hash of the payload when the provider sends none. */
  readonly messageId: string;
  /** Every field received, for the incident note. */
  readonly raw: JsonObject;
  /** Form fields, which a Twilio-style signature covers; empty for JSON bodies. */
  readonly signedParams: Record<string, string>;
}

const WHAT = "SMS webhook";

function field(raw: JsonObject, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = raw[name];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

/** E.164-ish: keeps a leading + and digits, drops the usual separators. */
export function normalisePhone(value: string): string {
  const compact = value.replace(/[\s().-]/g, "");
  if (!/^\+?[0-9]{5,20}$/.test(compact)) throw new BadInputError(`${WHAT}: "From" is not a phone number`);
  return compact;
}

export function parseSms(body: string): Sms {
  const isJson = body.trimStart().startsWith("{");
  let raw: JsonObject;
  let signedParams: Record<string, string> = {};
  if (isJson) {
    raw = parseJsonObject(body, WHAT);
  } else {
    if (body.trim() === "") throw new BadInputError(`${WHAT}: request body is empty`);
    signedParams = Object.fromEntries(new URLSearchParams(body));
    raw = signedParams;
  }
  if (!isObject(raw)) throw new BadInputError(`${WHAT}: unreadable body`);
  const from = field(raw, "From", "from");
  if (!from) throw new BadInputError(`${WHAT}: missing sender ("From" or "from")`);
  const text = field(raw, "Body", "body");
  if (!text) throw new BadInputError(`${WHAT}: missing message text ("Body" or "body")`);
  const messageId = field(raw, "MessageSid", "SmsSid", "sid", "message_id") ?? `sha256-${sha256Hex(body).slice(0, 32)}`;
  return { from: normalisePhone(from), to: field(raw, "To", "to"), text, messageId, raw, signedParams };
}
