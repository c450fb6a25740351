import { createVerify } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { type MockServer, sendJson, startMock } from "./mock-server";
import { resourcePrincipal } from "./keys";

/**
 * A loopback stand-in for the OCI Secrets retrieval API (GET /20190301/secretbundles/{secretId}).
 * It checks what the real service checks first: an OCI HTTP signature whose keyId is the
 * resource-principal token ("ST$<rpst>") and that verifies against the session public key.
 */
export interface SecretsMock extends MockServer {
  readonly secrets: Map<string, string>;
  /** Requests that carried a valid resource-principal signature. */
  signedOk(): number;
}

function parseSignature(header: string | undefined): Record<string, string> | undefined {
  if (!header?.startsWith("Signature ")) return undefined;
  const out: Record<string, string> = {};
  for (const m of header.slice("Signature ".length).matchAll(/(\w+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

export function verifyOciSignature(method: string, path: string, headers: IncomingHttpHeaders, token: string, publicKeyPem: string): boolean {
  const sig = parseSignature(headers.authorization);
  if (!sig || sig.keyId !== `ST$${token}` || sig.algorithm !== "rsa-sha256" || !sig.headers) return false;
  const lines = sig.headers.split(" ").map((h) => (h === "(request-target)" ? `(request-target): ${method.toLowerCase()} ${path}` : `${h}: ${headers[h] ?? ""}`));
  return createVerify("RSA-SHA256").update(lines.join("\n")).verify(publicKeyPem, sig.signature, "base64");
}

export async function startSecretsMock(initial: Record<string, string> = {}): Promise<SecretsMock> {
  const secrets = new Map(Object.entries(initial));
  const rp = resourcePrincipal();
  let ok = 0;
  const server = await startMock((req, res) => {
    const m = /^\/20190301\/secretbundles\/([^/?]+)/.exec(req.path);
    if (req.method !== "GET" || !m) return sendJson(res, 404, { code: "NotFound", message: "no such route" });
    if (!verifyOciSignature(req.method, req.path, req.headers, rp.token, rp.publicKeyPem)) {
      return sendJson(res, 401, { code: "NotAuthenticated", message: "signature did not verify" });
    }
    ok++;
    const id = decodeURIComponent(m[1]);
    const value = secrets.get(id);
    if (value === undefined) return sendJson(res, 404, { code: "NotAuthorizedOrNotFound", message: "secret not found" });
    sendJson(res, 200, {
      secretId: id,
      versionNumber: 1,
      stages: ["CURRENT", "LATEST"],
      secretBundleContent: { contentType: "BASE64", content: Buffer.from(value, "utf8").toString("base64") },
    });
  });
  return Object.assign(server, { secrets, signedOk: () => ok });
}
