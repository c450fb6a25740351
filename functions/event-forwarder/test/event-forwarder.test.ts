import { functionEnv, objectEvent } from "../../shared/test-support/env";
import { type FnProcess, ensureBuilt, startFunction } from "../../shared/test-support/fn-process";
import { type MockServer, faults, sendJson, startMock, stopAll, resetMocks } from "../../shared/test-support/mock-server";
import { type SecretsMock, startSecretsMock } from "../../shared/test-support/secrets-mock";

const SECRET_ID = "ocid1.vaultsecret.oc1.iad.oiccredentials";
const OAUTH_SECRET_ID = "ocid1.vaultsecret.oc1.iad.ordsclient";
const PASSWORD = "S3cr3t-Pa55-word!";
const CLIENT_SECRET = "ords-client-secret-value";
const BASIC = "Basic " + Buffer.from(`oic-user:${PASSWORD}`).toString("base64");

let secrets: SecretsMock;
let oic: MockServer;
let fn: FnProcess;

beforeAll(async () => {
  await ensureBuilt("event-forwarder");
  secrets = await startSecretsMock({
    [SECRET_ID]: JSON.stringify({ username: "oic-user", password: PASSWORD }),
    [OAUTH_SECRET_ID]: `ords-client:${CLIENT_SECRET}`,
  });
  // Answers like an Oracle Integration REST trigger: 202 Accepted for an async flow, 401 otherwise.
  oic = await startMock((req, res) => (req.headers.authorization === BASIC ? sendJson(res, 202, undefined) : sendJson(res, 401, { title: "Unauthorized" })));
  fn = await startFunction("event-forwarder", functionEnv(secrets.url, { TARGET_URL: `${oic.url}/ic/api/integration/v1/flows/rest/OBJ_EVENTS/1.0/events`, TARGET_CREDENTIALS_SECRET_OCID: SECRET_ID }));
}, 30_000);

afterAll(() => stopAll(fn, oic, secrets));

beforeEach(() => resetMocks(oic));

