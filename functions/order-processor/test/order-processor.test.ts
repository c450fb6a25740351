import { functionEnv } from "../../shared/test-support/env";
import { type FnProcess, ensureBuilt, startFunction } from "../../shared/test-support/fn-process";
import { faults, stopAll, resetMocks } from "../../shared/test-support/mock-server";
import { type SecretsMock, startSecretsMock } from "../../shared/test-support/secrets-mock";
import { type ShopMock, startShopMock } from "../../shared/test-support/shop-mock";

const TOKEN_ID = "ocid1.vaultsecret.oc1.iad.shoptoken";
const TOKEN = "shop-api-token-0123456789";

function order(orderId: string, extra: Record<string, unknown> = {}) {
  return {
    orderId,
    customer: { name: "Ada Lovelace", email: "ada@example.com" },
    shippingAddress: { name: "Ada Lovelace", line1: "12 Analytical St", city: "London", postalCode: "N1 9GU", country: "gb" },
    items: [
      { sku: "BOOK-1", quantity: 2, weightGrams: 450 },
      { sku: "PEN-7", quantity: 1, weightGrams: 20 },
    ],
    ...extra,
  };
}

let secrets: SecretsMock;
let shop: ShopMock;
let env: Record<string, string>;
let fn: FnProcess;

beforeAll(async () => {
  await ensureBuilt("order-processor");
  secrets = await startSecretsMock({ [TOKEN_ID]: TOKEN + "\n" });
  shop = await startShopMock(TOKEN, ["A-1001", "A-1002", "A-1003", "A-1004", "A-1005", "A-1006"]);
  env = functionEnv(secrets.url, { SHOP_API_URL: `${shop.url}/api`, SHOP_API_TOKEN_SECRET_OCID: TOKEN_ID, SHIP_FROM_ADDRESS: "ACME Ltd, 1 Dock Rd, 02110 Boston, US" });
  fn = await startFunction("order-processor", env);
}, 30_000);

afterAll(() => stopAll(fn, shop, secrets));

beforeEach(() => resetMocks(shop));

describe("order-processor", () => {
  test("creates a shipping label and updates the order through the shop API", async () => {
    const res = await fn.invoke(order("A-1001"), { headers: { "X-OCI-NS-MessageId": "m-1" } });
    expect(res.gatewayStatus).toBe(200);
    const body = res.json<{ trackingNumber: string }>();
    expect(body).toMatchObject({ status: "label_created", orderId: "A-1001", service: "PARCEL", shopStatus: 200, duplicate: false });
    expect(body.trackingNumber).toMatch(/^TRK[0-9A-F]{16}$/);
    expect(shop.requests).toHaveLength(1);
    const sent = shop.requests[0];
    expect(sent.method).toBe("PATCH");
    expect(sent.path).toBe("/api/orders/A-1001");
    expect(sent.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(sent.headers["idempotency-key"]).toMatch(/^label-[0-9a-f]{40}$/);
    const update = JSON.parse(sent.body);
    expect(update.status).toBe("LABEL_CREATED");
    expect(update.shipping).toMatchObject({ carrier: "OCI-POST", service: "PARCEL", trackingNumber: body.trackingNumber, weightGrams: 920 });
    const text = Buffer.from(update.shipping.label.content, "base64").toString("utf8");
    expect(text).toContain("FROM: ACME Ltd, 1 Dock Rd, 02110 Boston, US");
    expect(text).toContain("12 Analytical St");
    expect(text).toContain(`TRACKING: ${body.trackingNumber}`);
    expect(shop.orders.get("A-1001")).toMatchObject({ status: "LABEL_CREATED" });
  });

  test("a duplicate message (same ONS message id) is not applied twice by the same instance", async () => {
    await fn.invoke(order("A-1002"), { headers: { "X-OCI-NS-MessageId": "m-2" } });
    const again = await fn.invoke(order("A-1002"), { headers: { "X-OCI-NS-MessageId": "m-2" } });
    expect(again.json()).toMatchObject({ status: "label_created", duplicate: true });
    expect(shop.requests).toHaveLength(1);
  });

  test("a duplicate reaching a fresh instance is replayed by the shop, not applied again", async () => {
    const before = shop.applied();
    await fn.invoke(order("A-1003"), { headers: { "X-OCI-NS-MessageId": "m-3" } });
    const fresh = await startFunction("order-processor", env);
    try {
      const res = await fresh.invoke(order("A-1003"), { headers: { "X-OCI-NS-MessageId": "m-3" } });
      expect(res.json()).toMatchObject({ status: "label_created", orderId: "A-1003" });
    } finally {
      await fresh.stop();
    }
    expect(shop.requests).toHaveLength(2);
    expect(shop.requests[0].headers["idempotency-key"]).toBe(shop.requests[1].headers["idempotency-key"]);
    expect(shop.applied()).toBe(before + 1);
  });

  test("heavy orders ship as FREIGHT; a changed address is a new update", async () => {
    const heavy = order("A-1004", { items: [{ sku: "ANVIL", quantity: 1, weightGrams: 25_000 }] });
    expect((await fn.invoke(heavy)).json()).toMatchObject({ service: "FREIGHT" });
    const moved = { ...heavy, shippingAddress: { ...heavy.shippingAddress, line1: "99 New Rd" } };
    await fn.invoke(moved);
    expect(shop.requests).toHaveLength(2);
    expect(shop.requests[0].headers["idempotency-key"]).not.toBe(shop.requests[1].headers["idempotency-key"]);
  });

  test("bad orders get a 400 naming the problem and nothing is sent", async () => {
    const cases: Array<[unknown, RegExp]> = [
      ["not json at all", /not valid JSON/],
      [{ ...order("A-1005"), orderId: "../../admin" }, /"orderId" must be/],
      [{ ...order("A-1005"), shippingAddress: { name: "x" } }, /shippingAddress: missing or empty string field "line1"/],
      [{ ...order("A-1005"), items: [] }, /"items" must be a non-empty array/],
      [{ ...order("A-1005"), items: [{ sku: "X", quantity: 0, weightGrams: 1 }] }, /items\[0\]: "quantity" must be a positive integer/],
    ];
    for (const [body, message] of cases) {
      const res = await fn.invoke(typeof body === "string" ? body : (body as object));
      expect(res.gatewayStatus).toBe(400);
      expect(res.json<{ message: string }>().message).toMatch(message);
    }
    expect(shop.requests).toHaveLength(0);
  });

  test("shop throttling and errors are retried; a persistent failure fails the invocation", async () => {
    shop.queue.push(faults.status(429, { "Retry-After": "0" }), faults.status(502));
    expect((await fn.invoke(order("A-1005"))).json()).toMatchObject({ status: "label_created" });
    expect(shop.requests).toHaveLength(3);

    shop.requests.length = 0;
    shop.queue.push(faults.status(500), faults.status(500), faults.status(500));
    const failed = await fn.invoke(order("A-1006"));
    expect(failed.status).toBe(502);
    expect(failed.text).toMatch(/shop update order answered HTTP 500 \(after 3 attempts\)/);
    expect(fn.stdout() + fn.stderr()).not.toContain(TOKEN);
  });
});
