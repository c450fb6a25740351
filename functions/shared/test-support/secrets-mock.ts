import { type MockServer, sendJson, startMock } from "./mock-server";
import { resourcePrincipal } from "./keys";
import { parseOciSignature, verifyOciSignature } from "./oci-signature";

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

export async function startSecretsMock(initial: Record<string, string> = {}): Promise<SecretsMock> {
  const secrets = new Map(Object.entries(initial));
  const rp = resourcePrincipal();
  let ok = 0;
  const server = await startMock((req, res) => {
    const m = /^\/20190301\/secretbundles\/([^/?]+)/.exec(req.path);
    if (req.method !== "GET" || !m) return sendJson(res, 404, { code: "NotFound", message: "no such route" });
    const sig = parseOciSignature(req.headers.authorization);
    if (!sig || sig.keyId !== `ST$${rp.token}` || !verifyOciSignature(sig, req.method, req.path, req.headers, rp.publicKeyPem)) {
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
