import { errorMessage } from "../../shared/errors";
import { log } from "../../shared/log";
import type { Runtime } from "../../shared/runtime";
import type { Invocation, Reply } from "../../shared/serve";
import type { Settings } from "./settings";
import { type Keys, decide } from "./decide";
import { parseAuthRequest } from "./request";

export interface Deps {
  readonly settings: Settings;
  readonly rt: Runtime<Reply>;
}

async function loadKeys(deps: Deps, deadline?: number): Promise<Keys> {
  const { settings, rt } = deps;
  const tokens = settings.tokenSecretId
    ? (await rt.secrets.get(settings.tokenSecretId, deadline))
        .split(/\r?\n/)
        .map((t) => t.trim())
        .filter(Boolean)
    : undefined;
  const signingKey = settings.signature ? (await rt.secrets.get(settings.signature.secretId, deadline)).trim() : undefined;
  return { tokens, signingKey };
}

/**
 * API Gateway reads the decision from the body of a 200 response: `active` plus, on success,
 * principal / scope / expiresAt / context (surfaced as request.auth[...]), and on deny the
 * WWW-Authenticate challenge. Any failure, including Vault being unreachable, denies.
 */
export async function handle(inv: Invocation, deps: Deps): Promise<Reply> {
  const { settings } = deps;
  const req = parseAuthRequest(inv.body);
  let decision;
  try {
    decision = decide(req, settings, await loadKeys(deps, inv.deadline));
  } catch (err) {
    decision = { allow: false as const, reason: `could not verify: ${errorMessage(err)}` };
  }
  if (!decision.allow) {
    log.warn("access denied", { callId: inv.callId, reason: decision.reason, clientIp: req.clientIp });
    const scheme = settings.mode === "ip-allow-list" ? "IP" : settings.tokenSecretId ? "Bearer" : "Signature";
    return { status: 200, body: { active: false, wwwAuthenticate: `${scheme} realm="${settings.realm}"` } };
  }
  const context: Record<string, string> = { authMethods: decision.methods.join(",") };
  if (req.clientIp) context.clientIp = req.clientIp;
  return {
    status: 200,
    body: {
      active: true,
      principal: settings.principal,
      scope: settings.scopes,
      clientId: settings.principal,
      expiresAt: new Date(Date.now() + settings.ttlSeconds * 1000).toISOString(),
      context,
    },
  };
}
