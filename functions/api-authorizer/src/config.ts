import { COMMON_SETTINGS, defineConfig, listItems, setting } from "../../shared/config";

const IP_ONLY = { setting: "mode", is: ["ip-allow-list"] } as const;

const SETTINGS = {
  ...COMMON_SETTINGS,
  /**
   * `credentials`: a bearer token / API key and/or a webhook signature must be valid (plus the
   * {@link ipAllowList}, when given). `ip-allow-list`: the sender's address alone decides, for
   * providers that cannot authenticate; chosen explicitly, never a fallback. @default "credentials"
   */
  mode: setting.oneOf(["credentials", "ip-allow-list"] as const, { key: "AUTH_MODE", default: "credentials" }),
  /** The Vault secret holding the accepted bearer tokens / API keys, one per line (several lines allow rotation). Enables the token check. */
  tokenSecret: setting.secret({ key: "AUTH_TOKEN_SECRET_OCID" }),
  /** The Vault secret holding the webhook signing key (Twilio auth token). Enables the X-Twilio-Signature check. */
  signatureSecret: setting.secret({ key: "AUTH_SIGNATURE_SECRET_OCID" }),
  /** Public URL the provider signs, used when the deployment does not pass a `url` argument. */
  signatureUrl: setting.url({ key: "AUTH_SIGNATURE_URL", verbatim: true }),
  /**
   * IPv4/IPv6 addresses or CIDR ranges allowed to call; when set, the caller's address (the
   * right-most X-Forwarded-For entry of the `clientIp` argument) must match. Required in the
   * `ip-allow-list` mode.
   */
  ipAllowList: setting.list({ key: "AUTH_IP_ALLOWLIST", item: "address" }),
  /** Principal (and clientId) reported to API Gateway on success (`request.auth` context). @default "webhook-client" */
  principal: setting.text({ key: "AUTH_PRINCIPAL", default: "webhook-client" }),
  /** Scopes granted on success (for route authorization `ANY_OF`). */
  scopes: setting.list({ key: "AUTH_SCOPES" }),
  /** Lifetime of a successful decision (`expiresAt`) in seconds (1-86400); API Gateway caches it that long. @default 300 */
  ttlSeconds: setting.integer({ key: "AUTH_TTL_SECONDS", default: "300", min: 1, max: 86_400, unit: "seconds" }),
  /** Realm in the WWW-Authenticate challenge returned on deny. @default "oci-api" */
  realm: setting.text({ key: "AUTH_REALM", default: "oci-api", pattern: { regex: /^[^"\\\r\n]+$/, description: "text without quotes, backslashes or line breaks" } }),
} as const;

/** api-authorizer's configuration: what it reads at run time and what its construct (ApiAuthorizerFunction) takes. */
export const CONFIG = defineConfig("api-authorizer", SETTINGS, (r) => [
  r.alternatives([["tokenSecret"], ["signatureSecret"]], {
    several: true,
    when: { setting: "mode", is: ["credentials"] },
    reason: "with neither, every request would be denied (the sender's address alone is the ip-allow-list mode)",
  }),
  r.requiredWhen("ipAllowList", IP_ONLY),
  r.forbiddenWhen("tokenSecret", IP_ONLY, "that mode checks the sender's address only; to require a token and an allow-listed address, use the credentials mode with the allow-list"),
  r.forbiddenWhen("signatureSecret", IP_ONLY, "that mode checks the sender's address only; to require a signature and an allow-listed address, use the credentials mode with the allow-list"),
  r.forbiddenWhen("signatureUrl", IP_ONLY, "only the credentials mode checks signatures"),
  r.check("ipAllowList", (list) => (listItems(list).some((e) => /\/0+$/.test(e)) ? "must not contain a range that admits every address (a /0 prefix such as 0.0.0.0/0 or ::/0)" : undefined), IP_ONLY),
]);
