import { createVerify } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/**
 * The loopback OCI API mocks' one reading of an OCI request signature
 * (draft-cavage HTTP signatures, `Authorization: Signature keyId="...",
 * algorithm="rsa-sha256", headers="...", signature="..."`):
 * https://docs.oracle.com/iaas/Content/API/Concepts/signingrequests.htm
 */
export interface OciSignature {
  readonly keyId: string;
  /** The signed header names, lower-cased, in signing order. */
  readonly headers: readonly string[];
  readonly signature: string;
}

/** The rsa-sha256 signature an `Authorization` header carries, or undefined when it carries none. */
export function parseOciSignature(authorization: string | undefined): OciSignature | undefined {
  if (!authorization?.startsWith("Signature ")) return undefined;
  const fields: Record<string, string> = {};
  for (const m of authorization.slice("Signature ".length).matchAll(/(\w+)="([^"]*)"/g)) fields[m[1]] = m[2];
  if (fields.algorithm !== "rsa-sha256" || !fields.keyId || !fields.headers || !fields.signature) return undefined;
  return { keyId: fields.keyId, headers: fields.headers.split(" ").map((h) => h.toLowerCase()), signature: fields.signature };
}

/** Whether `sig` verifies with `publicKeyPem` over the signing string of the request's signed headers. */
export function verifyOciSignature(sig: OciSignature, method: string, path: string, headers: IncomingHttpHeaders, publicKeyPem: string): boolean {
  const lines = sig.headers.map((h) => (h === "(request-target)" ? `(request-target): ${method.toLowerCase()} ${path}` : `${h}: ${headers[h] ?? ""}`));
  return createVerify("RSA-SHA256").update(lines.join("\n")).verify(publicKeyPem, sig.signature, "base64");
}
