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

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Twilio-style webhook signature: base64 HMAC-SHA1, keyed with the account's auth token, over the
 * full URL the provider called followed by every POST parameter as name+value, sorted by name.
 * With no parameters (GET webhooks, JSON bodies) it signs the URL alone.
 */
export function webhookSignature(key: string, url: string, params: Record<string, string> = {}): string {
  const payload = Object.keys(params)
    .sort()
    .reduce((acc, name) => acc + name + params[name], url);
  return createHmac("sha1", key).update(payload, "utf8").digest("base64");
}
