import { COMMON_SETTINGS, type Rule, type RuleBuilders, setting } from "./config";

/** Incident text field path (`customFields.c.oci_external_ref`): goes into ROQL unquoted, so letters, digits and `_` only. */
const FIELD_PATH = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;

/** The settings both incident functions (sms-to-incident, alarm-to-incident) read to reach B2C Service. */
export const B2C_SETTINGS = {
  ...COMMON_SETTINGS,
  /** Connect REST base URL of the B2C Service site, e.g. `https://mysite.custhelp.com/services/rest/connect/v1.4`. */
  baseUrl: setting.url({ key: "B2C_BASE_URL", required: true }),
  /**
   * The Vault secret with the B2C integration user: `{"username","password"}` JSON or `user:password`.
   * Give either this, or {@link usernameSecret} and {@link passwordSecret}.
   */
  credentials: setting.secret({ key: "B2C_CREDENTIALS_SECRET_OCID" }),
  /** The Vault secret holding only the B2C integration user's name (with {@link passwordSecret}, instead of {@link credentials}). */
  usernameSecret: setting.secret({ key: "B2C_USERNAME_SECRET_OCID" }),
  /** The Vault secret holding only that user's password (with {@link usernameSecret}, instead of {@link credentials}). */
  passwordSecret: setting.secret({ key: "B2C_PASSWORD_SECRET_OCID" }),
  /** Incident text field (dotted path) where the function stores its external reference; searched before every create. Create it on the site first. @default "customFields.c.oci_external_ref" */
  externalRefField: setting.text({
    key: "B2C_EXTERNAL_REF_FIELD",
    default: "customFields.c.oci_external_ref",
    pattern: { regex: FIELD_PATH, description: "a dotted field path such as customFields.c.oci_external_ref" },
  }),
  /** Incident status lookupName used to close incidents: duplicates of concurrent deliveries, and cleared alarms. @default "Solved" */
  solvedStatus: setting.text({ key: "B2C_SOLVED_STATUS", default: "Solved" }),
} as const;

type B2cName = keyof typeof B2C_SETTINGS & string;

/** One credentials secret, or a username secret and a password secret: exactly one of the two. */
export function b2cRules<N extends string>(r: RuleBuilders<N | B2cName>): Rule<N | B2cName>[] {
  return [r.alternatives([["credentials"], ["usernameSecret", "passwordSecret"]])];
}
