import { B2C_CONFIG, type B2cOptions, readB2cOptions } from "../../shared/b2c";
import { ConfigReader, type ConfigSpec, keysOf } from "../../shared/config";
import { ConfigError } from "../../shared/errors";

export const CONFIG = {
  ...B2C_CONFIG,
  SMS_CONTACT_FIRST_NAME: { required: false, default: "SMS", meaning: "First name given to a contact created for an unknown mobile number." },
  SMS_CONTACT_LAST_NAME: { required: false, default: "User", meaning: "Last name given to a contact created for an unknown mobile number." },
  SMS_SIGNATURE_SECRET_OCID: {
    required: false,
    meaning:
      "OCID of the Vault secret holding the SMS provider's signing key (Twilio auth token). When set, X-Twilio-Signature is verified: over SMS_WEBHOOK_URL and the form fields for form posts, over the URL with its bodySHA256 query parameter plus the body's SHA-256 for JSON posts.",
  },
  SMS_WEBHOOK_URL: {
    required: false,
    meaning:
      "The public URL the provider posts to (the API Gateway route), exactly as configured at the provider; its scheme, host and path are what the signature covers, the query string is taken from each request. Required with SMS_SIGNATURE_SECRET_OCID.",
  },
} as const satisfies ConfigSpec;

export const CONFIG_KEYS = keysOf(CONFIG);

export interface Settings {
  readonly b2c: B2cOptions;
  readonly firstName: string;
  readonly lastName: string;
  readonly signature?: { readonly secretId: string; readonly url: string };
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const cfg = new ConfigReader(CONFIG, env);
  const secretId = cfg.optional("SMS_SIGNATURE_SECRET_OCID");
  let signature: Settings["signature"];
  if (secretId) {
    const url = cfg.optional("SMS_WEBHOOK_URL");
    if (!url) throw new ConfigError("SMS_WEBHOOK_URL is required when SMS_SIGNATURE_SECRET_OCID is set");
    cfg.secureUrl("SMS_WEBHOOK_URL"); // validated; the string is kept as configured, since it is what was signed
    signature = { secretId, url };
  }
  return {
    b2c: readB2cOptions(cfg, "oci-fn-sms-to-incident"),
    firstName: cfg.required("SMS_CONTACT_FIRST_NAME"),
    lastName: cfg.required("SMS_CONTACT_LAST_NAME"),
    signature,
  };
}
