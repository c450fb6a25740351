import { COMMON_CONFIG, parseConfig } from "./config";
import { HttpClient, type HttpPolicy } from "./http";
import { IdempotencyCache } from "./idempotency";
import { SecretStore } from "./secrets";

/** The per-instance services every function uses, built once from the common config keys. */
export interface Runtime<T> {
  readonly http: HttpClient;
  readonly secrets: SecretStore;
  readonly idempotency: IdempotencyCache<T>;
}

export function createRuntime<T>(env: NodeJS.ProcessEnv = process.env): Runtime<T> {
  const c = parseConfig(COMMON_CONFIG, env);
  const policy: HttpPolicy = {
    timeoutMs: c.httpTimeoutMs,
    maxAttempts: c.httpMaxAttempts,
    baseDelayMs: c.httpRetryBaseMs,
    maxDelayMs: c.httpRetryMaxMs,
    retryAfterMaxMs: c.httpRetryAfterMaxMs,
  };
  return {
    http: new HttpClient(policy),
    secrets: new SecretStore({
      ttlMs: c.secretCacheTtlSeconds * 1000,
      endpoint: c.secretsEndpoint?.origin,
      retry: policy,
      timeoutMs: policy.timeoutMs,
    }),
    idempotency: new IdempotencyCache<T>(c.idempotencyTtlSeconds * 1000, c.idempotencyMaxEntries),
  };
}
