import fdk = require("@fnproject/fdk");
import type { Context } from "@fnproject/fdk";
import { BadInputError, errorMessage } from "./errors";
import { log, redact } from "./log";

/** What a handler sees of one Fn invocation. */
export interface Invocation {
  /** The request body decoded as UTF-8, once, from all of its bytes. */
  readonly body: string;
  /** The request body exactly as received (what a body signature such as bodySHA256 covers). */
  readonly rawBody: Buffer;
  readonly callId: string;
  /** Epoch ms after which Fn abandons the call (from Fn-Deadline), minus a margin to answer. */
  readonly deadline?: number;
  /** A request header, whether sent to the function directly or through API Gateway (Fn-Http-H-*). */
  header(name: string): string | undefined;
  /** The URL API Gateway received, when invoked through a gateway. */
  readonly requestUrl?: string;
}

export interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export type Handler = (inv: Invocation) => Promise<Reply>;

/** Time kept back from Fn's deadline to write the response. */
const DEADLINE_MARGIN_MS = 250;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The FDK's "string" input mode appends each network chunk to a string as it arrives, so a
 * multi-byte character split across two reads becomes two U+FFFD. The functions take the bytes
 * ("buffer" mode, concatenated by the FDK) and decode them here in one pass; bytes that are not
 * UTF-8 are bad input rather than silently replaced text. (Input handlers:
 * https://github.com/fnproject/fdk-node/blob/master/fn-fdk.js)
 */
export function decodeBody(input: unknown): { raw: Buffer; text: string } {
  const raw = Buffer.isBuffer(input) ? input : Buffer.from(typeof input === "string" ? input : "", "utf8");
  try {
    return { raw, text: utf8.decode(raw) };
  } catch {
    throw new BadInputError("request body is not valid UTF-8");
  }
}

function toInvocation(input: unknown, ctx: Context): Invocation {
  const gateway = ctx.httpGateway;
  const deadline = ctx.deadline?.getTime();
  const { raw, text } = decodeBody(input);
  return {
    body: text,
    rawBody: raw,
    callId: ctx.callID ?? "",
    deadline: deadline !== undefined && !Number.isNaN(deadline) ? deadline - DEADLINE_MARGIN_MS : undefined,
    header: (name) => ctx.getHeader(name) ?? gateway.getHeader(name) ?? undefined,
    requestUrl: gateway.requestURL ?? undefined,
  };
}

/**
 * Serves `handler` on the Fn socket (FN_LISTENER, http-stream) and maps outcomes:
 * - a Reply: written as JSON; its status goes to `Fn-Http-Status`, which API Gateway returns to
 *   the caller (a plain invoke still completes, which is the point for bad input);
 * - BadInputError: a 4xx JSON error the caller can read; the process keeps serving;
 * - anything else (upstream down after retries, configuration error, bug): the error is logged
 *   (redacted) and rethrown, so the FDK answers 502 and Events / Notifications redeliver.
 */
export function serve(handler: Handler): () => void {
  // Without this, one stray rejection would take the whole instance down (Node's default).
  process.on("unhandledRejection", (reason) => log.error("unhandled rejection", { error: errorMessage(reason) }));

  return fdk.handle(
    async (input: unknown, ctx: Context) => {
      const started = Date.now();
      const callId = ctx.callID ?? "";
      try {
        const inv = toInvocation(input, ctx);
        const reply = await handler(inv);
        ctx.httpGateway.statusCode = reply.status;
        log.debug("invocation done", { callId, status: reply.status, ms: Date.now() - started });
        return reply.body;
      } catch (err) {
        if (err instanceof BadInputError) {
          ctx.httpGateway.statusCode = err.status;
          log.warn("bad input", { callId, error: err.message });
          return { error: "bad_request", message: err.message };
        }
        const message = redact(errorMessage(err));
        log.error("invocation failed", { callId, error: message, kind: (err as Error)?.name, ms: Date.now() - started });
        // A fresh Error so the FDK's own logging sees only the redacted message, not a stack of
        // objects that could hold request data.
        throw new Error(message);
      }
    },
    { inputMode: "buffer" },
  );
}

/**
 * The usual entry point: dependencies are built on the first call, so a configuration error is
 * reported per invocation (and the message redelivered once it is fixed) instead of
 * crash-looping the container before the FDK is even listening.
 */
export function serveWith<D>(load: () => D, handler: (inv: Invocation, deps: D) => Promise<Reply>): () => void {
  let deps: { ok: true; value: D } | { ok: false; error: unknown } | undefined;
  const get = (): D => {
    if (!deps) {
      try {
        deps = { ok: true, value: load() };
      } catch (error) {
        deps = { ok: false, error };
      }
    }
    if (deps.ok) return deps.value;
    throw deps.error;
  };
  return serve(async (inv) => handler(inv, get()));
}
