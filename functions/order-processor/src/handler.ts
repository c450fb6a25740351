import { sha256Hex } from "../../shared/crypto";
import { UpstreamError } from "../../shared/errors";
import { processOnce } from "../../shared/idempotency";
import { log, registerSecret } from "../../shared/log";
import type { Runtime } from "../../shared/runtime";
import type { Invocation, Reply } from "../../shared/serve";
import type { Settings } from "./settings";
import { makeLabel } from "./label";
import { type Order, parseOrder } from "./order";

export interface Deps {
  readonly settings: Settings;
  readonly rt: Runtime<Reply>;
}

/**
 * parse → make the label → PATCH the order. The shop sees an Idempotency-Key derived from the
 * order and its label, so a duplicate that reaches a fresh instance is replayed by the shop
 * rather than applied twice; a changed order (new address) gets a new key and a new label.
 */
export async function handle(inv: Invocation, deps: Deps): Promise<Reply> {
  const order = parseOrder(inv.body);
  const label = makeLabel(order, deps.settings);
  const idempotencyKey = "label-" + sha256Hex(`${order.orderId}|${JSON.stringify(label)}`).slice(0, 40);
  const messageId = inv.header("X-OCI-NS-MessageId");
  const key = messageId ? `msg:${messageId}` : idempotencyKey;
  return processOnce(deps.rt.idempotency, key, () => updateOrder(inv, deps, order, label, idempotencyKey), () => log.info("duplicate delivery", { orderId: order.orderId, messageId }));
}

async function updateOrder(inv: Invocation, deps: Deps, order: Order, label: ReturnType<typeof makeLabel>, idempotencyKey: string): Promise<Reply> {
  const { settings, rt } = deps;
  const token = (await rt.secrets.get(settings.tokenSecretId, inv.deadline)).trim();
  registerSecret(token);
  const base = settings.shopUrl.href.replace(/\/+$/, "");
  try {
    const res = await rt.http.request(
      {
        method: "PATCH",
        url: `${base}/orders/${encodeURIComponent(order.orderId)}`,
        label: "shop update order",
        replay: "replayable",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", Accept: "application/json", "Idempotency-Key": idempotencyKey },
        body: JSON.stringify({
          status: "LABEL_CREATED",
          shipping: { carrier: label.carrier, service: label.service, trackingNumber: label.trackingNumber, weightGrams: label.weightGrams, label: { format: label.format, encoding: label.encoding, content: label.content } },
        }),
      },
      inv.deadline,
    );
    log.info("order updated", { orderId: order.orderId, trackingNumber: label.trackingNumber, shopStatus: res.status, attempts: res.attempts });
    return { status: 200, body: { status: "label_created", orderId: order.orderId, trackingNumber: label.trackingNumber, service: label.service, shopStatus: res.status } };
  } catch (err) {
    if (err instanceof UpstreamError && (err.status === 401 || err.status === 403)) rt.secrets.invalidate(settings.tokenSecretId);
    throw err;
  }
}
