import { webhookSignature } from "../../shared/crypto";
import { functionEnv } from "../../shared/test-support/env";
import { type FnProcess, ensureBuilt, startFunction } from "../../shared/test-support/fn-process";
import { stopAll } from "../../shared/test-support/mock-server";
import { type SecretsMock, startSecretsMock } from "../../shared/test-support/secrets-mock";

const TOKENS_ID = "ocid1.vaultsecret.oc1.iad.apitokens";
const SIGNING_ID = "ocid1.vaultsecret.oc1.iad.signingkey";
const TOKEN_A = "tok-A-0f9e8d7c6b5a";
const TOKEN_B = "tok-B-rotated-112233";
const SIGNING_KEY = "twilio-auth-token-for-authorizer";
const URL_SIGNED = "https://abc.apigateway.us-ashburn-1.oci.customer-oci.com/sms/inbound?From=%2B15550001111";

let secrets: SecretsMock;
let tokenFn: FnProcess;
let webhookFn: FnProcess;

beforeAll(async () => {
  await ensureBuilt("api-authorizer");
  secrets = await startSecretsMock({ [TOKENS_ID]: `${TOKEN_A}\n${TOKEN_B}\n`, [SIGNING_ID]: SIGNING_KEY });
  tokenFn = await startFunction("api-authorizer", functionEnv(secrets.url, { AUTH_TOKEN_SECRET_OCID: TOKENS_ID, AUTH_SCOPES: "sms.write,sms.read", AUTH_PRINCIPAL: "sms-provider" }));
  webhookFn = await startFunction("api-authorizer", functionEnv(secrets.url, { AUTH_SIGNATURE_SECRET_OCID: SIGNING_ID, AUTH_IP_ALLOWLIST: "203.0.113.0/24, 2001:db8::/32" }));
}, 30_000);

afterAll(() => stopAll(tokenFn, webhookFn, secrets));

const denied = (realmScheme: string) => ({ active: false, wwwAuthenticate: `${realmScheme} realm="oci-api"` });

