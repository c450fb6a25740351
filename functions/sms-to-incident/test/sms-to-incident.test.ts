import { createHash } from "node:crypto";
import { webhookSignature } from "../../shared/crypto";
import { type B2cMock, B2C_PATH, getPath, isIncidentLookup, startB2cMock } from "../../shared/test-support/b2c-mock";
import { functionEnv } from "../../shared/test-support/env";
import { type FnProcess, type InvokeOptions, ensureBuilt, startFunction } from "../../shared/test-support/fn-process";
import { faults, stopAll, resetMocks } from "../../shared/test-support/mock-server";
import { type SecretsMock, startSecretsMock } from "../../shared/test-support/secrets-mock";

const CREDS_ID = "ocid1.vaultsecret.oc1.iad.b2ccreds";
const SIGNING_ID = "ocid1.vaultsecret.oc1.iad.twiliotoken";
const B2C_PASSWORD = "b2c-Int3gration-pw";
const TWILIO_TOKEN = "twilio-auth-token-abcdef";
const PUBLIC_URL = "https://abc.apigateway.us-ashburn-1.oci.customer-oci.com/sms/inbound";
const REF = "customFields.c.oci_external_ref";

let secrets: SecretsMock;
let b2c: B2cMock;
let env: Record<string, string>;
let fn: FnProcess;

function twilioForm(sid: string, from: string, text: string): Record<string, string> {
  return { MessageSid: sid, AccountSid: "AC0000000000000000000000000000000a", From: from, To: "+15558675310", Body: text, NumMedia: "0" };
}

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

/** A form post as API Gateway hands it to the function (Fn-Http-* headers, request path). */
function viaGateway(form: Record<string, string> | string, signature?: string, path = "/sms/inbound"): [string, InvokeOptions] {
  const headers: Record<string, string> = { ...FORM };
  if (signature) headers["X-Twilio-Signature"] = signature;
  const body = typeof form === "string" ? form : new URLSearchParams(form).toString();
  return [body, { headers: FORM, gateway: { url: path, headers } }];
}

/** A JSON post signed the way Twilio signs JSON webhooks: bodySHA256 in the URL, signature over that URL. */
function signedJson(body: string, key = TWILIO_TOKEN): { url: string; signature: string } {
  const url = `${PUBLIC_URL}?bodySHA256=${createHash("sha256").update(body, "utf8").digest("hex")}`;
  return { url, signature: webhookSignature(key, url) };
}

const refOf = (i: Record<string, unknown>) => getPath(i, REF) as string;
const openWithRef = (ref: string) => b2c.incidents.filter((i) => refOf(i) === ref);
const contactsWith = (phone: string) => b2c.contacts.filter((c) => c.phones.some((p) => p.number === phone));
const calls = () => b2c.requests.map((r) => `${r.method} ${r.path.split("?")[0].replace(B2C_PATH, "")}`);

beforeAll(async () => {
  await ensureBuilt("sms-to-incident");
  secrets = await startSecretsMock({ [CREDS_ID]: JSON.stringify({ username: "svc_integration", password: B2C_PASSWORD }), [SIGNING_ID]: TWILIO_TOKEN });
  b2c = await startB2cMock("svc_integration", B2C_PASSWORD);
  env = functionEnv(secrets.url, { B2C_BASE_URL: b2c.base, B2C_CREDENTIALS_SECRET_OCID: CREDS_ID });
  fn = await startFunction("sms-to-incident", env);
}, 30_000);

afterAll(() => stopAll(fn, b2c, secrets));

beforeEach(() => {
  resetMocks(b2c);
  b2c.options.pageSize = undefined;
  b2c.options.ignoreInlinePhones = false;
});

