/**
 * The OCI API mocks' signature check (test-support/oci-signature.ts) refuses what
 * the real services refuse, so the mocks' `signedOk()` counts can fail.
 */
import { createSign } from "node:crypto";
import { parseOciSignature, verifyOciSignature } from "../test-support/oci-signature";
import { resourcePrincipal } from "../test-support/keys";

const rp = resourcePrincipal();
const headers = { host: "secrets.vaults.us-ashburn-1.oci.oraclecloud.com", date: "Tue, 01 Dec 2026 10:00:00 GMT" };
const path = "/20190301/secretbundles/ocid1.vaultsecret.oc1.iad.example";

function authorization(signedPath: string, algorithm = "rsa-sha256"): string {
  const signing = `(request-target): get ${signedPath}\nhost: ${headers.host}\ndate: ${headers.date}`;
  const signature = createSign("RSA-SHA256").update(signing).sign(rp.env.OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM!, "base64");
  return `Signature version="1",headers="(request-target) host date",keyId="ST$${rp.token}",algorithm="${algorithm}",signature="${signature}"`;
}

test("a signature over the request's own target and headers verifies; over another path it does not", () => {
  const sig = parseOciSignature(authorization(path));
  expect(sig).toMatchObject({ keyId: `ST$${rp.token}`, headers: ["(request-target)", "host", "date"] });
  expect(verifyOciSignature(sig!, "GET", path, headers, rp.publicKeyPem)).toBe(true);
  expect(verifyOciSignature(sig!, "GET", `${path}x`, headers, rp.publicKeyPem)).toBe(false);
  expect(verifyOciSignature(sig!, "GET", path, { ...headers, date: "Wed, 02 Dec 2026 10:00:00 GMT" }, rp.publicKeyPem)).toBe(false);
  expect(verifyOciSignature(parseOciSignature(authorization(`${path}x`))!, "GET", path, headers, rp.publicKeyPem)).toBe(false);
});

test("no signature, another scheme or another algorithm is no OCI signature", () => {
  expect(parseOciSignature(undefined)).toBeUndefined();
  expect(parseOciSignature("Bearer abc")).toBeUndefined();
  expect(parseOciSignature(authorization(path, "hmac-sha256"))).toBeUndefined();
  expect(parseOciSignature('Signature keyId="k",algorithm="rsa-sha256",headers="date"')).toBeUndefined();
});
