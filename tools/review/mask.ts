/**
 * Masking of sensitive values. A PR comment is readable by everyone with
 * repository access, so a value is masked when Terraform marks it sensitive,
 * when it is a `secret_content.content`, or when the project's one credential
 * rule (constructs/core/secrets.ts, which the constructs' synthesis checks use
 * too) flags it: by its name and value (`DB_PASSWORD = "hunter2"`) or by its
 * shape under any name (Slack or PagerDuty URLs, tokens in a URL, `Basic`/
 * `Bearer` values, PEM private keys, long random strings). Every masked value
 * is remembered, and the finished text is scrubbed of remembered values and of
 * anything else shaped like a credential.
 */
import { credentialReason, isExpression, redact, redactText } from "../../constructs/core/secrets";
import { Json } from "./model";
import { Segment } from "./paths";

export const MASK = "(sensitive)";

function names(segments: readonly Segment[]): string[] {
  return segments.filter((s): s is string => typeof s === "string");
}

/**
 * The name the credential rule judges a leaf by: its attribute or map key,
 * except where an OCI schema attribute's name misleads the rule
 * (`verify_claims[].key` holds the name of a JWT claim, not a key).
 */
function ruleName(segments: readonly Segment[]): string {
  const n = names(segments);
  const leaf = n[n.length - 1] ?? "";
  return leaf === "key" && n[n.length - 2] === "verify_claims" ? "claim" : leaf;
}

/** A literal value (not empty, not only known to Terraform): what a leaked secret looks like. */
export function isLiteral(value: Json | undefined): value is string {
  return typeof value === "string" && value.trim() !== "" && !isExpression(value);
}

/** What a masked string turns into: a URL keeps its scheme and host (where it points matters to reviewers), anything else `(sensitive)`. */
function maskedForm(value: string): string {
  const redacted = redact(value);
  return redacted.includes("(rest redacted)") ? redacted : MASK;
}

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Remembers a secret (and the secret part of a URL) so `scrub` removes it from finished text. */
  private remember(value: string): void {
    // Very short values would scrub ordinary words out of the report.
    if (value.length >= 4) this.secrets.add(value);
    const rest = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+([/?#].{7,})$/i.exec(value)?.[1];
    if (rest) this.secrets.add(rest);
  }

  /** Why the leaf at `segments` must be masked (Terraform's own marker is applied by the caller), or undefined. */
  reason(segments: readonly Segment[], value: Json): string | undefined {
    if (typeof value !== "string") return undefined;
    const n = names(segments);
    if (n[n.length - 1] === "content" && n[n.length - 2] === "secret_content") return isLiteral(value) ? "the value is secret content" : undefined;
    return credentialReason(ruleName(segments), value);
  }

  isSensitive(segments: readonly Segment[], value: Json): boolean {
    return this.reason(segments, value) !== undefined;
  }

  /** Renders a leaf for display (JSON syntax), masked when `markedSensitive` or when the credential rule flags it. */
  display(segments: readonly Segment[], value: Json, markedSensitive = false): string {
    if (markedSensitive) {
      if (typeof value === "string") this.remember(value);
      else if (value !== null) this.remember(JSON.stringify(value));
      return MASK;
    }
    if (typeof value === "string" && this.isSensitive(segments, value)) {
      this.remember(value);
      const masked = maskedForm(value);
      return masked === MASK ? MASK : JSON.stringify(masked);
    }
    return JSON.stringify(value);
  }

  /** A configured string for free text (exposure details): masked like `display` would, unquoted. */
  value(value: string, name = ""): string {
    if (!credentialReason(name, value)) return value;
    this.remember(value);
    return maskedForm(value);
  }

  /** Removes every remembered secret (raw and JSON-escaped) and anything else shaped like a credential from rendered text. */
  scrub(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)])) {
        if (out.includes(form)) out = out.split(form).join("****");
      }
    }
    return redactText(out);
  }
}
