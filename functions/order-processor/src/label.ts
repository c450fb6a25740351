import { sha256Hex } from "../../shared/crypto";
import type { Order } from "./order";

export interface ShippingLabel {
  readonly carrier: string;
  readonly service: "PARCEL" | "FREIGHT";
  readonly trackingNumber: string;
  readonly weightGrams: number;
  readonly format: "text/plain";
  readonly encoding: "base64";
  readonly content: string;
}

export interface LabelOptions {
  readonly carrier: string;
  readonly shipFrom: string;
  readonly heavyGrams: number;
}

/**
 * Produces the label. It is a pure function of the order and settings, so a redelivered message
 * yields byte-for-byte the same label and tracking number: that is what makes the shop update
 * safe to repeat.
 */
export function makeLabel(order: Order, options: LabelOptions): ShippingLabel {
  const weightGrams = order.items.reduce((sum, item) => sum + item.quantity * item.weightGrams, 0);
  const service = weightGrams >= options.heavyGrams ? "FREIGHT" : "PARCEL";
  const to = order.shipTo;
  const trackingNumber = "TRK" + sha256Hex(`${order.orderId}|${to.name}|${to.line1}|${to.postalCode}|${to.country}`).slice(0, 16).toUpperCase();
  const lines = [
    `${options.carrier} ${service}`,
    `FROM: ${options.shipFrom}`,
    `TO:   ${to.name}`,
    `      ${to.line1}`,
    ...(to.line2 ? [`      ${to.line2}`] : []),
    `      ${to.postalCode} ${to.city}`,
    `      ${to.country.toUpperCase()}`,
    `ORDER: ${order.orderId}  WEIGHT: ${(weightGrams / 1000).toFixed(3)} kg  ITEMS: ${order.items.reduce((n, i) => n + i.quantity, 0)}`,
    `TRACKING: ${trackingNumber}`,
  ];
  return {
    carrier: options.carrier,
    service,
    trackingNumber,
    weightGrams,
    format: "text/plain",
    encoding: "base64",
    content: Buffer.from(lines.join("\n") + "\n", "utf8").toString("base64"),
  };
}
