import fdk = require("@fnproject/fdk");
import type { Context } from "@fnproject/fdk";
import { BadInputError, errorMessage } from "./errors";
import { log, redact } from "./log";

/** What a handler sees of one Fn invocation. */
export interface Invocation {
  readonly body: string;
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

function toInvocation(body: string, ctx: Context): Invocation {
  const gateway = ctx.httpGateway;
  const deadline = ctx.deadline?.getTime();
  return {
    body: typeof body === "string" ? body : String(body ?? ""),
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
    async (body: string, ctx: Context) => {
      const inv = toInvocation(body, ctx);
      const started = Date.now();
      try {
        const reply = await handler(inv);
        ctx.httpGateway.statusCode = reply.status;
        log.debug("invocation done", { callId: inv.callId, status: reply.status, ms: Date.now() - started });
        return reply.body;
      } catch (err) {
        if (err instanceof BadInputError) {
          ctx.httpGateway.statusCode = err.status;
          log.warn("bad input", { callId: inv.callId, error: err.message });
          return { error: "bad_request", message: err.message };
        }
        const message = redact(errorMessage(err));
        log.error("invocation failed", { callId: inv.callId, error: message, kind: (err as Error)?.name, ms: Date.now() - started });
        // A fresh Error so the FDK's own logging sees only the redacted message, not a stack of
        // objects that could hold request data.
        throw new Error(message);
      }
    },
    { inputMode: "string" },
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