describe("api-authorizer, token checks", () => {
  test("single-argument form: a valid bearer token is allowed with principal, scope, context and expiresAt", async () => {
    const res = await tokenFn.invoke({ type: "TOKEN", token: `Bearer ${TOKEN_A}` });
    expect(res.status).toBe(200);
    const body = res.json<{ expiresAt: string }>();
    expect(body).toMatchObject({ active: true, principal: "sms-provider", scope: ["sms.write", "sms.read"], context: { authMethods: "bearer" } });
    const ttl = Date.parse(body.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(290_000);
    expect(ttl).toBeLessThanOrEqual(300_000);
  });

  test("every token listed in the secret is accepted (rotation), raw tokens and API keys too", async () => {
    expect((await tokenFn.invoke({ type: "TOKEN", token: TOKEN_B })).json()).toMatchObject({ active: true });
    const multi = await tokenFn.invoke({ type: "USER_DEFINED", data: { apiKey: TOKEN_A } });
    expect(multi.json()).toMatchObject({ active: true, context: { authMethods: "api_key" } });
  });

  test("wrong, missing or malformed credentials are denied with a challenge", async () => {
    const inputs: unknown[] = [
      { type: "TOKEN", token: "Bearer nope" },
      { type: "TOKEN", token: `Bearer ${TOKEN_A}x` },
      { type: "TOKEN" },
      { type: "USER_DEFINED", data: { authorization: `Basic ${TOKEN_A}` } },
      { type: "SOMETHING_ELSE", token: TOKEN_A },
      "{{not json",
      "",
    ];
    for (const input of inputs) {
      const res = await tokenFn.invoke(typeof input === "string" ? input : (input as object));
      expect(res.status).toBe(200);
      expect(res.json()).toEqual(denied("Bearer"));
    }
    expect(tokenFn.stdout() + tokenFn.stderr()).not.toContain(TOKEN_A);
    expect(tokenFn.stdout() + tokenFn.stderr()).not.toContain(TOKEN_B);
  });
});

describe("api-authorizer, webhook signature and IP allow-list", () => {
  const signed = (clientIp: string, signature = webhookSignature(SIGNING_KEY, URL_SIGNED)) => ({ type: "USER_DEFINED", data: { signature, url: URL_SIGNED, clientIp } });

  test("a valid signature from an allow-listed address is allowed", async () => {
    const res = await webhookFn.invoke(signed("203.0.113.7"));
    expect(res.json()).toMatchObject({ active: true, principal: "webhook-client", scope: [], context: { authMethods: "ip,signature", clientIp: "203.0.113.7" } });
    expect((await webhookFn.invoke(signed("2001:db8::42"))).json()).toMatchObject({ active: true });
  });

  test("the address checked is the one the gateway appended, not one the client put first", async () => {
    expect((await webhookFn.invoke(signed("203.0.113.7, 198.51.100.1"))).json()).toEqual(denied("Signature"));
    expect((await webhookFn.invoke(signed("198.51.100.1, 203.0.113.7"))).json()).toMatchObject({ active: true });
  });

  test("bad signatures, other URLs, unknown or missing addresses are denied", async () => {
    const cases = [
      signed("203.0.113.7", webhookSignature("other-key", URL_SIGNED)),
      signed("203.0.113.7", ""),
      { type: "USER_DEFINED", data: { signature: webhookSignature(SIGNING_KEY, URL_SIGNED), url: URL_SIGNED + "&x=1", clientIp: "203.0.113.7" } },
      signed("198.51.100.1"),
      signed("not-an-ip"),
      { type: "USER_DEFINED", data: { signature: webhookSignature(SIGNING_KEY, URL_SIGNED), url: URL_SIGNED } },
      { type: "TOKEN", token: webhookSignature(SIGNING_KEY, URL_SIGNED) },
    ];
    for (const input of cases) expect((await webhookFn.invoke(input)).json()).toEqual(denied("Signature"));
    expect(webhookFn.stdout() + webhookFn.stderr()).not.toContain(SIGNING_KEY);
  });
});

describe("api-authorizer fails closed", () => {
  test("an unreadable Vault secret denies", async () => {
    const fn = await startFunction("api-authorizer", functionEnv(secrets.url, { AUTH_TOKEN_SECRET_OCID: "ocid1.vaultsecret.oc1.iad.missing" }));
    try {
      expect((await fn.invoke({ type: "TOKEN", token: TOKEN_A })).json()).toEqual(denied("Bearer"));
    } finally {
      await fn.stop();
    }
  });

  test("with no credential check configured the call fails instead of allowing", async () => {
    const fn = await startFunction("api-authorizer", functionEnv(secrets.url, { AUTH_IP_ALLOWLIST: "203.0.113.0/24" }));
    try {
      const res = await fn.invoke({ type: "USER_DEFINED", data: { clientIp: "203.0.113.7" } });
      expect(res.status).toBe(502);
      expect(res.text).toMatch(/AUTH_TOKEN_SECRET_OCID and\/or AUTH_SIGNATURE_SECRET_OCID/);
    } finally {
      await fn.stop();
    }
  });
});

describe("api-authorizer, ip-allow-list mode (senders that cannot authenticate)", () => {
  let ipFn: FnProcess;
  beforeAll(async () => {
    ipFn = await startFunction("api-authorizer", functionEnv(secrets.url, { AUTH_MODE: "ip-allow-list", AUTH_IP_ALLOWLIST: "203.0.113.0/24, 198.51.100.7, 2001:db8::/32", AUTH_REALM: "sms-webhook" }));
  });
  afterAll(async () => ipFn?.stop());
  const from = (clientIp: unknown) => ({ type: "USER_DEFINED", data: { clientIp } });
  const deniedIp = { active: false, wwwAuthenticate: 'IP realm="sms-webhook"' };

  test("an allow-listed sender is allowed with no credential at all, and no secret is read", async () => {
    const before = secrets.requests.length;
    for (const ip of ["203.0.113.9", "198.51.100.7", "2001:db8::1"]) {
      expect((await ipFn.invoke(from(ip))).json()).toMatchObject({ active: true, principal: "webhook-client", context: { authMethods: "ip", clientIp: ip } });
    }
    expect(secrets.requests.length).toBe(before);
  });

  test("the right-most X-Forwarded-For entry decides: a forged left-most entry never allows, a forged chain before a real address never denies", async () => {
    expect((await ipFn.invoke(from("203.0.113.9, 192.0.2.50"))).json()).toEqual(deniedIp);
    expect((await ipFn.invoke(from("192.0.2.50, 203.0.113.9"))).json()).toMatchObject({ active: true, context: { clientIp: "203.0.113.9" } });
    // The header sent twice reaches the function as an array: read as one chain, in order.
    expect((await ipFn.invoke(from(["203.0.113.9", "192.0.2.50"]))).json()).toEqual(deniedIp);
    expect((await ipFn.invoke(from(["192.0.2.50", "198.51.100.7"]))).json()).toMatchObject({ active: true, context: { clientIp: "198.51.100.7" } });
  });

  test("unlisted, missing or malformed addresses, and token-only requests, are denied", async () => {
    for (const input of [from("192.0.2.50"), from("198.51.100.8"), from(""), from("not-an-ip"), from(["203.0.113.9", 7]), { type: "USER_DEFINED", data: {} }, { type: "TOKEN", token: `Bearer ${TOKEN_A}` }]) {
      expect((await ipFn.invoke(input)).json()).toEqual(deniedIp);
    }
  });

  test("the mode is explicit: a secret, a missing or an allow-everything list refuses to run rather than guess", async () => {
    for (const [extra, message] of [
      [{ AUTH_IP_ALLOWLIST: "203.0.113.0/24", AUTH_TOKEN_SECRET_OCID: TOKENS_ID }, /AUTH_TOKEN_SECRET_OCID must not be set when AUTH_MODE=ip-allow-list/],
      [{}, /AUTH_IP_ALLOWLIST is required when AUTH_MODE=ip-allow-list/],
      [{ AUTH_IP_ALLOWLIST: "203.0.113.0/24, 0.0.0.0/0" }, /AUTH_IP_ALLOWLIST must not contain a range that admits every address/],
      [{ AUTH_IP_ALLOWLIST: "203.0.113.0/24, 203.0.113" }, /AUTH_IP_ALLOWLIST entry \\"203\.0\.113\\" is not an IP address or CIDR/],
    ] as const) {
      const fn = await startFunction("api-authorizer", functionEnv(secrets.url, { AUTH_MODE: "ip-allow-list", ...extra }));
      try {
        const res = await fn.invoke(from("203.0.113.9"));
        expect(res.status).toBe(502);
        expect(res.text).toMatch(message);
      } finally {
        await fn.stop();
      }
    }
  });
});
