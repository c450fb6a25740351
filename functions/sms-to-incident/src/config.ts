import { B2C_SETTINGS, b2cRules } from "../../shared/b2c-config";
import { defineConfig, setting } from "../../shared/config";

const SETTINGS = {
  ...B2C_SETTINGS,
  /** First name given to a contact created for an unknown mobile number. @default "SMS" */
  contactFirstName: setting.text({ key: "SMS_CONTACT_FIRST_NAME", default: "SMS" }),
  /** Last name given to a contact created for an unknown mobile number. @default "User" */
  contactLastName: setting.text({ key: "SMS_CONTACT_LAST_NAME", default: "User" }),
  /**
   * The Vault secret holding the SMS provider's signing key (Twilio auth token). When set,
   * `X-Twilio-Signature` is verified: over {@link webhookUrl} and the form fields for form posts,
   * over the URL with its `bodySHA256` query parameter plus the body's SHA-256 for JSON posts.
   */
  signatureSecret: setting.secret({ key: "SMS_SIGNATURE_SECRET_OCID" }),
  /**
   * The public URL the provider posts to (the API Gateway route), exactly as configured at the
   * provider: its scheme, host and path are what the signature covers; the query string is taken
   * from each request. Required with {@link signatureSecret}.
   */
  webhookUrl: setting.url({ key: "SMS_WEBHOOK_URL", verbatim: true }),
} as const;

/** sms-to-incident's configuration: what it reads at run time and what its construct (SmsToIncidentFunction) takes. */
export const CONFIG = defineConfig("sms-to-incident", SETTINGS, (r) => [...b2cRules(r), r.requiredWhen("webhookUrl", { setting: "signatureSecret" })]);
