import { ConfigError } from "./errors";
import { requireSecureUrl } from "./url-policy";

/** One configuration key: Fn config surfaces as environment variables in the container. */
export interface KeySpec {
  readonly required: boolean;
  readonly meaning: string;
  readonly default?: string;
}
export type ConfigSpec = Record<string, KeySpec>;

/** Keys every function understands (HTTP behaviour, secret cache, idempotency, logging). */
export const COMMON_CONFIG = {
  OCI_SECRETS_ENDPOINT: {
    required: false,
    meaning: "Override of the Secrets retrieval endpoint (normally derived from the region). Only for tests and private endpoints.",
  },
  SECRET_CACHE_TTL_SECONDS: { required: false, default: "300", meaning: "How long a secret read from Vault is reused before it is read again." },
  HTTP_TIMEOUT_MS: { required: false, default: "5000", meaning: "Timeout of one upstream HTTP attempt, in milliseconds." },
  HTTP_MAX_ATTEMPTS: { required: false, default: "4", meaning: "Attempts per upstream call, first try included." },
  HTTP_RETRY_BASE_MS: { required: false, default: "200", meaning: "Base of the exponential backoff between attempts (full jitter), in milliseconds." },
  HTTP_RETRY_MAX_MS: { required: false, default: "5000", meaning: "Upper bound of one backoff delay, in milliseconds." },
  HTTP_RETRY_AFTER_MAX_MS: { required: false, default: "30000", meaning: "Longest Retry-After (429/5xx) the function will wait for; longer waits fail the invocation so OCI redelivers later." },
  IDEMPOTENCY_TTL_SECONDS: { required: false, default: "3600", meaning: "How long a processed event/message id is remembered by a function instance." },
  IDEMPOTENCY_MAX_ENTRIES: { required: false, default: "10000", meaning: "Most ids remembered per instance (oldest evicted first); bounds memory." },
  LOG_LEVEL: { required: false, default: "info", meaning: "debug, info, warn or error." },
} as const satisfies ConfigSpec;

/** `{ KEY: "KEY" }` for every key of a spec, so other code (e.g. Terraform wiring) can import names. */
export function keysOf<S extends ConfigSpec>(spec: S): { readonly [K in keyof S]: K } {
  return Object.fromEntries(Object.keys(spec).map((k) => [k, k])) as { readonly [K in keyof S]: K };
}

/** Typed, validating reads of a function's configuration; every error names the key. */
export class ConfigReader<S extends ConfigSpec> {
  constructor(
    private readonly spec: S,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  optional(key: keyof S & string): string | undefined {
    const raw = this.env[key]?.trim();
    return raw ? raw : this.spec[key]?.default;
  }

  required(key: keyof S & string): string {
    const value = this.optional(key);
    if (value === undefined) throw new ConfigError(`missing required configuration ${key}`);
    return value;
  }

  int(key: keyof S & string, min: number, max: number): number {
    const raw = this.required(key);
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${key} must be an integer in [${min}, ${max}], got "${raw}"`);
    return n;
  }

  oneOf<T extends string>(key: keyof S & string, allowed: readonly T[]): T {
    const raw = this.required(key);
    if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(`${key} must be one of ${allowed.join(", ")}, got "${raw}"`);
    return raw as T;
  }

  secureUrl(key: keyof S & string): URL {
    return requireSecureUrl(this.required(key), key);
  }

  json(key: keyof S & string): unknown {
    const raw = this.optional(key);
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw);
    } catch {
      throw new ConfigError(`${key} is not valid JSON`);
    }
  }

  list(key: keyof S & string): string[] {
    return (this.optional(key) ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  }
}
