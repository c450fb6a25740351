import { COMMON_CONFIG, ConfigReader, type ConfigSpec, keysOf } from "../../shared/config";
import { ConfigError } from "../../shared/errors";

export const CONFIG = {
  ...COMMON_CONFIG,
  TARGET_URL: {
    required: true,
    meaning: "HTTPS endpoint receiving the events: an Oracle Integration REST trigger URL or an ORDS REST handler URL.",
  },
  TARGET_AUTH: {
    required: false,
    default: "basic",
    meaning: "basic (Oracle Integration, ORDS first-party auth), oauth2 (ORDS client credentials) or none.",
  },
  TARGET_CREDENTIALS_SECRET_OCID: {
    required: false,
    meaning: 'OCID of the Vault secret with the credentials: {"username","password"} or "user:password" (basic); {"clientId","clientSecret"} or "id:secret" (oauth2). Required unless TARGET_AUTH=none.',
  },
  TARGET_TOKEN_URL: {
    required: false,
    meaning: "ORDS OAuth token endpoint (https://host/ords/<schema>/oauth/token). Required when TARGET_AUTH=oauth2.",
  },
  FORWARD_MODE: {
    required: false,
    default: "whole",
    meaning: "whole: forward the event JSON unchanged; mapped: forward a flat summary (ids, type, time, resource, compartment, details).",
  },
} as const satisfies ConfigSpec;

export const CONFIG_KEYS = keysOf(CONFIG);

export type TargetAuth = { kind: "none" } | { kind: "basic"; secretId: string } | { kind: "oauth2"; secretId: string; tokenUrl: URL };

export interface Settings {
  readonly targetUrl: URL;
  readonly auth: TargetAuth;
  readonly mode: "whole" | "mapped";
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const cfg = new ConfigReader(CONFIG, env);
  const kind = cfg.oneOf("TARGET_AUTH", ["basic", "oauth2", "none"] as const);
  const secretId = () => {
    const id = cfg.optional("TARGET_CREDENTIALS_SECRET_OCID");
    if (!id) throw new ConfigError(`TARGET_CREDENTIALS_SECRET_OCID is required when TARGET_AUTH=${kind}`);
    return id;
  };
  const auth: TargetAuth =
    kind === "none" ? { kind } : kind === "basic" ? { kind, secretId: secretId() } : { kind, secretId: secretId(), tokenUrl: cfg.secureUrl("TARGET_TOKEN_URL") };
  return {
    targetUrl: cfg.secureUrl("TARGET_URL"),
    auth,
    mode: cfg.oneOf("FORWARD_MODE", ["whole", "mapped"] as const),
  };
}
