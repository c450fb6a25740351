import { type FormParams, safeEqual, sha256Hex, webhookSignature } from "./crypto";

/**
 * Verifies an X-Twilio-Signature the way Twilio documents it
 * (https://www.twilio.com/docs/usage/webhooks/webhooks-security):
 * - form posts (application/x-www-form-urlencoded): the signature covers the full URL plus
 *   every POST parameter (see `webhookSignature`);
 * - JSON bodies: Twilio adds `bodySHA256=<hex SHA-256 of the raw body>` to the URL's query and
 *   signs that full URL with no parameters; the body must then hash to that value. Both must
 *   hold. A URL carrying bodySHA256 is always checked this way, whatever the body looks like.
 * Twilio's helper libraries accept the URL with or without the scheme's port (some proxies
 * add or drop it); so does this. Every candidate is computed and compared in constant time.
 */
export interface SignedRequest {
  /** The full URL the provider called, query string included, exactly as it sent it. */
  readonly url: string;
  readonly signature: string | undefined;
  /** Form fields (form posts). */
  readonly form?: FormParams;
  /** The raw body (JSON posts, checked against bodySHA256). */
  readonly rawBody?: Buffer;
}

export type Verdict = { readonly ok: true; readonly rule: "form" | "body" } | { readonly ok: false; readonly reason: string };

const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i;

/** The URL as given, without its port, and with the scheme's default port. */
export function urlVariants(url: string): string[] {
  const m = AUTHORITY.exec(url);
  if (!m) return [url];
  const [, scheme, authority, rest] = m;
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at + 1) : "";
  const hostPort = authority.slice(at + 1);
  const pm = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostPort);
  if (!pm) return [url];
  const [, host, port] = pm;
  const defaultPort = scheme.toLowerCase() === "https://" ? "443" : "80";
  const withoutPort = `${scheme}${userinfo}${host}${rest}`;
  const withPort = `${scheme}${userinfo}${host}:${port || defaultPort}${rest}`;
  return [...new Set([url, withoutPort, withPort])];
}

/** The bodySHA256 query parameter of a URL, if present. */
export function bodyHashOf(url: string): string | undefined {
  const q = url.indexOf("?");
  if (q < 0) return undefined;
  const value = new URLSearchParams(url.slice(q + 1).split("#")[0]).get("bodySHA256");
  return value ?? undefined;
}

export function verifyWebhook(key: string, req: SignedRequest): Verdict {
  if (!req.signature) return { ok: false, reason: "no X-Twilio-Signature" };
  const bodyHash = bodyHashOf(req.url);
  const params = bodyHash !== undefined ? [] : (req.form ?? []);
  // No early exit: every candidate is computed and compared.
  const matches = urlVariants(req.url).map((u) => safeEqual(req.signature!, webhookSignature(key, u, params)));
  const signed = matches.includes(true);
  if (bodyHash === undefined) return signed ? { ok: true, rule: "form" } : { ok: false, reason: "signature does not match the URL and form fields" };
  const hashOk = safeEqual(bodyHash.toLowerCase(), sha256Hex(req.rawBody ?? Buffer.alloc(0)));
  if (!signed) return { ok: false, reason: "signature does not match the URL" };
  return hashOk ? { ok: true, rule: "body" } : { ok: false, reason: "body does not match bodySHA256" };
}
