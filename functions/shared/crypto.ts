import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * Constant-time string comparison. Both sides are hashed first so the comparison takes the same
 * time whatever their lengths (timingSafeEqual alone throws on, and so reveals, a length mismatch).
 */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a, "utf8").digest();
  const hb = createHash("sha256").update(b, "utf8").digest();
  return timingSafeEqual(ha, hb);
}

export function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(typeof data === "string" ? Buffer.from(data, "utf8") : data).digest("hex");
}

/** Form fields in the order received; a name may repeat. */
export type FormParams = ReadonlyArray<readonly [string, string]>;

/**
 * Twilio-style webhook signature: base64 HMAC-SHA1, keyed with the account's auth token, over
 * the full URL the provider called followed by every POST parameter as name+value, sorted by
 * name (a repeated name contributes each of its distinct values, sorted, as Twilio's helper
 * libraries do). With no parameters (GET webhooks, JSON bodies) it signs the URL alone.
 * https://www.twilio.com/docs/usage/webhooks/webhooks-security
 */
export function webhookSignature(key: string, url: string, params: FormParams | Record<string, string> = []): string {
  const pairs: FormParams = Array.isArray(params) ? params : Object.entries(params);
  const byName = new Map<string, Set<string>>();
  for (const [name, value] of pairs) byName.set(name, (byName.get(name) ?? new Set()).add(value));
  let payload = url;
  for (const name of [...byName.keys()].sort()) {
    for (const value of [...byName.get(name)!].sort()) payload += name + value;
  }
  return createHmac("sha1", key).update(payload, "utf8").digest("base64");
}
