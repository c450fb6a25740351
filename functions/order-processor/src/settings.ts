import { parseConfig } from "../../shared/config";
import { CONFIG } from "./config";

export interface Settings {
  readonly shopUrl: URL;
  readonly tokenSecretId: string;
  readonly shipFrom: string;
  readonly carrier: string;
  readonly heavyGrams: number;
}

/** The processor's settings, parsed from its configuration by the one declaration (./config.ts). */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const c = parseConfig(CONFIG, env);
  return { shopUrl: c.shopApiUrl, tokenSecretId: c.shopApiToken, shipFrom: c.shipFromAddress, carrier: c.shippingCarrier, heavyGrams: c.heavyParcelGrams };
}
