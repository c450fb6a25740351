import { IConstruct } from "constructs";
import { Token } from "cdktf";
import { deferredValue, fail, isOcid, isToken } from "../core";

/** Configuration keys become environment variables: ASCII letters, digits and `_`, not starting with a digit. */
export const CONFIG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** OCI's limit on one application's or one function's configuration: keys plus values, in UTF-8 bytes. */
export const MAX_CONFIG_BYTES = 4096;

/** Key words that mark a key as holding a credential (`DB_PASSWORD`, `slackToken`, `API_KEY`). */
const CREDENTIAL_WORDS = new Set(["PASSWORD", "PASSWD", "PWD", "PASSPHRASE", "SECRET", "SECRETS", "TOKEN", "TOKENS", "APIKEY", "CREDENTIAL", "CREDENTIALS"]);
/** Two-word credential names: API_KEY, PRIVATE_KEY, ACCESS_KEY, SIGNING_KEY. */
const CREDENTIAL_PAIRS = new Set(["API_KEY", "PRIVATE_KEY", "ACCESS_KEY", "SIGNING_KEY"]);
/**
 * A key ending in one of these words describes a credential without holding
 * it (`TARGET_TOKEN_URL`, `SECRET_CACHE_TTL_SECONDS`); only its value's own
 * shape is checked.
 */
const DESCRIPTOR_WORDS = new Set(["URL", "URI", "ENDPOINT", "HOST", "PORT", "HEADER", "NAME", "PATH", "SECONDS", "MS", "TTL", "TIMEOUT", "VERSION", "TYPE", "SCOPE", "SCOPES"]);

/** Values that are credentials whatever their key is called. */
const CREDENTIAL_VALUES: ReadonlyArray<[RegExp, string]> = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "the value is a PEM private key"],
  [/^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i, "the value is a URL with an embedded password"],
  [/[?&](access_token|token|api_key|apikey|key|secret|password|sig|signature)=/i, "the value is a URL carrying a credential in its query string"],
  [/hooks\.slack\.com\/services\//i, "the value is a Slack webhook URL (the URL is the credential)"],
  [/^(Bearer|Basic)\s+\S+/i, "the value is an Authorization header value"],
  [/^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, "the value is a JSON Web Token"],
  [/^(xox[abposr]-|ghp_|gho_|ghs_|github_pat_|glpat-|sk_live_|AKIA[0-9A-Z]{16}$)/, "the value has the prefix of a well-known API token"],
];

/** `DB_PASSWORD` / `dbPassword` -> ["DB", "PASSWORD"]. */
function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase()
    .split("_")
    .filter(Boolean);
}

/**
 * Why a literal configuration value looks like a plaintext credential, or
 * undefined. The rule (documented in the README):
 * 1. a value shaped like a credential (PEM private key, URL with a password or
 *    a token in its query, Slack webhook, `Bearer`/`Basic` header, JWT, a
 *    well-known token prefix) is refused under any key;
 * 2. a key naming a credential (a word PASSWORD, PASSWD, PWD, PASSPHRASE,
 *    SECRET, TOKEN, APIKEY, CREDENTIAL(S), or API_KEY, PRIVATE_KEY,
 *    ACCESS_KEY, SIGNING_KEY) must hold an OCID (a Vault secret's, read at
 *    run time through the function's resource principal) or a value only
 *    Terraform knows, unless its last word only describes the credential
 *    (URL, ENDPOINT, NAME, SECONDS, TTL, ...).
 */
export function plaintextCredentialReason(key: string, value: string): string | undefined {
  if (isToken(value) || value === "") return undefined;
  for (const [pattern, reason] of CREDENTIAL_VALUES) if (pattern.test(value)) return reason;
  const words = keyWords(key);
  const named = words.some((w, i) => CREDENTIAL_WORDS.has(w) || CREDENTIAL_PAIRS.has(`${w}_${words[i + 1]}`));
  if (named && !DESCRIPTOR_WORDS.has(words[words.length - 1]) && !isOcid(value)) return "the key names a credential and the value is not an OCID";
  return undefined;
}

/** Bytes a configuration takes against {@link MAX_CONFIG_BYTES}; values only Terraform knows count as 0 (OCI checks them at apply). */
export function configBytes(entries: Readonly<Record<string, string>>): number {
  return Object.entries(entries).reduce((sum, [k, v]) => sum + Buffer.byteLength(k, "utf8") + (isToken(v) ? 0 : Buffer.byteLength(v, "utf8")), 0);
}

/**
 * The validated configuration (environment variables) of an application or a
 * function. Every entry is checked as it is set, and the map renders lazily,
 * so entries added after construction (`addConfig`) are synthesized too.
 */
export class FunctionConfig {
  private readonly entries: Record<string, string> = {};

  /**
   * @param owner construct named in errors
   * @param allowPlaintext skips the credential rule (`allowPlaintextConfig`)
   */
  constructor(
    private readonly owner: IConstruct,
    private readonly allowPlaintext: boolean,
    initial: Readonly<Record<string, string>> = {},
  ) {
    for (const [key, value] of Object.entries(initial)) this.set(key, value);
  }

  /** Validates and sets (or replaces) one entry. */
  set(key: string, value: string): void {
    if (typeof key !== "string" || !CONFIG_KEY.test(key)) {
      fail(this.owner, "config key", key, "must match ^[A-Za-z_][A-Za-z0-9_]*$ (letters, digits and _, not starting with a digit)");
    }
    const field = `config.${key}`;
    if (typeof value !== "string") fail(this.owner, field, value, "must be a string");
    const reason = this.allowPlaintext ? undefined : plaintextCredentialReason(key, value);
    if (reason) {
      // The value itself stays out of the message: it would land in CI logs.
      fail(
        this.owner,
        field,
        `<redacted, ${value.length} characters>`,
        `${reason}; store the secret in OCI Vault and pass the secret's OCID instead (the function reads it through its resource principal after secret.grantRead(fn)), or set allowPlaintextConfig: true to opt out`,
      );
    }
    const bytes = configBytes({ ...this.entries, [key]: value });
    if (bytes > MAX_CONFIG_BYTES) fail(this.owner, "config size", bytes, `keys and values together may take at most ${MAX_CONFIG_BYTES} bytes (UTF-8)`);
    this.entries[key] = value;
  }

  /** A copy of the entries. */
  get values(): Record<string, string> {
    return { ...this.entries };
  }

  /** The map for the generated resource: rendered at synthesis, omitted while empty. */
  render(): Record<string, string> {
    return Token.asStringMap(deferredValue(() => (Object.keys(this.entries).length ? { ...this.entries } : undefined)));
  }
}
