/**
 * Retry loop shared by the HTTP client and the Vault reader: exponential backoff with full
 * jitter, a server's Retry-After taking precedence, and the invocation deadline as a hard stop
 * (an attempt that cannot finish before Fn kills the call is not worth starting).
 */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Retry-After values above this fail fast instead of holding the invocation. */
  readonly retryAfterMaxMs: number;
}

export type Attempt<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: Error; readonly retryable: boolean; readonly retryAfterMs?: number };

/** Full jitter: uniform in [0, min(max, base * 2^(attempt-1))]. `attempt` starts at 1. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, fails permanently, runs out of attempts or would overrun
 * `deadline` (epoch ms). The last error is thrown.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  attempt: (n: number, remainingMs: number) => Promise<Attempt<T>>,
  deadline = Number.POSITIVE_INFINITY,
): Promise<T> {
  for (let n = 1; ; n++) {
    const outcome = await attempt(n, deadline - Date.now());
    if (outcome.ok) return outcome.value;
    if (!outcome.retryable || n >= policy.maxAttempts) throw outcome.error;
    if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > policy.retryAfterMaxMs) throw outcome.error;
    const wait = outcome.retryAfterMs ?? backoffDelay(n, policy);
    if (Date.now() + wait >= deadline) throw outcome.error;
    await sleep(wait);
  }
}
