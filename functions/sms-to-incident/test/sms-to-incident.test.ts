import { webhookSignature } from "../../shared/crypto";
import { type B2cMock, startB2cMock } from "../../shared/test-support/b2c-mock";
import { functionEnv } from "../../shared/test-support/env";
import { type FnProcess, type InvokeOptions, ensureBuilt, startFunction } from "../../shared/test-support/fn-process";
import { faults, stopAll, resetMocks } from "../../shared/test-support/mock-server";
import { type SecretsMock, startSecretsMock } from "../../shared/test-support/secrets-mock";

const CREDS_ID = "ocid1.vaultsecret.oc1.iad.b2ccreds";
const SIGNING_ID = "ocid1.vaultsecret.oc1.iad.twiliotoken";
const B2C_PASSWORD = "b2c-Int3gration-pw";
const TWILIO_TOKEN = "twilio-auth-token-abcdef";
const PUBLIC_URL = "https://abc.apigateway.us-ashburn-1.oci.customer-oci.com/sms/inbound";

let secrets: SecretsMock;
let b2c: B2cMock;
let env: Record<string, string>;
let fn: FnProcess;

function twilioForm(sid: string, from: string, text: string): Record<string, string> {
  return { MessageSid: sid, AccountSid: "AC0000000000000000000000000000000a", From: from, To: "+15558675310", Body: text, NumMedia: "0" };
}

function viaGateway(form: Record<string, string>, signature?: string): [string, InvokeOptions] {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (signature) headers["X-Twilio-Signature"] = signature;
  return [new URLSearchParams(form).toString(), { headers: { "Content-Type": "application/x-www-form-urlencoded" }, gateway: { url: "/sms/inbound", headers } }];
}

beforeAll(async () => {
  await ensureBuilt("sms-to-incident");
  secrets = await startSecretsMock({ [CREDS_ID]: JSON.stringify({ username: "svc_integration", password: B2C_PASSWORD }), [SIGNING_ID]: TWILIO_TOKEN });
  b2c = await startB2cMock("svc_integration", B2C_PASSWORD);
  env = functionEnv(secrets.url, { B2C_BASE_URL: b2c.base, B2C_CREDENTIALS_SECRET_OCID: CREDS_ID });
  fn = await startFunction("sms-to-incident", env);
}, 30_000);

afterAll(() => stopAll(fn, b2c, secrets));

beforeEach(() => resetMocks(b2c));