describe("event-forwarder", () => {
  test("forwards the whole event to Oracle Integration with basic auth from Vault", async () => {
    const event = objectEvent("evt-whole-1");
    const res = await fn.invoke(event);
    expect(res.status).toBe(200);
    expect(res.gatewayStatus).toBe(200);
    expect(res.json()).toEqual({ status: "forwarded", eventId: "evt-whole-1", eventType: "com.oraclecloud.objectstorage.createobject", upstreamStatus: 202, duplicate: false });
    expect(oic.requests).toHaveLength(1);
    const sent = oic.requests[0];
    expect(sent.method).toBe("POST");
    expect(sent.path).toBe("/ic/api/integration/v1/flows/rest/OBJ_EVENTS/1.0/events");
    expect(sent.headers.authorization).toBe(BASIC);
    expect(sent.headers["idempotency-key"]).toBe("evt-whole-1");
    expect(sent.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(sent.body)).toEqual(event);
    // The real SDK signed the Vault read with the resource principal.
    expect(secrets.signedOk()).toBeGreaterThanOrEqual(1);
  });

  test("reuses the cached secret instead of reading Vault on every call", async () => {
    const before = secrets.requests.length;
    await fn.invoke(objectEvent("evt-cache-1"));
    await fn.invoke(objectEvent("evt-cache-2"));
    expect(secrets.requests.length).toBe(before);
    expect(oic.requests).toHaveLength(2);
  });

  test("a duplicate delivery (same eventID, via a topic) is answered without a second forward", async () => {
    const event = objectEvent("evt-dup-1");
    const first = await fn.invoke(event);
    const second = await fn.invoke(event, { headers: { "X-OCI-NS-MessageId": "msg-77" } });
    expect(first.json()).toMatchObject({ status: "forwarded", duplicate: false });
    expect(second.json()).toMatchObject({ status: "forwarded", duplicate: true });
    expect(oic.requests).toHaveLength(1);
  });

  test("concurrent duplicates share one forward", async () => {
    const event = objectEvent("evt-dup-concurrent");
    const all = await Promise.all([fn.invoke(event), fn.invoke(event), fn.invoke(event)]);
    expect(all.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(oic.requests).toHaveLength(1);
  });

  test("malformed JSON gets a 400 with a clear message and the process keeps serving", async () => {
    const bad = await fn.invoke("{not json");
    expect(bad.gatewayStatus).toBe(400);
    expect(bad.json()).toMatchObject({ error: "bad_request" });
    expect(bad.json<{ message: string }>().message).toMatch(/not valid JSON/);
    const ok = await fn.invoke(objectEvent("evt-after-bad"));
    expect(ok.json()).toMatchObject({ status: "forwarded" });
    expect(oic.requests).toHaveLength(1);
  });

  test("missing fields are named in the error", async () => {
    const { eventID: _drop, ...noId } = objectEvent("x");
    const res = await fn.invoke(noId);
    expect(res.gatewayStatus).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/"eventID"/);
    const arr = await fn.invoke([1, 2]);
    expect(arr.json<{ message: string }>().message).toMatch(/JSON object/);
    expect(oic.requests).toHaveLength(0);
  });

  test("429 with Retry-After is honoured before the retry", async () => {
    oic.queue.push(faults.status(429, { "Retry-After": "1" }));
    const res = await fn.invoke(objectEvent("evt-429"));
    expect(res.json()).toMatchObject({ status: "forwarded" });
    expect(oic.requests).toHaveLength(2);
    // Base delay is 5 ms in tests, so a ~1 s gap can only come from Retry-After.
    expect(oic.requests[1].at - oic.requests[0].at).toBeGreaterThanOrEqual(950);
  });

  test("5xx responses are retried with backoff", async () => {
    oic.queue.push(faults.status(500), faults.status(503));
    const res = await fn.invoke(objectEvent("evt-500"));
    expect(res.json()).toMatchObject({ status: "forwarded", upstreamStatus: 202 });
    expect(oic.requests).toHaveLength(3);
  });

  test("a timed-out attempt is abandoned and retried", async () => {
    oic.queue.push(faults.hang(3000));
    const started = Date.now();
    const res = await fn.invoke(objectEvent("evt-timeout"));
    expect(res.json()).toMatchObject({ status: "forwarded" });
    expect(oic.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  test("an upstream still failing after retries fails the invocation, and the redelivery succeeds", async () => {
    oic.queue.push(faults.status(500), faults.status(500), faults.status(500));
    const failed = await fn.invoke(objectEvent("evt-fail"));
    expect(failed.status).toBe(502);
    expect(failed.text).toMatch(/integration endpoint answered HTTP 500 \(after 3 attempts\)/);
    expect(oic.requests).toHaveLength(3);
    // Not remembered as done: OCI's redelivery is processed.
    const again = await fn.invoke(objectEvent("evt-fail"));
    expect(again.json()).toMatchObject({ status: "forwarded", duplicate: false });
  });

  test("a rejected credential fails the call and forces a fresh Vault read", async () => {
    oic.queue.push(faults.status(401));
    const before = secrets.requests.length;
    const failed = await fn.invoke(objectEvent("evt-401"));
    expect(failed.status).toBe(502);
    expect(oic.requests).toHaveLength(1); // 401 is not retried
    await fn.invoke(objectEvent("evt-401"));
    expect(secrets.requests.length).toBe(before + 1);
  });

  test("an upstream echoing our headers back does not get the secret into the logs", async () => {
    oic.queue.push((req, res) => sendJson(res, 500, { echoed: req.headers }), (req, res) => sendJson(res, 500, { echoed: req.headers }), (req, res) => sendJson(res, 500, { echoed: req.headers }));
    const failed = await fn.invoke(objectEvent("evt-echo"));
    expect(failed.status).toBe(502);
    const output = fn.stdout() + fn.stderr();
    expect(output.length).toBeGreaterThan(0);
    expect(output).toContain("invocation failed");
    expect(output).not.toContain(PASSWORD);
    expect(output).not.toContain(BASIC.slice("Basic ".length));
  });
});

describe("event-forwarder configurations", () => {
  test("mapped mode to an ORDS handler with OAuth2 client credentials", async () => {
    const ords = await startMock((req, res) => {
      if (req.path === "/ords/hr/oauth/token") {
        const ok = req.headers.authorization === "Basic " + Buffer.from(`ords-client:${CLIENT_SECRET}`).toString("base64") && req.body === "grant_type=client_credentials";
        return ok ? sendJson(res, 200, { access_token: "tok-123", token_type: "bearer", expires_in: 3600 }) : sendJson(res, 401, {});
      }
      return req.headers.authorization === "Bearer tok-123" ? sendJson(res, 201, { ok: true }) : sendJson(res, 401, {});
    });
    const ordsFn = await startFunction(
      "event-forwarder",
      functionEnv(secrets.url, {
        TARGET_URL: `${ords.url}/ords/hr/oci_events/process`,
        TARGET_AUTH: "oauth2",
        TARGET_TOKEN_URL: `${ords.url}/ords/hr/oauth/token`,
        TARGET_CREDENTIALS_SECRET_OCID: OAUTH_SECRET_ID,
        FORWARD_MODE: "mapped",
      }),
    );
    try {
      const r1 = await ordsFn.invoke(objectEvent("evt-ords-1", "a.csv"));
      const r2 = await ordsFn.invoke(objectEvent("evt-ords-2", "b.csv"));
      expect(r1.json()).toMatchObject({ status: "forwarded", upstreamStatus: 201 });
      expect(r2.json()).toMatchObject({ status: "forwarded" });
      const posts = ords.requests.filter((r) => r.path === "/ords/hr/oci_events/process");
      expect(ords.requests.filter((r) => r.path === "/ords/hr/oauth/token")).toHaveLength(1); // token reused
      expect(JSON.parse(posts[0].body)).toEqual({
        eventId: "evt-ords-1",
        eventType: "com.oraclecloud.objectstorage.createobject",
        eventTime: "2025-11-20T10:15:00Z",
        source: "ObjectStorage",
        compartmentId: "ocid1.compartment.oc1..finance",
        compartmentName: "finance",
        resourceName: "a.csv",
        resourceId: "/n/acme/b/incoming/o/a.csv",
        availabilityDomain: "all",
        details: { bucketName: "incoming", namespace: "acme", eTag: "abc-123", archivalState: "Available" },
      });
      expect(ordsFn.stdout() + ordsFn.stderr()).not.toContain(CLIENT_SECRET);
    } finally {
      await ordsFn.stop();
      await ords.close();
    }
  });

  test("a plain-http, non-loopback target is refused", async () => {
    const insecure = await startFunction("event-forwarder", functionEnv(secrets.url, { TARGET_URL: "http://integration.example.com/flow", TARGET_CREDENTIALS_SECRET_OCID: SECRET_ID }));
    try {
      const res = await insecure.invoke(objectEvent("evt-insecure"));
      expect(res.status).toBe(502);
      expect(res.text).toMatch(/TARGET_URL must use https/);
    } finally {
      await insecure.stop();
    }
  });

  test("a Vault outage is retried, and a missing secret fails the invocation", async () => {
    const vaultFn = await startFunction("event-forwarder", functionEnv(secrets.url, { TARGET_URL: `${oic.url}/flow`, TARGET_CREDENTIALS_SECRET_OCID: SECRET_ID }));
    const missing = await startFunction("event-forwarder", functionEnv(secrets.url, { TARGET_URL: `${oic.url}/flow`, TARGET_CREDENTIALS_SECRET_OCID: "ocid1.vaultsecret.oc1.iad.nosuch" }));
    try {
      secrets.queue.push(faults.status(500));
      const ok = await vaultFn.invoke(objectEvent("evt-vault-500"));
      expect(ok.json()).toMatchObject({ status: "forwarded" });
      const res = await missing.invoke(objectEvent("evt-vault-404"));
      expect(res.status).toBe(502);
      expect(res.text).toMatch(/reading secret ocid1\.vaultsecret\.oc1\.iad\.nosuch failed: HTTP 404/);
    } finally {
      await vaultFn.stop();
      await missing.stop();
    }
  });
});
