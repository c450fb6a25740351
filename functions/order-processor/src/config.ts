import { COMMON_SETTINGS, defineConfig, setting } from "../../shared/config";

const SETTINGS = {
  ...COMMON_SETTINGS,
  /** Base URL of the shop's REST API; the order is updated with `PATCH {shopApiUrl}/orders/{orderId}`. */
  shopApiUrl: setting.url({ key: "SHOP_API_URL", required: true }),
  /** The Vault secret holding the shop API bearer token. */
  shopApiToken: setting.secret({ key: "SHOP_API_TOKEN_SECRET_OCID", required: true }),
  /** Sender address printed on labels, one line (e.g. `ACME Ltd, 1 Dock Rd, 02110 Boston, US`). */
  shipFromAddress: setting.text({ key: "SHIP_FROM_ADDRESS", required: true, pattern: { regex: /^[^\r\n]+$/, description: "one line of text" } }),
  /** Carrier name written on the label and sent to the shop. @default "OCI-POST" */
  shippingCarrier: setting.text({ key: "SHIPPING_CARRIER", default: "OCI-POST" }),
  /** Total weight in grams from which the FREIGHT service is chosen instead of PARCEL (1-10000000). @default 20000 */
  heavyParcelGrams: setting.integer({ key: "HEAVY_PARCEL_GRAMS", default: "20000", min: 1, max: 10_000_000, unit: "grams" }),
} as const;

/** order-processor's configuration: what it reads at run time and what its construct (OrderProcessorFunction) takes. */
export const CONFIG = defineConfig("order-processor", SETTINGS);