describe("sms-to-incident", () => {
  test("unknown number: creates the contact with its mobile phone in one request, then the incident with the SMS as subject and the raw payload as a note", async () => {
    const form = twilioForm("SM001", "+1 (336) 555-0622", "My router is blinking red");
    const res = await fn.invoke(...viaGateway(form));
    expect(res.gatewayStatus).toBe(201);
    const body = res.json<{ incidentId: number; contactId: number }>();
    expect(body).toMatchObject({ status: "created", messageId: "SM001", duplicate: false });

    const contact = b2c.contacts.find((c) => c.id === body.contactId);
    expect(contact).toMatchObject({ name: { first: "SMS", last: "User" }, phones: [{ number: "+13365550622", phoneType: { lookupName: "Mobile Phone" } }] });
    const incident = b2c.incidents.find((i) => i.id === body.incidentId)!;
    expect(incident.subject).toBe("My router is blinking red");
    expect(incident.primaryContact).toEqual({ id: body.contactId });
    expect(incident.customFields).toEqual({ c: { oci_external_ref: "sms:SM001" } });
    expect(incident.threads).toHaveLength(1);
    expect(incident.threads[0]).toMatchObject({ entryType: { lookupName: "Note" } });
    expect(incident.threads[0].text).toContain('"Body": "My router is blinking red"');
    expect(incident.threads[0].text).toContain('"MessageSid": "SM001"');

    // Every create is followed by a look-up of what it created (concurrent duplicates, below).
    expect(calls()).toEqual(["GET /incidents", "GET /contacts", "POST /contacts", "GET /contacts", "POST /incidents", "GET /incidents"]);
    expect(decodeURIComponent(b2c.requests[1].path)).toContain("q=phones.number IN ('+13365550622', '13365550622', '3365550622', '(336) 555-0622'");
    expect(b2c.requests.every((r) => r.headers["osvc-crest-application-context"] === "oci-fn-sms-to-incident")).toBe(true);
  });

  test("known number: the existing contact is reused; JSON (message resource) payloads work too", async () => {
    const known = contactsWith("+13365550622")[0];
    const res = await fn.invoke({ sid: "SM002", from: "+13365550622", to: "+15558675310", body: "Still blinking", status: "received" });
    expect(res.json()).toMatchObject({ status: "created", contactId: known.id });
    expect(b2c.requests.filter((r) => r.method === "POST").map((r) => r.path)).toEqual([`${B2C_PATH}/incidents`]);
  });

  test("[defect: E.164 vs stored format] a contact whose number an agent typed as (336) 555-0199 or 336.555.0198 is found, not duplicated", async () => {
    b2c.contacts.push({ id: 9001, name: { first: "Ada", last: "Agent-typed" }, phones: [{ number: "(336) 555-0199" }] });
    b2c.contacts.push({ id: 9002, name: { first: "Bob", last: "Imported" }, phones: [{ number: "336.555.0198" }] });
    const a = await fn.invoke(...viaGateway(twilioForm("SM010", "+13365550199", "formatted number")));
    const b = await fn.invoke(...viaGateway(twilioForm("SM011", "+13365550198", "dotted number")));
    expect(a.json()).toMatchObject({ status: "created", contactId: 9001 });
    expect(b.json()).toMatchObject({ status: "created", contactId: 9002 });
    expect(b2c.requests.filter((r) => r.method === "POST" && r.path.endsWith("/contacts"))).toHaveLength(0);
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
    expect(contactsWith("+447700900123")).toHaveLength(1);
  });

  test("bad webhooks get a 400 naming the problem and B2C is not called", async () => {
    const cases: Array<[string, RegExp, Record<string, string>]> = [
      ["", /empty/, FORM],
      ["{broken", /not valid JSON/, { "Content-Type": "application/json" }],
      [new URLSearchParams({ Body: "hi", MessageSid: "SM9" }).toString(), /missing sender/, FORM],
      [new URLSearchParams({ From: "+15550001111", MessageSid: "SM9" }).toString(), /missing message text/, FORM],
      [new URLSearchParams({ From: "call me maybe", Body: "x" }).toString(), /not a phone number/, FORM],
    ];
    for (const [payload, message, headers] of cases) {
      const res = await fn.invoke(payload, { headers, gateway: { url: "/sms/inbound", headers } });
      expect(res.status).toBe(200);
      expect(res.gatewayStatus).toBe(400);
      expect(res.json<{ message: string }>().message).toMatch(message);
    }
    const notUtf8 = await fn.invoke(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), { gateway: { url: "/sms/inbound" } });
    expect(notUtf8.gatewayStatus).toBe(400);
    expect(notUtf8.json<{ message: string }>().message).toMatch(/not valid UTF-8/);
    expect(b2c.requests).toHaveLength(0);
  });

  test("lookups are retried through 5xx and 429; a failed create fails the call without a blind retry, and the redelivery creates exactly one incident", async () => {
    b2c.queue.push(faults.status(500), faults.status(429, { "Retry-After": "0" }));
    const ok = await fn.invoke(...viaGateway(twilioForm("SM004", "+15550001111", "retry lookups")));
    expect(ok.json()).toMatchObject({ status: "created" });

    b2c.requests.length = 0;
    const form = twilioForm("SM005", "+15550001111", "create fails once");
    const realCount = b2c.incidents.length;
    // The two lookups answer normally; the create answers 500 (it may or may not have been applied).
    b2c.queue.push(faults.pass(b2c.serve), faults.pass(b2c.serve), faults.status(500));
    const failed = await fn.invoke(...viaGateway(form));
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

describe("[defect: per-chunk UTF-8 decoding] the body is decoded once, from all of its bytes", () => {
  const text = "Grüße 👋 — ça marche? 日本語のテキスト 🚀🚀";

  test("multi-byte text sent in 3-byte network chunks arrives intact in the incident", async () => {
    const res = await fn.invoke({ sid: "SM200", from: "+15550004444", body: text }, { chunkBytes: 3 });
    expect(res.json()).toMatchObject({ status: "created" });
    const [incident] = openWithRef("sms:SM200");
    expect(incident.subject).toBe(text);
    expect(incident.threads[0].text).toContain(text);
    expect(incident.threads[0].text).not.toContain("\uFFFD");
  });

  test("a body over 64 KiB of multi-byte text is read whole", async () => {
    const long = "€ü👋".repeat(12_000); // ~108 KiB of UTF-8, split by the socket wherever it likes
    const res = await fn.invoke({ sid: "SM201", from: "+15550004444", body: long });
    expect(res.json()).toMatchObject({ status: "created" });
    const [incident] = openWithRef("sms:SM201");
    expect(incident.subject).toBe(long.slice(0, 239) + "…");
    expect(JSON.parse(incident.threads[0].text.split("\n").slice(1).join("\n")).body).toBe(long);
  });
});

describe("[defect: unknown B2C answer shape read as 'not found'] lookups fail loudly instead of creating", () => {
  const shapes: Array<[string, unknown]> = [
    ["a queryResults (tabular) answer", { items: [{ tableName: "contacts", count: 1, columnNames: ["id"], rows: [["42"]] }] }],
    ["items without id", { items: [{ lookupName: "SMS User" }] }],
    ["no items array", { count: 0 }],
    ["items that is not an array", { items: { id: 1 } }],
    ["hasMore without a next link", { items: [], hasMore: true, links: [] }],
  ];

  test.each(shapes)("a contact search answered with %s fails the invocation, creates nothing and logs why", async (what, shape) => {
    b2c.queue.push(faults.pass(b2c.serve), faults.body(shape));
    const res = await fn.invoke(...viaGateway(twilioForm(`SM3-${what.replace(/\W/g, "")}`, "+15550005555", `shape ${what}`)));
    expect(res.status).toBe(502);
    expect(res.text).toMatch(/B2C find contact answered in an unexpected shape/);
    expect(fn.stderr()).toMatch(/"msg":"B2C answer not understood","fn":"sms-to-incident","upstream":"B2C find contact"/);
    expect(b2c.requests.filter((r) => r.method === "POST")).toHaveLength(0);
  });

  test("every page of a paged answer is read, and the lowest id is used", async () => {
    b2c.contacts.push({ id: 9101, name: {}, phones: [{ number: "+15550006666" }] }, { id: 9100, name: {}, phones: [{ number: "15550006666" }] });
    b2c.options.pageSize = 1;
    const res = await fn.invoke(...viaGateway(twilioForm("SM310", "+15550006666", "two pages")));
    expect(res.json()).toMatchObject({ status: "created", contactId: 9100 });
    expect(b2c.requests.filter((r) => r.path.includes("offset=1"))).toHaveLength(1);
  });
});

describe("[defect: phoneless contact after a failed second call] no duplicate records after partial failures", () => {
  test("the incident create failing after the contact was created: the redelivery reuses that contact", async () => {
    // incident lookup, contact lookup, contact create, contact re-query pass; the incident create fails.
    b2c.queue.push(...[1, 2, 3, 4].map(() => faults.pass(b2c.serve)), faults.status(500));
    const failed = await fn.invoke(...viaGateway(twilioForm("SM400", "+15550007777", "partial")));
    expect(failed.status).toBe(502);
    expect(contactsWith("+15550007777")).toHaveLength(1);
    const ok = await fn.invoke(...viaGateway(twilioForm("SM400", "+15550007777", "partial")));
    expect(ok.json()).toMatchObject({ status: "created", contactId: contactsWith("+15550007777")[0].id });
    expect(contactsWith("+15550007777")).toHaveLength(1);
    expect(openWithRef("sms:SM400")).toHaveLength(1);
  });

  test("a failure on the call right after the contact create leaves neither a phoneless contact nor a second contact", async () => {
    const before = b2c.contacts.length;
    // incident lookup, contact lookup and contact create pass; the next call fails through every retry.
    b2c.queue.push(...[1, 2, 3].map(() => faults.pass(b2c.serve)), faults.status(500), faults.status(500), faults.status(500));
    const failed = await fn.invoke(...viaGateway(twilioForm("SM405", "+15550007779", "second call fails")));
    expect(failed.status).toBe(502);
    const ok = await fn.invoke(...viaGateway(twilioForm("SM405", "+15550007779", "second call fails")));
    expect(ok.gatewayStatus).toBe(201);
    const created = b2c.contacts.slice(before);
    expect(created).toHaveLength(1);
    expect(created.every((c) => c.phones.length > 0)).toBe(true);
    expect(openWithRef("sms:SM405")[0].primaryContact).toEqual({ id: created[0].id });
  });

  test("a create applied upstream whose answer is lost is found by the redelivery, not repeated", async () => {
    for (const position of [3, 5]) {
      const sid = `SM41${position}`;
      b2c.requests.length = 0;
      b2c.queue.push(...Array.from({ length: position - 1 }, () => faults.pass(b2c.serve)), faults.appliedThen(b2c.serve, "reset"));
      const failed = await fn.invoke(...viaGateway(twilioForm(sid, `+1555000780${position}`, "ambiguous")));
      expect(failed.status).toBe(502);
      const ok = await fn.invoke(...viaGateway(twilioForm(sid, `+1555000780${position}`, "ambiguous")));
      expect(ok.gatewayStatus).toBeLessThan(300);
      expect(contactsWith(`+1555000780${position}`)).toHaveLength(1);
      expect(openWithRef(`sms:${sid}`)).toHaveLength(1);
    }
  });

  test("a site that drops phones sent inline gets the phone through the phones sub-resource", async () => {
    b2c.options.ignoreInlinePhones = true;
    const res = await fn.invoke(...viaGateway(twilioForm("SM420", "+15550008888", "inline phone dropped")));
    expect(res.json()).toMatchObject({ status: "created" });
    expect(contactsWith("+15550008888")).toHaveLength(1);
    expect(calls()).toContain(`POST /contacts/${contactsWith("+15550008888")[0].id}/phones`);
  });
});

describe("[defect: concurrent duplicates across instances] two instances handling the same SMS at once", () => {
  test("both look up, find nothing and create: the oldest incident is kept, the other closed as its duplicate, both answers name the kept one", async () => {
    const other = await startFunction("sms-to-incident", env);
    try {
      b2c.contacts.push({ id: 9200, name: {}, phones: [{ number: "+15550009999" }] });
      b2c.gate(2, isIncidentLookup); // both first look-ups see no incident
      const form = twilioForm("SM500", "+15550009999", "race me");
      const [a, b] = await Promise.all([fn.invoke(...viaGateway(form)), other.invoke(...viaGateway(form))]);
      const all = b2c.incidents.filter((i) => refOf(i)?.startsWith("sms:SM500"));
      expect(all).toHaveLength(2); // the window is narrowed, not closed: both did create
      const [kept, dup] = all.sort((x, y) => x.id - y.id);
      expect(openWithRef("sms:SM500").map((i) => i.id)).toEqual([kept.id]);
      expect(refOf(dup)).toBe(`sms:SM500/duplicate-of-${kept.id}`);
      expect(dup.statusWithType).toEqual({ status: { lookupName: "Solved" } });
      expect([a.json<{ incidentId: number }>().incidentId, b.json<{ incidentId: number }>().incidentId]).toEqual([kept.id, kept.id]);
      expect(kept.threads.filter((t) => t.text.startsWith("[oci-ref sms:SM500]"))).toHaveLength(1);
    } finally {
      await other.stop();
    }
  });

  test("two unknown-number messages at once: every incident ends up on the lowest contact id", async () => {
    const other = await startFunction("sms-to-incident", env);
    try {
      b2c.gate(2, (r) => r.method === "GET" && r.path.includes("/contacts?q="));
      const [a, b] = await Promise.all([
        fn.invoke(...viaGateway(twilioForm("SM510", "+15550001234", "first"))),
        other.invoke(...viaGateway(twilioForm("SM511", "+15550001234", "second"))),
      ]);
      expect([a.gatewayStatus, b.gatewayStatus]).toEqual([201, 201]);
      const contacts = contactsWith("+15550001234").map((c) => c.id).sort((x, y) => x - y);
      // Contacts cannot be closed; a concurrent duplicate contact remains (README), unused.
      expect(contacts.length).toBeGreaterThanOrEqual(1);
      for (const sid of ["SM510", "SM511"]) expect(openWithRef(`sms:${sid}`)[0].primaryContact).toEqual({ id: contacts[0] });
    } finally {
      await other.stop();
    }
  });

  test("an instance that finds duplicates left behind (its creator died before the re-query) folds them on lookup", async () => {
    const text = (ref: string) => `[oci-ref ${ref}]\n{}`;
    b2c.incidents.push({ id: 9300, subject: "left", customFields: { c: { oci_external_ref: "sms:SM520" } }, threads: [{ id: 1, text: text("sms:SM520") }] });
    b2c.incidents.push({ id: 9301, subject: "left", customFields: { c: { oci_external_ref: "sms:SM520" } }, threads: [{ id: 2, text: text("sms:SM520") }] });
    const res = await fn.invoke(...viaGateway(twilioForm("SM520", "+15550002468", "left")));
    expect(res.json()).toMatchObject({ status: "exists", incidentId: 9300 });
    expect(openWithRef("sms:SM520").map((i) => i.id)).toEqual([9300]);
    expect(b2c.incidents.find((i) => i.id === 9301)?.statusWithType).toEqual({ status: { lookupName: "Solved" } });
  });
});

describe("[fault matrix] lost and duplicated work under upstream faults, with redelivery", () => {
  let quick: FnProcess;
  beforeAll(async () => {
    quick = await startFunction("sms-to-incident", { ...env, HTTP_TIMEOUT_MS: "300" });
  });
  afterAll(async () => quick?.stop());

  // The B2C requests of an SMS from an unknown number, in order.
  const STEPS = ["find incident", "find contact", "create contact", "re-query contact", "create incident", "re-query incident"];
  const KINDS = {
    "429 Retry-After": () => faults.status(429, { "Retry-After": "0" }),
    "500": () => faults.status(500),
    hang: () => faults.hang(2000),
    "malformed JSON": () => faults.malformed(),
    "applied, then 500": () => faults.appliedThen(b2c.serve, 500),
    "applied, then reset": () => faults.appliedThen(b2c.serve, "reset"),
  } as const;

  test("every fault at every step: nothing acknowledged without its incident, nothing created twice", async () => {
    let lost = 0;
    let duplicated = 0;
    let n = 0;
    const outcomes: string[] = [];
    for (const [kind, make] of Object.entries(KINDS)) {
      for (let step = 0; step < STEPS.length; step++) {
        const sid = `SMF${n}`;
        const phone = `+1555100${String(n++).padStart(4, "0")}`;
        b2c.queue.length = 0;
        const contactsBefore = b2c.contacts.length;
        b2c.queue.push(...Array.from({ length: step }, () => faults.pass(b2c.serve)), make());
        // The provider redelivers while the function fails (Twilio retries per its webhook settings; ONS until acknowledged).
        let acked = false;
        for (let attempt = 0; attempt < 4 && !acked; attempt++) {
          const res = await quick.invoke(...viaGateway(twilioForm(sid, phone, `fault ${kind} at ${STEPS[step]}`)));
          acked = res.status === 200 && res.gatewayStatus < 300;
        }
        b2c.queue.length = 0;
        const incidents = openWithRef(`sms:${sid}`).length;
        // Every contact created for this message counts, phoneless ones included.
        const contacts = b2c.contacts.length - contactsBefore;
        if (acked && incidents === 0) lost++;
        duplicated += Math.max(0, incidents - 1) + Math.max(0, contacts - 1);
        outcomes.push(`${kind} @ ${STEPS[step]}: acked=${acked} incidents=${incidents} contacts=${contacts}`);
      }
    }
    expect({ lost, duplicated, outcomes }).toEqual({ lost: 0, duplicated: 0, outcomes: expect.arrayContaining([]) });
    expect(outcomes.every((o) => o.includes("acked=true incidents=1 contacts=1"))).toBe(true);
  }, 120_000);
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

  test("repeated form fields are signed each value, sorted, as Twilio does", async () => {
    const pairs: Array<[string, string]> = [...Object.entries(twilioForm("SM102", "+15550003333", "media")), ["MediaUrl", "https://m/2"], ["MediaUrl", "https://m/1"]];
    const body = new URLSearchParams(pairs).toString();
    const res = await signed.invoke(...viaGateway(body, webhookSignature(TWILIO_TOKEN, PUBLIC_URL, pairs)));
    expect(res.json()).toMatchObject({ status: "created" });
  });

  describe("[defect: JSON webhook checked over the URL alone] JSON bodies are signed through bodySHA256", () => {
    const json = (sid: string, text: string) => JSON.stringify({ sid, from: "+15550003333", to: "+15558675310", body: text });
    const post = (body: string, url: string, signature?: string) =>
      signed.invoke(body, {
        headers: { "Content-Type": "application/json" },
        gateway: { url: url.slice(url.indexOf("/sms/")), headers: { "Content-Type": "application/json", ...(signature ? { "X-Twilio-Signature": signature } : {}) } },
      });

    test("a JSON webhook signed per Twilio's rule (bodySHA256 in the URL, signature over the full URL) is accepted", async () => {
      const body = json("SM110", "json signed ✓ 👋");
      const { url, signature } = signedJson(body);
      const res = await post(body, url, signature);
      expect(res.gatewayStatus).toBe(201);
      expect(openWithRef("sms:SM110")[0].subject).toBe("json signed ✓ 👋");
    });

    test("the same body altered after signing is refused with 403, as is a JSON body signed over a URL without bodySHA256", async () => {
      const body = json("SM111", "original");
      const { url, signature } = signedJson(body);
      const altered = await post(body.replace("original", "altered!"), url, signature);
      expect(altered.gatewayStatus).toBe(403);
      expect(altered.json<{ message: string }>().message).toMatch(/body does not match bodySHA256/);
      const urlOnly = await post(body, PUBLIC_URL, webhookSignature(TWILIO_TOKEN, PUBLIC_URL));
      expect(urlOnly.gatewayStatus).toBe(403);
      expect(urlOnly.json<{ message: string }>().message).toMatch(/must be signed with bodySHA256/);
      const otherHash = signedJson(json("SM111", "something else"));
      const swapped = await post(body, otherHash.url, otherHash.signature);
      expect(swapped.gatewayStatus).toBe(403);
      expect(openWithRef("sms:SM111")).toHaveLength(0);
      expect(b2c.requests).toHaveLength(0);
    });
  });
});

describe("B2C credentials kept as two secrets (a username secret and a password secret)", () => {
  const USER_ID = "ocid1.vaultsecret.oc1.iad.b2cusername";
  const PASSWORD_ID = "ocid1.vaultsecret.oc1.iad.b2cpassword";
  let split: FnProcess;
  beforeAll(async () => {
    // A username typed with spaces, a password saved from a file with its line break: both read as the values.
    secrets.secrets.set(USER_ID, " svc_integration \n");
    secrets.secrets.set(PASSWORD_ID, `${B2C_PASSWORD}\n`);
    const { B2C_CREDENTIALS_SECRET_OCID: _combined, ...rest } = env;
    void _combined;
    split = await startFunction("sms-to-incident", { ...rest, B2C_USERNAME_SECRET_OCID: USER_ID, B2C_PASSWORD_SECRET_OCID: PASSWORD_ID });
  });
  afterAll(async () => split?.stop());

  test("the incident is created with Basic auth built from the two secrets; neither value reaches the logs", async () => {
    const before = secrets.requests.length;
    const res = await split.invoke(...viaGateway(twilioForm("SM300", "+15550007777", "two secrets")));
    expect(res.gatewayStatus).toBe(201);
    expect(openWithRef("sms:SM300")).toHaveLength(1);
    const basic = "Basic " + Buffer.from(`svc_integration:${B2C_PASSWORD}`).toString("base64");
    expect(b2c.requests.every((r) => r.headers.authorization === basic)).toBe(true);
    const read = secrets.requests.slice(before).map((r) => r.path);
    expect(read.some((p) => p.includes(USER_ID))).toBe(true);
    expect(read.some((p) => p.includes(PASSWORD_ID))).toBe(true);
    expect(split.stdout() + split.stderr()).not.toContain(B2C_PASSWORD);
  });

  test("a rejected password (401) is dropped from the cache and read again from Vault on the redelivery", async () => {
    const { B2C_CREDENTIALS_SECRET_OCID: _combined, ...rest } = env;
    void _combined;
    secrets.secrets.set(PASSWORD_ID, "stale-password-value");
    const fresh = await startFunction("sms-to-incident", { ...rest, B2C_USERNAME_SECRET_OCID: USER_ID, B2C_PASSWORD_SECRET_OCID: PASSWORD_ID });
    try {
      const failed = await fresh.invoke(...viaGateway(twilioForm("SM301", "+15550007778", "after rotation")));
      expect(failed.status).toBe(502);
      secrets.secrets.set(PASSWORD_ID, B2C_PASSWORD); // the password was rotated in Vault
      const retried = await fresh.invoke(...viaGateway(twilioForm("SM301", "+15550007778", "after rotation")));
      expect(retried.gatewayStatus).toBe(201);
      expect(fresh.stdout() + fresh.stderr()).not.toContain("stale-password-value");
    } finally {
      await fresh.stop();
    }
  });

  test("both forms, or half of the second, fail the invocation naming the keys", async () => {
    const { B2C_CREDENTIALS_SECRET_OCID: _combined, ...rest } = env;
    void _combined;
    for (const [extra, message] of [
      [{ B2C_CREDENTIALS_SECRET_OCID: CREDS_ID, B2C_USERNAME_SECRET_OCID: USER_ID, B2C_PASSWORD_SECRET_OCID: PASSWORD_ID }, /set either B2C_CREDENTIALS_SECRET_OCID or B2C_USERNAME_SECRET_OCID and B2C_PASSWORD_SECRET_OCID, not several/],
      [{ B2C_USERNAME_SECRET_OCID: USER_ID }, /B2C_PASSWORD_SECRET_OCID is required with B2C_USERNAME_SECRET_OCID/],
      [{}, /missing required configuration: set B2C_CREDENTIALS_SECRET_OCID, or B2C_USERNAME_SECRET_OCID and B2C_PASSWORD_SECRET_OCID/],
    ] as const) {
      const bad = await startFunction("sms-to-incident", { ...rest, ...extra });
      try {
        const res = await bad.invoke(...viaGateway(twilioForm("SM302", "+15550007779", "misconfigured")));
        expect(res.status).toBe(502);
        expect(res.text).toMatch(message);
      } finally {
        await bad.stop();
      }
    }
    expect(openWithRef("sms:SM302")).toHaveLength(0);
  });
});
