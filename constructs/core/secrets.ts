/**
 * The one credential rule of the project. Synthesis-time checks (function
 * configuration, subscription endpoints, error messages) and the plan review's
 * masking both ask these functions, so a value refused in code is also a value
 * masked in a PR comment, and the other way round.
 *
 * Deliberately free of cdktf: the review tool loads it without the engine. A
 * value only Terraform knows (`${...}`, which includes cdktf token strings) is
 * never a literal secret.
 */

/** Whether `value` contains a Terraform expression or an unresolved cdktf token. */
export const isExpression = (value: string): boolean => value.includes("${");

/** A literal OCID: `ocid1.<type>.<realm>.[region].<unique id>`. */
const OCID = /^ocid1\.[a-z0-9]+\.[a-z0-9-]+\.[a-z0-9-]*\.[a-z0-9._-]+$/;

/** URL hosts and paths whose URL is itself the credential (incoming webhooks, integration keys, pre-authenticated requests). */
const SECRET_URLS: ReadonlyArray<[RegExp, string]> = [
  [/^https?:\/\/hooks\.slack\.com\/(services|workflows|triggers)\//i, "a Slack webhook URL (the URL is the credential)"],
  [/^https?:\/\/events\.(eu\.)?pagerduty\.com\/(integration|x-ere)\/[^/\s]+/i, "a PagerDuty integration URL (the integration key is in the path)"],
  [/^https?:\/\/([a-z0-9-]+\.)*(discord(app)?\.com)\/api\/webhooks\/\d+\/[^/\s]+/i, "a Discord webhook URL (the token is in the path)"],
  [/^https?:\/\/[a-z0-9-]+\.webhook\.office\.com\/webhookb2\//i, "a Microsoft Teams webhook URL (the URL is the credential)"],
  [/^https?:\/\/[a-z0-9.-]*objectstorage\.[a-z0-9-]+\.(oraclecloud|oci\.customer-oci)\.com\/p\/[^/\s]+\//i, "an OCI Object Storage pre-authenticated request URL (the path is the credential)"],
];

/** Query parameters that carry a credential (`?token=`, `&sig=`, AWS/Azure signed URLs). */
const SECRET_QUERY = /[?&](access_token|id_token|refresh_token|token|auth|api_key|apikey|api-key|key|secret|client_secret|password|passwd|pwd|sig|signature|x-amz-signature|x-amz-credential|sv|code)=[^&#\s]/i;

/** A URL whose userinfo carries a password (`https://user:pass@host/...`). */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;

/** Prefixes of well-known API tokens. */
const TOKEN_PREFIXES =
  /^(xox[abposr]-|xapp-|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|gldt-|sk_live_|sk_test_|rk_live_|rk_test_|pk_live_|sk-(proj-|ant-)?[A-Za-z0-9_-]{16,}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|AIza[0-9A-Za-z_-]{35}|npm_[A-Za-z0-9]{36}|pypi-[A-Za-z0-9_-]{16,}|(AKIA|ASIA)[0-9A-Z]{16}$|SK[0-9a-f]{32}$|AC[0-9a-f]{32}$)/;

/**
 * Why a value is a credential by its shape alone, whatever it is called, or
 * undefined. Covers PEM private keys, URLs with a password, a token in the
 * query or a secret-bearing host/path, `Basic`/`Bearer` header values, JWTs,
 * well-known token prefixes and long random-looking strings.
 */
export function secretValueReason(value: string): string | undefined {
  if (typeof value !== "string" || value === "" || isExpression(value)) return undefined;
  const v = value.trim();
  if (/-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----/.test(v)) return "the value is a PEM private key";
  if (URL_PASSWORD.test(v)) return "the value is a URL with an embedded password";
  for (const [pattern, what] of SECRET_URLS) if (pattern.test(v)) return `the value is ${what}`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return SECRET_QUERY.test(v) ? "the value is a URL carrying a credential in its query string" : undefined;
  if (/^(Bearer|Basic|Token|Digest)\s+\S{4,}/i.test(v)) return "the value is an Authorization header value";
  if (/^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(v)) return "the value is a JSON Web Token";
  if (TOKEN_PREFIXES.test(v)) return "the value has the prefix of a well-known API token";
  if (looksRandom(v)) return "the value is a long random-looking string (a key or token)";
  return undefined;
}

/** Bits per character of `s` (Shannon entropy of its character distribution). */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits;
}

/** Whether `s` mixes lower case, upper case and digits. */
const mixesAllClasses = (s: string): boolean => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);

/**
 * A long string without spaces that looks like key material: 64+ hex digits
 * (not a `sha256:` digest), or 32+ base64/url-safe characters mixing upper
 * case, lower case and digits with high entropy, with a run of 16+ such
 * characters between `-`/`_` separators. OCIDs, UUIDs, URLs, paths, dotted
 * names and generated identifiers made of words and short hashes
 * (`grants_compartment-5e8fc860_policy_C371CBA3`) are not.
 */
function looksRandom(v: string): boolean {
  if (v.length < 32 || /\s/.test(v) || OCID.test(v) || /^sha(256|384|512):[0-9a-f]+$/i.test(v)) return false;
  if (/^[0-9a-f]+$/i.test(v)) return v.length >= 64 && entropy(v) >= 3.5;
  if (!/^[A-Za-z0-9+/=_-]+$/.test(v) || !mixesAllClasses(v)) return false;
  // Random base64url puts `-`/`_` at random places; words joined by them have no long mixed run.
  const longestMixedRun = Math.max(...v.split(/[-_]/).filter(mixesAllClasses).map((run) => run.length), 0);
  return longestMixedRun >= 16 && entropy(v) >= 4.2;
}

/** Whole words that name a credential (`DB_PASS`, `slackToken`, `API_KEY` is handled with {@link KEY_QUALIFIERS}). */
const CREDENTIAL_WORDS = new Set(["PASS", "PASSWORD", "PASSWD", "PWD", "PASSPHRASE", "SECRET", "SECRETS", "TOKEN", "TOKENS", "APIKEY", "CREDENTIAL", "CREDENTIALS", "CREDS", "PSK", "SAS", "COOKIE"]);
/** Glued words ending like a credential (`userpwd`, `DBPASSWORD`, `authtoken`, `clientsecret`). */
const CREDENTIAL_SUFFIX = /^[A-Z]+(PASSWORD|PASSWD|PWD|PASSPHRASE|SECRET|TOKEN|APIKEY)$/;
/** `KEY` after one of these names a credential wherever it stands (`SIGNING_PRIVATE_KEY_ID`). */
const SECRET_KEY_QUALIFIERS = new Set(["API", "HMAC", "SIGNING", "SECRET", "PRIVATE", "ACCESS", "CLIENT", "AUTH", "ROUTING", "INTEGRATION", "WEBHOOK", "ENCRYPTION", "MASTER", "SERVICE", "LICENSE", "SHARED"]);
/** A last word `KEY` after one of these is not a credential (`CACHE_KEY`, `PUBLIC_KEY`); after any other word (`HMAC_KEY`, `API_KEY`), or alone, it is. */
const NON_SECRET_KEY_QUALIFIERS = new Set(["CACHE", "PARTITION", "SORT", "PRIMARY", "FOREIGN", "IDEMPOTENCY", "DEDUPE", "DEDUP", "RATE", "LOOKUP", "MAP", "OBJECT", "ROUTE", "GROUP", "HASH", "PUBLIC", "KMS", "ORDER", "UNIQUE", "REGION", "RESOURCE", "JSON", "CONFIG", "QUERY", "HEADER", "METADATA", "TAG"]);
/**
 * A name ending in one of these words describes a credential without holding
 * it (`TARGET_TOKEN_URL`, `SECRET_CACHE_TTL_SECONDS`). `..._OCID` and `..._ID`
 * are not among them: such a name must then hold an OCID.
 */
const DESCRIPTOR_WORDS = new Set([
  "URL", "URI", "ENDPOINT", "HOST", "PORT", "HEADER", "HEADERS", "NAME", "PATH", "FILE", "SECONDS", "MS", "MINUTES", "HOURS", "DAYS", "TTL", "TIMEOUT",
  "VERSION", "TYPE", "SCOPE", "SCOPES", "MODE", "FIELD", "PARAM", "PARAMETER", "LENGTH", "COUNT", "ENABLED", "REALM", "AUDIENCE", "ISSUER",
  "LOCATION", "LOCATIONS", "SCHEME", "FORMAT", "ALGORITHM", "ALG", "KIND", "SOURCE", "STAGE", "RULE", "POLICY", "SHAPE", "OPS", "KTY",
]);

/** `DB_PASSWORD` / `dbPassword` / `client-secret` -> ["DB", "PASSWORD"]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}

/**
 * Whether a name (configuration key, attribute, header, query parameter) says
 * it holds a credential: a word PASS, PASSWORD, PWD, SECRET, TOKEN, APIKEY,
 * CREDENTIAL(S), ... (also glued: `userpwd`), or a last word KEY not
 * qualified as a non-secret key (`CACHE_KEY`, `PARTITION_KEY`); unless its
 * last word only describes or points at the credential (URL, NAME, TTL,
 * SECONDS, OCID, ID, ...).
 */
export function isCredentialName(name: string): boolean {
  const words = nameWords(name);
  if (!words.length || DESCRIPTOR_WORDS.has(words[words.length - 1]!)) return false;
  if (words.some((w) => CREDENTIAL_WORDS.has(w) || CREDENTIAL_SUFFIX.test(w))) return true;
  // `KEY` after a credential qualifier anywhere (`SIGNING_PRIVATE_KEY_ID`), or last after anything but a non-secret qualifier (`HMAC_KEY`, not `CACHE_KEY`).
  const last = words.length - 1;
  return words.some((w, i) => {
    if (w !== "KEY" && w !== "KEYS") return /^(API|HMAC|SIGNING|SECRET|PRIVATE|ACCESS|CLIENT|AUTH|ROUTING|INTEGRATION|WEBHOOK)KEYS?$/.test(w);
    const qualifier = words[i - 1];
    if (qualifier !== undefined && SECRET_KEY_QUALIFIERS.has(qualifier)) return true;
    return i === last && (qualifier === undefined || !NON_SECRET_KEY_QUALIFIERS.has(qualifier));
  });
}

/**
 * Values that are not credentials even under a credential name: OCIDs (Vault
 * secret references), numbers, booleans, ISO-8601 durations, API Gateway
 * context expressions that point at where a credential arrives
 * (`request.query[key]`, `request.headers[Authorization]`), and PEM public
 * keys or certificates.
 */
function isNonSecretValue(value: string): boolean {
  return (
    OCID.test(value) ||
    /^-?\d+(\.\d+)?$/.test(value) ||
    /^(true|false)$/i.test(value) ||
    /^P(?=\d|T\d)(\d+[YMWD])*(T(\d+[HMS])+)?$/.test(value) ||
    /^request\.(headers|query|path|auth|body|subdomain|host|cert)(\[[^\]]+\])?$/.test(value) ||
    isPublicKeyMaterial(value)
  );
}

/** A PEM public key or certificate (what JWT validation and mTLS configure): public by design. */
function isPublicKeyMaterial(value: string): boolean {
  return /^-----BEGIN (RSA |EC )?(PUBLIC KEY|CERTIFICATE)-----/.test(value) && !/PRIVATE KEY-----/.test(value);
}

/**
 * Why `name = value` is a plaintext credential, or undefined. The rule:
 * 1. a value shaped like a credential ({@link secretValueReason}) is one under any name;
 * 2. a name that says it holds a credential ({@link isCredentialName}) must
 *    hold an OCID (a Vault secret's, read at run time), a number, a boolean,
 *    a duration, a value only Terraform knows, or nothing.
 */
export function credentialReason(name: string, value: string): string | undefined {
  if (typeof value !== "string" || value === "" || isExpression(value)) return undefined;
  const byShape = secretValueReason(value);
  if (byShape) return byShape;
  if (isCredentialName(name) && !isNonSecretValue(value.trim())) return "the key names a credential and the value is not an OCID";
  return undefined;
}

/**
 * A value made safe for an error message, a log line or a report: a URL keeps
 * only its scheme and host, anything else becomes its length.
 */
export function redact(value: string): string {
  try {
    const url = new URL(value);
    if (/^[a-z][a-z0-9+.-]*:$/i.test(url.protocol) && url.host) return `${url.protocol}//${url.host}/(rest redacted)`;
  } catch {
    // not a URL
  }
  return `<redacted, ${value.length} characters>`;
}

/** Runs of free text that can hold a credential: no spaces, quotes, backticks, brackets, commas or table pipes. */
const TEXT_TOKEN = /[^\s"'`<>|()[\]{},;\\]{10,}/g;
/** `Bearer <token>` / `Basic <base64>` inside a sentence or a header list. */
const AUTH_HEADER_IN_TEXT = /\b(Bearer|Basic)(\s+)([A-Za-z0-9._~+/=-]{8,})/g;
/** A PEM private key block, up to its end marker (or the end of the text when cut). */
const PEM_PRIVATE_KEY = /-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----[\s\S]*?(-----END ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----|$)/g;

/**
 * Free text (a description, a log line, a rendered report) with every part
 * shaped like a credential ({@link secretValueReason}: secret-bearing URLs,
 * tokens, `Basic`/`Bearer` values, PEM private keys, random-looking strings)
 * replaced by {@link redact}. Names are not known here, so only shapes count.
 */
export function redactText(text: string): string {
  return text
    .replace(PEM_PRIVATE_KEY, (block) => redact(block))
    .replace(AUTH_HEADER_IN_TEXT, (_m, scheme: string, space: string, credential: string) => `${scheme}${space}${redact(credential)}`)
    .replace(TEXT_TOKEN, (token) => (secretValueReason(token) ? redact(token) : token));
}

/**
 * `value` with every string inside it that {@link credentialReason} flags
 * (under its own key, or under `name` at the top) replaced by {@link redact}.
 * Objects and arrays are copied, never changed in place.
 */
export function redactSecrets(value: unknown, name = ""): unknown {
  if (typeof value === "string") return credentialReason(name, value) ? redact(value) : value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, name));
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactSecrets(v, k)]));
  }
  return value;
}
