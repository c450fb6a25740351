import { UpstreamError } from "../../shared/errors";
import { processOnce } from "../../shared/idempotency";
import { log } from "../../shared/log";
import type { Runtime } from "../../shared/runtime";
import type { Invocation, Reply } from "../../shared/serve";
import type { Settings } from "./settings";
import { mapEvent, parseEvent } from "./event";
import { TargetAuthorizer } from "./target";

export interface Deps {
  readonly settings: Settings;
  readonly rt: Runtime<Reply>;
  readonly authorizer: TargetAuthorizer;
}

export function createDeps(settings: Settings, rt: Runtime<Reply>): Deps {
  return { settings, rt, authorizer: new TargetAuthorizer(rt, settings.auth) };
}

/**
 * parse → de-duplicate by eventID → POST to the integration. Delivery is at-least-once: the
 * event id travels as Idempotency-Key (and X-OCI-Event-Id) so the receiver can drop repeats that
 * reach a fresh instance, e.g. when a rule both invokes the function and feeds a topic.
 */
export async function handle(inv: Invocation, deps: Deps): Promise<Reply> {
  const event = parseEvent(inv.body);
  const messageId = inv.header("X-OCI-NS-MessageId");
  return processOnce(deps.rt.idempotency, `event:${event.eventID}`, () => forward(inv, deps, event), () => log.info("duplicate delivery", { eventId: event.eventID, messageId }));
}

async function forward(inv: Invocation, deps: Deps, event: ReturnType<typeof parseEvent>): Promise<Reply> {
  const { settings, rt, authorizer } = deps;
  const payload = settings.mode === "whole" ? event.raw : mapEvent(event);
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    Accept: "application/json",
    "Idempotency-Key": event.eventID,
    "X-OCI-Event-Id": event.eventID,
    "X-OCI-Event-Type": event.eventType,
  };
  const authorization = await authorizer.header(inv.deadline);
  if (authorization) headers.Authorization = authorization;
  try {
    const res = await rt.http.request({ method: "POST", url: settings.targetUrl.href, label: "integration endpoint", replay: "replayable", headers, body: JSON.stringify(payload) }, inv.deadline);
    log.info("event forwarded", { eventId: event.eventID, eventType: event.eventType, upstreamStatus: res.status, attempts: res.attempts });
    return { status: 200, body: { status: "forwarded", eventId: event.eventID, eventType: event.eventType, upstreamStatus: res.status } };
  } catch (err) {
    if (err instanceof UpstreamError && (err.status === 401 || err.status === 403)) authorizer.reset();
    throw err;
  }
}
