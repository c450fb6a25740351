import type { SecretsClient } from "oci-secrets";
import { ConfigError, UpstreamError, errorMessage } from "./errors";
import { log, registerSecret } from "./log";
import { type RetryPolicy, withRetries } from "./retry";

/**
 * Reads Vault secrets by OCID with the function's resource principal, through the OCI SDK.
 *
 * Values are cached per OCID for `ttlMs` (a rotated secret is picked up within that window, or
 * at once after `invalidate`, which callers use when an upstream rejects the credentials) and
 * concurrent reads of the same OCID share one request. Every value is registered for log
 * redaction before anyone else sees it.
 *
 * The SDK is loaded on first use: it is most of each bundle, and a cold instance should not pay
 * for it before it has a request that needs a secret.
 */
export interface SecretStoreOptions {
  readonly ttlMs: number;
  /** Set only in tests or for private endpoints; otherwise the SDK derives it from the region. */
  readonly endpoint?: string;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
}

interface Entry {
  value: string;
  expiresAt: number;
}

export class SecretStore {
  private readonly cache = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<string>>();
  private client: SecretsClient | undefined;

  constructor(private readonly options: SecretStoreOptions) {}

  async get(secretId: string, deadline?: number): Promise<string> {
    const hit = this.cache.get(secretId);
    if (hit && hit.expiresAt > Date.now()) return hit.value;
    let inflight = this.pending.get(secretId);
    if (!inflight) {
      inflight = this.fetch(secretId, deadline).finally(() => this.pending.delete(secretId));
      this.pending.set(secretId, inflight);
    }
    return inflight;
  }

  invalidate(secretId: string): void {
    this.cache.delete(secretId);
  }

  private async fetch(secretId: string, deadline?: number): Promise<string> {
    const client = this.getClient();
    const value = await withRetries(
      this.options.retry,
      async (n, remainingMs) => {
        try {
          const res = await withTimeout(client.getSecretBundle({ secretId }), Math.min(this.options.timeoutMs, remainingMs));
          return { ok: true, value: decodeBundle(res.secretBundle.secretBundleContent) };
        } catch (err) {
          const status = (err as { statusCode?: number }).statusCode;
          // 4xx other than throttling means a wrong OCID or a missing policy: retrying won't help.
          const retryable = status === undefined || status === 429 || status >= 500;
          log.warn("vault read failed", { secretId, attempt: n, status });
          return { ok: false, retryable, error: new UpstreamError(`reading secret ${secretId} failed: ${status ? `HTTP ${status}` : errorMessage(err)}`, status) };
        }
      },
      deadline,
    );
    registerSecret(value);
    this.cache.set(secretId, { value, expiresAt: Date.now() + this.options.ttlMs });
    return value;
  }

  private getClient(): SecretsClient {
    if (this.client) return this.client;
    // Loaded lazily on purpose (see the class comment); esbuild keeps the require in the bundle.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const common = require("oci-common") as typeof import("oci-common");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SecretsClient: Client } = require("oci-secrets") as typeof import("oci-secrets");
    let provider;
    try {
      provider = new common.ResourcePrincipalAuthenticationDetailsProvider.ResourcePrincipalAuthenticationDetailsProviderBuilder().build();
    } catch (err) {
      throw new ConfigError(`resource principal is not available: ${errorMessage(err)}`);
    }
    // Our own loop retries (with the invocation deadline); the SDK's retrier and circuit breaker
    // would stack a second, slower policy on top of it.
    const breaker = new common.CircuitBreaker({ disableClientCircuitBreaker: true });
    const client = new Client(
      { authenticationDetailsProvider: provider },
      { retryConfiguration: common.NoRetryConfigurationDetails, circuitBreaker: breaker },
    );
    if (this.options.endpoint) client.endpoint = this.options.endpoint;
    this.client = client;
    return client;
  }
}

function decodeBundle(content: { contentType?: string; content?: string } | undefined): string {
  if (!content || typeof content.content !== "string") throw new UpstreamError("secret bundle has no content");
  return content.contentType === "BASE64" ? Buffer.from(content.content, "base64").toString("utf8") : content.content;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UpstreamError(`Vault read timed out after ${ms} ms`)), Math.max(1, ms));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A username/password pair from a secret holding `{"username","password"}` JSON or `user:password`. */
export interface Credentials {
  readonly username: string;
  readonly password: string;
}

export function parseCredentials(raw: string, secretName: string): Credentials {
  const text = raw.trim();
  if (text.startsWith("{")) {
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new ConfigError(`${secretName} holds malformed JSON`);
    }
    const username = obj.username ?? obj.clientId;
    const password = obj.password ?? obj.clientSecret;
    if (typeof username === "string" && typeof password === "string" && username && password) {
      registerSecret(password);
      return { username, password };
    }
    throw new ConfigError(`${secretName} must hold {"username","password"} (or {"clientId","clientSecret"})`);
  }
  const colon = text.indexOf(":");
  if (colon > 0 && colon < text.length - 1) {
    const password = text.slice(colon + 1);
    registerSecret(password);
    return { username: text.slice(0, colon), password };
  }
  throw new ConfigError(`${secretName} must hold "username:password" or {"username","password"} JSON`);
}
