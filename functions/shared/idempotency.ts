/**
 * In-process de-duplication of deliveries, keyed by event id, message id or alarm key.
 *
 * A key that completed is answered from memory for `ttlMs`; a key that is still running is
 * joined rather than started twice (ONS can deliver a duplicate while the first is in flight);
 * a key that failed is forgotten so the redelivery does the work. Entries are bounded in number
 * (oldest evicted first) so a long-lived instance keeps a flat memory profile.
 *
 * This only covers one function instance: every upstream write is also made idempotent at the
 * upstream (search before create, Idempotency-Key) for duplicates that reach a fresh instance.
 */
export interface Deduplicated<T> {
  readonly value: T;
  /** True when this delivery was answered from an earlier one. */
  readonly duplicate: boolean;
}

interface Done<T> {
  readonly value: T;
  readonly expiresAt: number;
}

export class IdempotencyCache<T> {
  private readonly done = new Map<string, Done<T>>();
  private readonly running = new Map<string, Promise<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  async run(key: string, work: () => Promise<T>): Promise<Deduplicated<T>> {
    const hit = this.done.get(key);
    if (hit) {
      if (hit.expiresAt > Date.now()) return { value: hit.value, duplicate: true };
      this.done.delete(key);
    }
    const inflight = this.running.get(key);
    if (inflight) return { value: await inflight, duplicate: true };

    const promise = work();
    this.running.set(key, promise);
    try {
      const value = await promise;
      this.remember(key, value);
      return { value, duplicate: false };
    } finally {
      this.running.delete(key);
    }
  }

  get size(): number {
    return this.done.size;
  }

  private remember(key: string, value: T): void {
    this.done.set(key, { value, expiresAt: Date.now() + this.ttlMs });
    // Map iteration order is insertion order, so the first keys are the oldest.
    while (this.done.size > this.maxEntries) {
      const oldest = this.done.keys().next().value as string;
      this.done.delete(oldest);
    }
  }
}

/** The reply shape handlers cache (kept structural to avoid a dependency on the FDK wrapper). */
interface CachedReply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/**
 * Runs `work` once per delivery key and marks the reply with `duplicate`, which callers (and
 * tests) use to tell a replayed answer from fresh work.
 */
export async function processOnce<R extends CachedReply>(cache: IdempotencyCache<R>, key: string, work: () => Promise<R>, onDuplicate: () => void): Promise<CachedReply> {
  const { value, duplicate } = await cache.run(key, work);
  if (duplicate) onDuplicate();
  return { status: value.status, body: { ...value.body, duplicate } };
}
