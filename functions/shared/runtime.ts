import { COMMON_CONFIG, ConfigReader } from "./config";
import { HttpClient, type HttpPolicy } from "./http";
import { IdempotencyCache } from "./idempotency";
import { SecretStore } from "./secrets";
import { requireSecureUrl } from "./url-policy";

/** The per-instance services every function uses, built once from the common config keys. */
export interface Runtime<T> {
  readonly http: HttpClient;
  readonly secrets: SecretStore;
  readonly idempotency: IdempotencyCache<T>;
}

export function createRuntime<T>(env: NodeJS.ProcessEnv = process.env): Runtime<T> {
  const cfg = new ConfigReader(COMMON_CONFIG, env);
  const policy: HttpPolicy = {
    timeoutMs: cfg.int("HTTP_TIMEOUT_MS", 1, 120_000),
    maxAttempts: cfg.int("HTTP_MAX_ATTEMPTS", 1, 10),
    baseDelayMs: cfg.int("HTTP_RETRY_BASE_MS", 0, 60_000),
    maxDelayMs: cfg.int("HTTP_RETRY_MAX_MS", 0, 120_000),
    retryAfterMaxMs: cfg.int("HTTP_RETRY_AFTER_MAX_MS", 0, 300_000),
  };
  const endpoint = cfg.optional("OCI_SECRETS_ENDPOINT");
  return {
    http: new HttpClient(policy),
    secrets: new SecretStore({
      ttlMs: cfg.int("SECRET_CACHE_TTL_SECONDS", 0, 86_400) * 1000,
      endpoint: endpoint ? requireSecureUrl(endpoint, "OCI_SECRETS_ENDPOINT").origin : undefined,
      retry: policy,
      timeoutMs: policy.timeoutMs,
    }),
    idempotency: new IdempotencyCache<T>(cfg.int("IDEMPOTENCY_TTL_SECONDS", 1, 7 * 86_400) * 1000, cfg.int("IDEMPOTENCY_MAX_ENTRIES", 1, 1_000_000)),
  };
}
