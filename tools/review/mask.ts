/**
 * Masking of sensitive values. A PR comment is world-readable to everyone
 * with repository access, so a value is masked when Terraform marks it
 * sensitive, when its attribute name says it is a secret, when it is a
 * `secret_content.content`, or when it is URL userinfo. Every masked value is
 * also remembered so that `scrub` can remove it from the finished text, in
 * case it surfaces a second time somewhere the attribute rules do not see.
 */
import { Json } from "./model";
import { Segment, leafName } from "./paths";
import { isExpression, isOcid } from "./nested";

export const MASK = "(sensitive)";

/** Name tokens that mark a value as secret (`DB_PASSWORD`, `apiKey`, `client-secret`, …). */
const SECRET_TOKENS = new Set(["password", "passwd", "pwd", "secret", "token", "key", "apikey", "credential", "credentials", "passphrase"]);
/**
 * OCI schema attributes whose names contain a secret token but hold
 * configuration, not secrets; masking them would hide what reviewers need.
 */
const NOT_SECRET = new Set([
  "rate_key",
  "token_header",
  "token_query_param",
  "token_auth_scheme",
  "token_locations",
  "cache_key_additions",
  "secret_name",
  "key_shape",
  "kid",
  "key_ops",
  "keys",
  "kty",
]);
/** Suffixes of attributes that reference a secret rather than hold one. */
const REFERENCE_SUFFIX = /(_id|_ids|_ocid|_version_number|_name|_type|_version|_mode|_endpoint|_enabled)$/i;

function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when an attribute or map-key name says its value is a secret. */
export function isSecretName(name: string): boolean {
  if (NOT_SECRET.has(name) || REFERENCE_SUFFIX.test(name)) return false;
  const tokens = nameTokens(name);
  if (tokens.some((t) => t !== "key" && SECRET_TOKENS.has(t))) return true;
  // `key` alone is too common (`key_shape`, `rate_key`); only a trailing `…_KEY` names a secret.
  return tokens[tokens.length - 1] === "key" && tokens.length > 1;
}

/** A literal (not a reference, not an OCID, not empty) string: something that would be a leaked secret. */
export function isLiteralSecretValue(value: Json | undefined): value is string {
  return typeof value === "string" && value.trim() !== "" && !isExpression(value) && !isOcid(value);
}

/** PEM private keys are secrets whatever their attribute is called. */
export function looksLikePrivateKey(value: string): boolean {
  return /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value);
}

const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/@\s]+)@/i;

/** True when a URL carries credentials in its userinfo (`https://user:pass@host`). */
export function hasUserinfoCredentials(url: string): boolean {
  const m = USERINFO.exec(url);
  return !!m && m[2].includes(":");
}

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Remembers a secret so `scrub` removes it from finished text. */
  private remember(value: string): void {
    // Very short values would scrub ordinary words out of the report.
    if (value.length >= 4) this.secrets.add(value);
  }

  /** Whether the leaf at `segments` must be masked (Terraform's marker already applied by the caller). */
  isSensitive(segments: readonly Segment[], value: Json): boolean {
    if (typeof value !== "string") return false;
    if (looksLikePrivateKey(value)) return true;
    const name = leafName(segments);
    const parent = segments.filter((s): s is string => typeof s === "string").slice(-2, -1)[0];
    if (parent === "secret_content" && name === "content") return isLiteralSecretValue(value);
    return isSecretName(name) && isLiteralSecretValue(value);
  }

  /**
   * Renders a leaf for display: masked when `markedSensitive` or when the
   * name/value rules above say so, URL credentials masked otherwise.
   */
  display(segments: readonly Segment[], value: Json, markedSensitive = false): string {
    if (markedSensitive || this.isSensitive(segments, value)) {
      if (typeof value === "string") this.remember(value);
      else if (value !== null) this.remember(JSON.stringify(value));
      return MASK;
    }
    return typeof value === "string" ? JSON.stringify(this.url(value)) : JSON.stringify(value);
  }

  /** A URL with the password of its userinfo masked; other strings unchanged. */
  url(value: string): string {
    const m = USERINFO.exec(value);
    if (!m || !m[2].includes(":")) return value;
    const user = m[2].slice(0, m[2].indexOf(":"));
    const password = m[2].slice(user.length + 1);
    this.remember(password);
    this.remember(value);
    return `${m[1]}${user}:****@${value.slice(m[0].length)}`;
  }

  /** Removes every remembered secret from rendered text (raw and JSON-escaped forms). */
  scrub(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)])) {
        if (out.includes(form)) out = out.split(form).join("****");
      }
    }
    return out;
  }
}
