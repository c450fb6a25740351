import { createSign, generateKeyPairSync } from "node:crypto";

/**
 * A locally generated resource-principal identity: the RSA session key the SDK signs with and an
 * RPST (a JWT, here signed by a throwaway "issuer" key) in the form OCI Functions provides
 * through OCI_RESOURCE_PRINCIPAL_* (version 2.2, inline values).
 */
export interface ResourcePrincipal {
  readonly env: Record<string, string>;
  readonly publicKeyPem: string;
  readonly token: string;
}

const b64url = (data: string | Buffer) => Buffer.from(data).toString("base64url");

let cached: ResourcePrincipal | undefined;

export function resourcePrincipal(): ResourcePrincipal {
  if (cached) return cached;
  const session = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const issuer = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "test-issuer" }));
  const now = Math.floor(Date.now() / 1000);
  const claims = b64url(
    JSON.stringify({
      sub: "ocid1.fnfunc.oc1.iad.test",
      res_type: "fnfunc",
      res_tenant: "ocid1.tenancy.oc1..test",
      res_compartment: "ocid1.compartment.oc1..test",
      iat: now,
      exp: now + 24 * 3600,
    }),
  );
  const signature = createSign("RSA-SHA256").update(`${header}.${claims}`).sign(issuer.privateKey).toString("base64url");
  const token = `${header}.${claims}.${signature}`;
  cached = {
    token,
    publicKeyPem: session.publicKey.export({ type: "spki", format: "pem" }).toString(),
    env: {
      OCI_RESOURCE_PRINCIPAL_VERSION: "2.2",
      OCI_RESOURCE_PRINCIPAL_RPST: token,
      OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM: session.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      OCI_RESOURCE_PRINCIPAL_REGION: "us-ashburn-1",
    },
  };
  return cached;
}
