import { type B2cOptions, b2cOptions } from "../../shared/b2c";
import { parseConfig } from "../../shared/config";
import { CONFIG } from "./config";

export interface Settings {
  readonly b2c: B2cOptions;
  readonly firstName: string;
  readonly lastName: string;
  readonly signature?: { readonly secretId: string; readonly url: string };
}

/** The handler's settings, parsed from its configuration by the one declaration (./config.ts). */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const c = parseConfig(CONFIG, env);
  return {
    b2c: b2cOptions(c, "oci-fn-sms-to-incident"),
    firstName: c.contactFirstName,
    lastName: c.contactLastName,
    // The rule requiredWhen(webhookUrl, signatureSecret) guarantees the URL; it is kept as configured, since it is what was signed.
    signature: c.signatureSecret ? { secretId: c.signatureSecret, url: c.webhookUrl! } : undefined,
  };
}
