import { IConstruct } from "constructs";
import { Token } from "cdktf";
import { credentialReason, deferredValue, reject, isToken, sensitive } from "../core";

/** Configuration keys become environment variables: ASCII letters, digits and `_`, not starting with a digit. */
export const CONFIG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** OCI's limit on one application's or one function's configuration: keys plus values, in UTF-8 bytes. */
export const MAX_CONFIG_BYTES = 4096;

/**
 * Why a literal configuration value looks like a plaintext credential, or
 * undefined: the project's one credential rule ({@link credentialReason},
 * documented in the README), which the plan review's masking shares.
 */
export function plaintextCredentialReason(key: string, value: string): string | undefined {
  if (isToken(value)) return undefined;
  return credentialReason(key, value);
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
    initial: Readonly<Record<string, string>> | undefined = {},
  ) {
    if (initial !== undefined && (typeof initial !== "object" || initial === null || Array.isArray(initial))) {
      reject(owner, "config", initial, "must be an object of key -> string value");
      return;
    }
    for (const [key, value] of Object.entries(initial ?? {})) this.set(key, value);
  }

  /** Validates and sets (or replaces) one entry. */
  set(key: string, value: string): void {
    if (typeof key !== "string" || !CONFIG_KEY.test(key)) {
      reject(this.owner, "config key", key, "must match ^[A-Za-z_][A-Za-z0-9_]*$ (letters, digits and _, not starting with a digit)");
      return;
    }
    const field = `config.${key}`;
    if (typeof value !== "string") {
      reject(this.owner, field, value, "must be a string");
      return;
    }
    const reason = this.allowPlaintext ? undefined : plaintextCredentialReason(key, value);
    if (reason) {
      // The value itself stays out of the message (it would land in CI logs): the shared redaction shows its length, or a URL's host.
      reject(
        this.owner,
        field,
        sensitive(value),
        `${reason}; store the secret in OCI Vault and pass the secret's OCID instead (the function reads it through its resource principal after secret.grantRead(fn)), or set allowPlaintextConfig: true to opt out`,
      );
      return;
    }
    const bytes = configBytes({ ...this.entries, [key]: value });
    if (bytes > MAX_CONFIG_BYTES) {
      reject(this.owner, "config size", bytes, `keys and values together may take at most ${MAX_CONFIG_BYTES} bytes (UTF-8)`);
      return;
    }
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
