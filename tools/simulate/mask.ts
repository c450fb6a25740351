/**
 * Keeps secret values out of everything the simulator prints: every value it
 * hands out as a Vault secret (and their Base64 forms) and every token an
 * upstream returned are replaced by `***`; credential headers are masked by name.
 */
export const MASK = "***";

const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key)$|secret|token|password|signature/i;

export class Scrubber {
  private readonly values = new Set<string>();

  /** Registers a secret (values under 4 characters are ignored: they would shred ordinary text). */
  add(value: string): void {
    if (value.length < 4) return;
    this.values.add(value);
    this.values.add(Buffer.from(value, "utf8").toString("base64"));
    this.values.add(encodeURIComponent(value));
  }

  /** Registers string values of secret-looking fields (`access_token`, ...) of a JSON body. */
  addTokensFrom(body: unknown): void {
    if (!body || typeof body !== "object") return;
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
      if (typeof v === "string" && /token|secret|password/i.test(k) && !/type|expires/i.test(k)) this.add(v);
    }
  }

  scrub(text: string): string {
    let out = text;
    // Longest first, so a value containing another is replaced whole.
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) if (out.includes(v)) out = out.split(v).join(MASK);
    return out;
  }

  /** Headers with credentials masked (the scheme of an Authorization header is kept). */
  headers(headers: Readonly<Record<string, string | string[] | undefined>>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, raw] of Object.entries(headers)) {
      if (raw === undefined) continue;
      const value = Array.isArray(raw) ? raw.join(", ") : raw;
      if (CREDENTIAL_HEADER.test(name)) {
        const scheme = /^(Basic|Bearer|Signature)\s/i.exec(value);
        out[name] = scheme ? `${scheme[1]} ${MASK}` : MASK;
      } else out[name] = this.scrub(value);
    }
    return out;
  }
}
