import { parseConfig } from "../../shared/config";
import { CONFIG } from "./config";

export type TargetAuth = { kind: "none" } | { kind: "basic"; secretId: string } | { kind: "oauth2"; secretId: string; tokenUrl: URL };

export interface Settings {
  readonly targetUrl: URL;
  readonly auth: TargetAuth;
  readonly mode: "whole" | "mapped";
}

/** The forwarder's settings, parsed from its configuration by the one declaration (./config.ts). */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const c = parseConfig(CONFIG, env);
  // The declaration's rules guarantee the credentials (and, for oauth2, the token URL) are set.
  const auth: TargetAuth =
    c.targetAuth === "none" ? { kind: "none" } : c.targetAuth === "basic" ? { kind: "basic", secretId: c.targetCredentials! } : { kind: "oauth2", secretId: c.targetCredentials!, tokenUrl: c.targetTokenUrl! };
  return { targetUrl: c.targetUrl, auth, mode: c.forwardMode };
}
