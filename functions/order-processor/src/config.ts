import { COMMON_CONFIG, ConfigReader, type ConfigSpec, keysOf } from "../../shared/config";

export const CONFIG = {
  ...COMMON_CONFIG,
  SHOP_API_URL: { required: true, meaning: "Base URL of the shop's REST API; the order is updated with PATCH {SHOP_API_URL}/orders/{orderId}." },
  SHOP_API_TOKEN_SECRET_OCID: { required: true, meaning: "OCID of the Vault secret holding the shop API bearer token." },
  SHIP_FROM_ADDRESS: { required: true, meaning: "Sender address printed on labels, one line (e.g. \"ACME Ltd, 1 Dock Rd, 02110 Boston, US\")." },
  SHIPPING_CARRIER: { required: false, default: "OCI-POST", meaning: "Carrier name written on the label and sent to the shop." },
  HEAVY_PARCEL_GRAMS: { required: false, default: "20000", meaning: "Total weight from which the FREIGHT service is chosen instead of PARCEL." },
} as const satisfies ConfigSpec;

export const CONFIG_KEYS = keysOf(CONFIG);

export interface Settings {
  readonly shopUrl: URL;
  readonly tokenSecretId: string;
  readonly shipFrom: string;
  readonly carrier: string;
  readonly heavyGrams: number;
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const cfg = new ConfigReader(CONFIG, env);
  return {
    shopUrl: cfg.secureUrl("SHOP_API_URL"),
    tokenSecretId: cfg.required("SHOP_API_TOKEN_SECRET_OCID"),
    shipFrom: cfg.required("SHIP_FROM_ADDRESS"),
    carrier: cfg.required("SHIPPING_CARRIER"),
    heavyGrams: cfg.int("HEAVY_PARCEL_GRAMS", 1, 10_000_000),
  };
}
