import { UpstreamError, errorMessage } from "./errors";
import { log, registerSecret } from "./log";
import { type Attempt, type RetryPolicy, parseRetryAfter, withRetries } from "./retry";

/**
 * Whether a request may be sent again after an ambiguous failure (timeout, reset, 5xx), when the
 * upstream may already have acted on it:
 * - "replayable": GETs, and writes the upstream de-duplicates (Idempotency-Key) or the receiver
 *   must tolerate anyway (at-least-once forwarding).
 * - "once": creates that would duplicate a record. Retried only when the upstream clearly did
 *   not act (429, 503, connection refused); otherwise the invocation fails and the redelivered
 *   message goes through the search-before-create path.
 */
export type Replay = "replayable" | "once";

export interface HttpRequest {
  readonly method: "GET" | "POST" | "PATCH" | "PUT";
  readonly url: string;
  /** Short name used in logs and errors, e.g. "B2C create incident". */
  readonly label: string;
  readonly replay: Replay;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Non-2xx statuses the caller handles itself (e.g. 404 on a lookup). */
  readonly acceptStatuses?: readonly number[];
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly attempts: number;
}

export interface HttpPolicy extends RetryPolicy {
  readonly timeoutMs: number;
}

const NOT_PROCESSED_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

function networkCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: string } })?.cause;
  return cause?.code;
}

export class HttpClient {
  constructor(private readonly policy: HttpPolicy) {}

  async request(req: HttpRequest, deadline?: number): Promise<HttpResponse> {
    let attempts = 0;
    const attempt = async (n: number, remainingMs: number): Promise<Attempt<HttpResponse>> => {
      attempts = n;
      const timeout = Math.max(1, Math.min(this.policy.timeoutMs, remainingMs));
      let res: Response;
      let text: string;
      try {
        res = await fetch(req.url, {
          method: req.method,
          headers: req.headers,
          body: req.body,
          signal: AbortSignal.timeout(timeout),
        });
        text = await res.text();
      } catch (err) {
        const code = networkCode(err);
        const timedOut = (err as Error).name === "TimeoutError";
        const why = timedOut ? `timed out after ${timeout} ms` : `failed: ${code ?? errorMessage(err)}`;
        log.warn("upstream attempt failed", { upstream: req.label, attempt: n, reason: why });
        const retryable = req.replay === "replayable" || (code !== undefined && NOT_PROCESSED_CODES.has(code));
        return { ok: false, retryable, error: new UpstreamError(`${req.label} ${why}`) };
      }
      if ((res.status >= 200 && res.status < 300) || req.acceptStatuses?.includes(res.status)) {
        return { ok: true, value: { status: res.status, headers: res.headers, text, attempts: n } };
      }
      log.warn("upstream attempt rejected", { upstream: req.label, attempt: n, status: res.status });
      // The body is deliberately left out of the error: upstreams sometimes echo request headers.
      const error = new UpstreamError(`${req.label} answered HTTP ${res.status}`, res.status);
      const retryAfterMs = parseRetryAfter(res.headers.get("retry-after"));
      const throttled = res.status === 429 || res.status === 503;
      const retryable = throttled || (res.status >= 500 && req.replay === "replayable") || (res.status === 408 && req.replay === "replayable");
      return { ok: false, retryable, error, retryAfterMs: retryable ? retryAfterMs : undefined };
    };
    try {
      return await withRetries(this.policy, attempt, deadline);
    } catch (err) {
      if (err instanceof UpstreamError) {
        throw new UpstreamError(`${err.message} (after ${attempts} attempt${attempts === 1 ? "" : "s"})`, err.status);
      }
      throw err;
    }
  }

  /** Like `request`, then parses the body as JSON; a malformed body is an upstream failure. */
  async json<T>(req: HttpRequest, deadline?: number): Promise<{ status: number; body: T }> {
    const res = await this.request(req, deadline);
    return { status: res.status, body: parseJsonBody<T>(res.text, req.label) };
  }
}

export function parseJsonBody<T>(text: string, label: string): T {
  if (text.trim() === "") return {} as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new UpstreamError(`${label} returned a malformed JSON body`);
  }
}

/** Builds a Basic header and registers the encoded form for log redaction. */
export function basicAuth(username: string, password: string): string {
  const encoded = Buffer.from(`${username}:${password}`, "utf8").toString("base64");
  registerSecret(encoded);
  return "Basic " + encoded;
}
