import { type MockServer, sendJson, startMock } from "./mock-server";

/**
 * A shop REST API: PATCH /orders/{id} with a bearer token. It honours Idempotency-Key the way
 * payment-style APIs do: a repeated key replays the first response and applies nothing.
 */
export interface ShopMock extends MockServer {
  readonly orders: Map<string, Record<string, unknown>>;
  /** Updates actually applied (replays excluded). */
  applied(): number;
}

export async function startShopMock(token: string, orderIds: string[]): Promise<ShopMock> {
  const orders = new Map(orderIds.map((id) => [id, { id, status: "PAID" } as Record<string, unknown>]));
  const seen = new Map<string, Record<string, unknown>>();
  let applied = 0;
  const server = await startMock((req, res) => {
    if (req.headers.authorization !== `Bearer ${token}`) return sendJson(res, 401, { error: "unauthorized" });
    const m = /^\/api\/orders\/([^/?]+)$/.exec(req.path);
    if (req.method !== "PATCH" || !m) return sendJson(res, 404, { error: "no such route" });
    const key = req.headers["idempotency-key"];
    if (typeof key === "string" && seen.has(key)) return sendJson(res, 200, seen.get(key), { "Idempotent-Replayed": "true" });
    const order = orders.get(decodeURIComponent(m[1]));
    if (!order) return sendJson(res, 404, { error: "order not found" });
    Object.assign(order, JSON.parse(req.body) as Record<string, unknown>);
    applied++;
    if (typeof key === "string") seen.set(key, { ...order });
    sendJson(res, 200, order);
  });
  return Object.assign(server, { orders, applied: () => applied });
}
