import { safeEqual, webhookSignature } from "../../shared/crypto";
import type { Settings } from "./settings";
import type { AuthRequest } from "./request";

/** Secrets resolved for one decision. */
export interface Keys {
  /** Accepted tokens (bearer or API key). */
  readonly tokens?: readonly string[];
  readonly signingKey?: string;
}

export type Decision =
  | { readonly allow: true; readonly methods: readonly string[] }
  | { readonly allow: false; readonly reason: string };

/**
 * Pure decision: every configured check must pass. In the credentials mode at least one
 * credential check (token or signature) must be configured; in the ip-allow-list mode the
 * sender's address is the only check. The order of checks does not short-circuit on secret material:
 * each token comparison is constant-time and all candidates are compared.
 */
export function decide(req: AuthRequest, settings: Settings, keys: Keys): Decision {
  const methods: string[] = [];
  if (settings.allowlist) {
    if (!req.clientIp) return { allow: false, reason: "no client address to check against the allow-list" };
    const family = req.clientIp.includes(":") ? "ipv6" : "ipv4";
    if (!settings.allowlist.check(req.clientIp, family)) return { allow: false, reason: "client address not allow-listed" };
    methods.push("ip");
  }
  // Chosen explicitly (AUTH_MODE=ip-allow-list, which requires a non-empty allow-list): the address alone decides.
  if (settings.mode === "ip-allow-list") return settings.allowlist ? { allow: true, methods } : { allow: false, reason: "no allow-list configured" };
  if (settings.tokenSecretId) {
    const presented = req.bearer ?? req.apiKey;
    if (!presented) return { allow: false, reason: "no bearer token or API key" };
    const matches = (keys.tokens ?? []).map((t) => safeEqual(presented, t));
    if (!matches.includes(true)) return { allow: false, reason: "token not accepted" };
    methods.push(req.bearer ? "bearer" : "api_key");
  }
  if (settings.signature) {
    const url = req.url ?? settings.signature.url;
    if (!req.signature || !url || !keys.signingKey) return { allow: false, reason: "no signature or signed URL" };
    if (!safeEqual(req.signature, webhookSignature(keys.signingKey, url))) return { allow: false, reason: "signature mismatch" };
    methods.push("signature");
  }
  return methods.some((m) => m !== "ip") ? { allow: true, methods } : { allow: false, reason: "no credential check configured" };
}
