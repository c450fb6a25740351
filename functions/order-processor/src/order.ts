import { BadInputError } from "../../shared/errors";
import { type JsonObject, isObject, optionalString, parseJsonObject, requireObject, requireString } from "../../shared/input";

/** The order the shop publishes to the Notifications topic (the message body). */
export interface Address {
  readonly name: string;
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly postalCode: string;
  readonly country: string;
}

export interface OrderItem {
  readonly sku: string;
  readonly quantity: number;
  readonly weightGrams: number;
}

export interface Order {
  readonly orderId: string;
  readonly shipTo: Address;
  readonly items: readonly OrderItem[];
}

const WHAT = "order message";
const ORDER_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function parseOrder(body: string): Order {
  const raw = parseJsonObject(body, WHAT);
  const orderId = requireString(raw, "orderId", WHAT);
  if (!ORDER_ID.test(orderId)) throw new BadInputError(`${WHAT}: "orderId" must be 1-64 letters, digits, '.', '_' or '-'`);
  const addr = requireObject(raw, "shippingAddress", WHAT);
  const where = `${WHAT} shippingAddress`;
  const shipTo: Address = {
    name: requireString(addr, "name", where),
    line1: requireString(addr, "line1", where),
    line2: optionalString(addr, "line2"),
    city: requireString(addr, "city", where),
    postalCode: requireString(addr, "postalCode", where),
    country: requireString(addr, "country", where),
  };
  const items = raw.items;
  if (!Array.isArray(items) || items.length === 0) throw new BadInputError(`${WHAT}: "items" must be a non-empty array`);
  return { orderId, shipTo, items: items.map((item, i) => parseItem(item, i)) };
}

function parseItem(item: unknown, i: number): OrderItem {
  const where = `${WHAT} items[${i}]`;
  if (!isObject(item)) throw new BadInputError(`${where} must be an object`);
  const o: JsonObject = item;
  const quantity = o.quantity;
  const weightGrams = o.weightGrams;
  if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < 1) throw new BadInputError(`${where}: "quantity" must be a positive integer`);
  if (typeof weightGrams !== "number" || !Number.isFinite(weightGrams) || weightGrams < 0) throw new BadInputError(`${where}: "weightGrams" must be a non-negative number`);
  return { sku: requireString(o, "sku", where), quantity, weightGrams };
}
