import { BlockList, isIP } from "node:net";
import { COMMON_CONFIG, ConfigReader, type ConfigSpec, keysOf } from "../../shared/config";
import { ConfigError } from "../../shared/errors";

export const CONFIG = {
  ...COMMON_CONFIG,
  AUTH_TOKEN_SECRET_OCID: {
    required: false,
    meaning: "OCID of the Vault secret holding the accepted bearer tokens / API keys, one per line (several lines allow rotation). Enables the token check.",
  },
  AUTH_SIGNATURE_SECRET_OCID: {
    required: false,
    meaning: "OCID of the Vault secret holding the webhook signing key (Twilio auth token). Enables the X-Twilio-Signature check.",
  },
  AUTH_SIGNATURE_URL: { required: false, meaning: "Public URL the provider signs, used when the deployment does not pass a `url` argument." },
  AUTH_IP_ALLOWLIST: { required: false, meaning: "Comma-separated IPv4/IPv6 addresses or CIDR ranges allowed to call; when set, the caller's address must match." },
  AUTH_PRINCIPAL: { required: false, default: "webhook-client", meaning: "Principal reported to API Gateway on success (request.auth context)." },
  AUTH_SCOPES: { required: false, meaning: "Comma-separated scopes granted on success (for route authorization ANY_OF)." },
  AUTH_TTL_SECONDS: { required: false, default: "300", meaning: "Lifetime of a successful decision (expiresAt); API Gateway caches it that long." },
  AUTH_REALM: { required: false, default: "oci-api", meaning: "Realm in the WWW-Authenticate challenge returned on deny." },
} as const satisfies ConfigSpec;

export const CONFIG_KEYS = keysOf(CONFIG);

export interface Settings {
  readonly tokenSecretId?: string;
  readonly signature?: { readonly secretId: string; readonly url?: string };
  readonly allowlist?: BlockList;
  readonly principal: string;
  readonly scopes: readonly string[];
  readonly ttlSeconds: number;
  readonly realm: string;
}

/** Parses "a.b.c.d, 10.0.0.0/8, 2001:db8::/32" into a matcher. */
export function parseAllowlist(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [addr, bits] = entry.split("/");
    const family = isIP(addr);
    if (family === 0) throw new ConfigError(`AUTH_IP_ALLOWLIST entry "${entry}" is not an IP address or CIDR`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) {
      list.addAddress(addr, type);
      continue;
    }
    const prefix = Number(bits);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) throw new ConfigError(`AUTH_IP_ALLOWLIST entry "${entry}" has a bad prefix length`);
    list.addSubnet(addr, prefix, type);
  }
  return list;
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const cfg = new ConfigReader(CONFIG, env);
  const tokenSecretId = cfg.optional("AUTH_TOKEN_SECRET_OCID");
  const signatureSecretId = cfg.optional("AUTH_SIGNATURE_SECRET_OCID");
  if (!tokenSecretId && !signatureSecretId) throw new ConfigError("set AUTH_TOKEN_SECRET_OCID and/or AUTH_SIGNATURE_SECRET_OCID: with neither, every request would be denied");
  const allow = cfg.list("AUTH_IP_ALLOWLIST");
  return {
    tokenSecretId,
    signature: signatureSecretId ? { secretId: signatureSecretId, url: cfg.optional("AUTH_SIGNATURE_URL") } : undefined,
    allowlist: allow.length > 0 ? parseAllowlist(allow) : undefined,
    principal: cfg.required("AUTH_PRINCIPAL"),
    scopes: cfg.list("AUTH_SCOPES"),
    ttlSeconds: cfg.int("AUTH_TTL_SECONDS", 1, 86_400),
    realm: cfg.required("AUTH_REALM"),
  };
}