describe("sms-to-incident", () => {
  test("unknown number: creates the contact with a mobile phone, then the incident with the SMS as subject and the raw payload as a note", async () => {
    const form = twilioForm("SM001", "+1 (336) 555-0622", "My router is blinking red");
    const res = await fn.invoke(...viaGateway(form));
    expect(res.gatewayStatus).toBe(201);
    const body = res.json<{ incidentId: number; contactId: number }>();
    expect(body).toMatchObject({ status: "created", messageId: "SM001", duplicate: false });

    const contact = b2c.contacts.find((c) => c.id === body.contactId);
    expect(contact).toMatchObject({ name: { first: "SMS", last: "User" }, phones: ["+13365550622"] });
    const incident = b2c.incidents.find((i) => i.id === body.incidentId)!;
    expect(incident.subject).toBe("My router is blinking red");
    expect(incident.primaryContact).toEqual({ id: body.contactId });
    expect(incident.customFields).toEqual({ c: { oci_external_ref: "sms:SM001" } });
    expect(incident.threads).toHaveLength(1);
    expect(incident.threads[0]).toMatchObject({ entryType: { lookupName: "Note" } });
    expect(incident.threads[0].text).toContain('"Body": "My router is blinking red"');
    expect(incident.threads[0].text).toContain('"MessageSid": "SM001"');

    const calls = b2c.requests.map((r) => `${r.method} ${r.path.split("?")[0].replace("/services/rest/connect/v1.4", "")}`);
    expect(calls).toEqual(["GET /incidents", "GET /contacts", "POST /contacts", `POST /contacts/${body.contactId}/phones`, "POST /incidents"]);
    expect(decodeURIComponent(b2c.requests[1].path)).toContain("q=phones.number='+13365550622'");
    expect(b2c.requests.every((r) => r.headers["osvc-crest-application-context"] === "oci-fn-sms-to-incident")).toBe(true);
  });

  test("known number: the existing contact is reused; JSON (message resource) payloads work too", async () => {
    const known = b2c.contacts.find((c) => c.phones.includes("+13365550622"))!;
    const res = await fn.invoke({ sid: "SM002", from: "+13365550622", to: "+15558675310", body: "Still blinking", status: "received" });
    expect(res.json()).toMatchObject({ status: "created", contactId: known.id });
    expect(b2c.requests.filter((r) => r.method === "POST").map((r) => r.path)).toEqual(["/services/rest/connect/v1.4/incidents"]);
  });

  test("a duplicate webhook creates one incident, in the same instance and in a fresh one", async () => {
    const form = twilioForm("SM003", "+447700900123", "Duplicate me");
    await fn.invoke(...viaGateway(form));
    const again = await fn.invoke(...viaGateway(form));
    expect(again.json()).toMatchObject({ status: "created", duplicate: true });
    const fresh = await startFunction("sms-to-incident", env);
    try {
      const res = await fresh.invoke(...viaGateway(form));
      expect(res.json()).toMatchObject({ status: "exists", duplicate: false });
    } finally {
      await fresh.stop();
    }
    expect(b2c.incidents.filter((i) => i.subject === "Duplicate me")).toHaveLength(1);
    expect(b2c.contacts.filter((c) => c.phones.includes("+447700900123"))).toHaveLength(1);
  });

  test("bad webhooks get a 400 naming the problem and B2C is not called", async () => {
    const cases: Array<[string, RegExp]> = [
      ["", /empty/],
      ["{broken", /not valid JSON/],
      [new URLSearchParams({ Body: "hi", MessageSid: "SM9" }).toString(), /missing sender/],
      [new URLSearchParams({ From: "+15550001111", MessageSid: "SM9" }).toString(), /missing message text/],
      [new URLSearchParams({ From: "call me maybe", Body: "x" }).toString(), /not a phone number/],
    ];
    for (const [payload, message] of cases) {
      const res = await fn.invoke(payload, { gateway: { url: "/sms/inbound" } });
      expect(res.status).toBe(200);
      expect(res.gatewayStatus).toBe(400);
      expect(res.json<{ message: string }>().message).toMatch(message);
    }
    expect(b2c.requests).toHaveLength(0);
  });

  test("lookups are retried through 5xx and 429; a failed create fails the call without a blind retry, and the redelivery creates exactly one incident", async () => {
    b2c.queue.push(faults.status(500), faults.status(429, { "Retry-After": "0" }));
    const ok = await fn.invoke(...viaGateway(twilioForm("SM004", "+15550001111", "retry lookups")));
    expect(ok.json()).toMatchObject({ status: "created" });

    b2c.requests.length = 0;
    const form = twilioForm("SM005", "+15550001111", "create fails once");
    // The two lookups answer normally; the create answers 500 (it may or may not have been applied).
    const realCount = b2c.incidents.length;
    let served = 0;
    b2c.queue.push(
      (_req, res) => void (served++, res.writeHead(200, { "Content-Type": "application/json" }).end('{"items":[]}')),
      (_req, res) => void (served++, res.writeHead(200, { "Content-Type": "application/json" }).end(`{"items":[{"id":${b2c.contacts[0].id}}]}`)),
      faults.status(500),
    );
    const failed = await fn.invoke(...viaGateway(form));
    expect(served).toBe(2);
    expect(failed.status).toBe(502);
    expect(failed.text).toMatch(/B2C create incident answered HTTP 500 \(after 1 attempt\)/);
    expect(b2c.incidents.length).toBe(realCount);
    const redelivered = await fn.invoke(...viaGateway(form));
    expect(redelivered.json()).toMatchObject({ status: "created" });
    expect(b2c.incidents.filter((i) => i.subject === "create fails once")).toHaveLength(1);
  });

  test("a malformed B2C response fails the invocation; a timeout on a lookup is retried", async () => {
    b2c.queue.push(faults.malformed());
    const bad = await fn.invoke(...viaGateway(twilioForm("SM006", "+15550002222", "malformed")));
    expect(bad.status).toBe(502);
    expect(bad.text).toMatch(/B2C find incident returned a malformed JSON body/);

    b2c.queue.push(faults.hang(3000));
    const ok = await fn.invoke(...viaGateway(twilioForm("SM006", "+15550002222", "malformed")));
    expect(ok.json()).toMatchObject({ status: "created" });
    expect(fn.stdout() + fn.stderr()).not.toContain(B2C_PASSWORD);
  });
});

describe("sms-to-incident with webhook signatures", () => {
  let signed: FnProcess;
  beforeAll(async () => {
    signed = await startFunction("sms-to-incident", { ...env, SMS_SIGNATURE_SECRET_OCID: SIGNING_ID, SMS_WEBHOOK_URL: PUBLIC_URL });
  });
  afterAll(async () => signed?.stop());

  test("a valid X-Twilio-Signature over the URL and form fields is accepted", async () => {
    const form = twilioForm("SM100", "+15550003333", "signed hello");
    const res = await signed.invoke(...viaGateway(form, webhookSignature(TWILIO_TOKEN, PUBLIC_URL, form)));
    expect(res.json()).toMatchObject({ status: "created" });
  });

  test("a missing or wrong signature is refused with 403 before B2C is called", async () => {
    const form = twilioForm("SM101", "+15550003333", "forged");
    const tampered = { ...form, Body: "forged!" };
    for (const sig of [undefined, webhookSignature(TWILIO_TOKEN, PUBLIC_URL, form).replace(/^./, "A"), webhookSignature(TWILIO_TOKEN, PUBLIC_URL, form)]) {
      const res = await signed.invoke(...viaGateway(tampered, sig));
      expect(res.gatewayStatus).toBe(403);
      expect(res.json<{ message: string }>().message).toMatch(/X-Twilio-Signature/);
    }
    expect(b2c.requests).toHaveLength(0);
    expect(signed.stdout() + signed.stderr()).not.toContain(TWILIO_TOKEN);
  });
});
