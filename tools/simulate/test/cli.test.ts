/**
 * The CLI (`npm run simulate`, `oci-pipelines simulate`): output contract,
 * exit codes, and `--invoke` running the project's function bundles through
 * the FDK against loopback upstreams, with every secret kept out of the output.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webhookSignature } from "../../../functions/shared/crypto";
import { synthesizeApp, SynthesizedApp } from "../../../stacks/test/synth-app";
import type { Io } from "../../cli-io";
import { main } from "../cli";
import { loadOutdir, resourcesOfType } from "../model";
import { EVENTS_DIR } from "./helpers";

let synth: SynthesizedApp;
let work: string;

beforeAll(() => {
  synth = synthesizeApp();
  work = mkdtempSync(join(tmpdir(), "simulate-cli-"));
});
afterAll(() => {
  synth.cleanup();
  rmSync(work, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = await main(["--out", synth.outdir, ...args], io);
  return { code, stdout, stderr };
}

function file(name: string, content: unknown): string {
  const path = join(work, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

const UPLOAD = join(EVENTS_DIR, "object-upload-dev.json");

describe("simulate CLI: output and exit codes", () => {
  test("--json prints exactly one JSON object: deliveries (one per firing action) and nonMatching (each rule with its first reason)", async () => {
    const { code, stdout, stderr } = await run("--event", UPLOAD, "--json");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const out = JSON.parse(stdout);
    expect(out.deliveries).toHaveLength(1);
    expect(out.deliveries[0]).toMatchObject({ stack: "object-upload-dev", action: "FAAS", rule: expect.stringMatching(/^oci_events_rule\./), target: expect.stringMatching(/^oci_functions_function\./) });
    expect(out.deliveries[0].then).toEqual([expect.objectContaining({ kind: "function" })]);
    expect(out.nonMatching.length).toBeGreaterThan(5);
    for (const m of out.nonMatching) expect(m).toEqual(expect.objectContaining({ stack: expect.any(String), rule: expect.any(String), reason: expect.any(String) }));
  });

  test("the human report is a tree of hops with stack, Terraform address and construct path", async () => {
    const { code, stdout } = await run("--event", UPLOAD, "--stack", "object-upload-dev");
    expect(code).toBe(0);
    expect(stdout).toMatch(/└─ rule "dev-object-upload-to-oic" \[object-upload-dev\] oci_events_rule\.inbound_upload-rule_\w+\n {3}construct object-upload-dev\/inbound\/upload-rule\/rule\n {3}└─ FAAS -> function "event-forwarder-oic-forwarder" \[object-upload-dev\] oci_functions_function\.oic-forwarder_function_\w+\n {6}construct object-upload-dev\/oic-forwarder\/function/);
  });

  test("an event nothing matches still exits 0, with every rule's reason", async () => {
    const stray = file("stray.json", { eventType: "com.oraclecloud.budgets.updatebudget", eventID: "x", data: { compartmentId: "ocid1.compartment.oc1..x" }, extensions: { compartmentId: "ocid1.compartment.oc1..x" } });
    const { code, stdout } = await run("--event", stray, "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.deliveries).toEqual([]);
    expect(out.nonMatching.every((m: { reason: string }) => m.reason.startsWith('eventType = "com.oraclecloud.budgets.updatebudget"'))).toBe(true);
  });

  test.each([
    [["--event", "/nonexistent/event.json"], /cannot read event file \/nonexistent\/event\.json/],
    [["--event", "BROKEN"], /is not valid JSON/],
    [["--event", UPLOAD, "--stack", "object-upload-staging"], /unknown stack object-upload-staging .*; stacks: alarm-incident-dev/],
    [[], /nothing to simulate/],
    [["--event", UPLOAD, "--alarm", "x"], /give one of --event, --alarm, not several/],
    [["--alarm", "alarm-incident-dev/order-fanout-orders-errors"], /--alarm needs --state FIRING or --state OK/],
    [["--message", UPLOAD], /--message needs --topic/],
    [["--http", "POST"], /--http must be "<METHOD> <path>"/],
    [["--event", UPLOAD, "--bogus"], /Unknown option '--bogus'/],
    [["--http", "POST /sms/incoming", "--header", "X-Twilio-Signature: {{twilio-signature:sms-provider-auth-token}}"], /are computed with --invoke/],
  ])("bad input %j exits 2 with a clear message", async (args, message) => {
    const a = args.map((x) => (x === "BROKEN" ? file("broken.json", "{not json") : x));
    const { code, stdout, stderr } = await run(...a);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  test("--out pointing nowhere is bad input", async () => {
    const code = await main(["--out", join(work, "missing"), "--event", UPLOAD], { stdout: () => undefined, stderr: () => undefined });
    expect(code).toBe(2);
  });
});

describe("simulate CLI --invoke: the project's bundles through the FDK", () => {
  const SECRET = "oic-user:Sup3r-S3cret-Passw0rd";

  test("seed 002: the upload reaches event-forwarder, which POSTs the event to Oracle Integration with basic auth; no secret is printed", async () => {
    const responses = file("oic.json", { secrets: { "oic-object-upload-credentials": SECRET } });
    const { code, stdout } = await run("--event", UPLOAD, "--stack", "object-upload-dev", "--invoke", "--responses", responses, "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const inv = out.deliveries[0].then[0].invocation;
    expect(inv).toMatchObject({ bundle: "event-forwarder", status: 200, secretsRead: ["oic-object-upload-credentials"] });
    expect(JSON.parse(inv.response)).toMatchObject({ status: "forwarded", upstreamStatus: 202 });
    expect(inv.upstream).toHaveLength(1);
    const [call] = inv.upstream;
    expect(call).toMatchObject({ method: "POST", url: "https://dev-oic.integration.ocp.oraclecloud.com/ic/api/integration/v1/flows/rest/OBJECT_UPLOAD/1.0/events", status: 202 });
    expect(call.headers).toMatchObject({ authorization: "Basic ***", "idempotency-key": "0d3c5b6e-7f21-4a8c-9e3d-2b1a0c9f8e7d" });
    expect(JSON.parse(call.body).data.additionalDetails.bucketName).toBe("dev-inbound-documents");
    for (const leaked of [SECRET, "Sup3r-S3cret-Passw0rd", Buffer.from(SECRET).toString("base64")]) expect(stdout).not.toContain(leaked);
  }, 60_000);

  const B2C = "https://example--tst.custhelp.com/services/rest/connect/v1.4";
  type Call = { method: string; url: string; body: string; status: number; answeredBy: string; headers: Record<string, string> };
  /** `METHOD url-without-query -> status`, the shape of a call sequence. */
  const shape = (calls: Call[]) => calls.map((c) => `${c.method} ${c.url.split("?")[0]} -> ${c.status}`);

  describe("sms-webhook: API key authorizer, Twilio-signed webhook, B2C Service with state", () => {
    const host = "abc123example.apigateway.eu-frankfurt-1.oci.customer-oci.com";
    const twilioToken = "twilio-auth-token-0123456789";
    const apiKey = "webhook-api-key-0123456789";
    const body = join(EVENTS_DIR, "sms-twilio-form.txt");
    const form = [...new URLSearchParams(readFileSync(body, "utf8"))];
    let responses: string;
    beforeAll(() => {
      const gateway = resourcesOfType(loadOutdir(synth.outdir), "oci_apigateway_gateway").find((r) => r.stack === "sms-webhook-dev")!;
      responses = file("sms.json", {
        secrets: { "sms-webhook-api-key": apiKey, "sms-provider-auth-token": twilioToken, "sms-b2c-credentials": "svc_integration:B2c-Pa55word" },
        attributes: { [gateway.address]: { hostname: host } },
      });
    });
    const sms = (request: string, signature: string, ...extra: string[]) =>
      run("--http", request, "--header", "Content-Type: application/x-www-form-urlencoded", "--header", "X-Forwarded-For: 203.0.113.7", "--header", `X-Twilio-Signature: ${signature}`, "--body", body, "--stack", "sms-webhook-dev", "--invoke", "--responses", responses, "--json", ...extra);

    test("allowed and signed: sms-to-incident finds no incident or contact, creates both, and its re-queries find what it created; no secret or signature is printed", async () => {
      const allowed = await sms("POST /sms/incoming?key={{secret:sms-webhook-api-key}}", "{{twilio-signature:sms-provider-auth-token}}");
      expect(allowed.code).toBe(0);
      const d = JSON.parse(allowed.stdout).deliveries[0];
      expect(JSON.parse(d.authorizer.payload.body)).toEqual({ type: "USER_DEFINED", data: { apiKey: "***", clientIp: "203.0.113.7" } });
      expect(d.authorizer.invocation).toMatchObject({ bundle: "api-authorizer", status: 200, secretsRead: ["sms-webhook-api-key"] });
      expect(JSON.parse(d.authorizer.invocation.response)).toMatchObject({ active: true, principal: "sms-provider", scope: ["sms:write"] });
      expect(d.then[0].payload.gateway.headers["X-Twilio-Signature"]).toBe("***");
      const handler = d.then[0].invocation;
      expect(handler).toMatchObject({ bundle: "sms-to-incident", status: 200, gatewayStatus: 201, secretsRead: ["sms-provider-auth-token", "sms-b2c-credentials"] });
      const reply = JSON.parse(handler.response);
      expect(reply).toMatchObject({ status: "created", messageId: "SM5e3b0a9c1d2f4e6a8b7c9d0e1f2a3b4c", incidentId: expect.any(Number), contactId: expect.any(Number) });
      expect(d.response).toMatchObject({ status: 201, reason: "backend function response" });
      expect(shape(handler.upstream)).toEqual([
        `GET ${B2C}/incidents -> 200`,
        `GET ${B2C}/contacts -> 200`,
        `POST ${B2C}/contacts -> 201`,
        `GET ${B2C}/contacts -> 200`,
        `POST ${B2C}/incidents -> 201`,
        `GET ${B2C}/incidents -> 200`,
      ]);
      expect(handler.upstream.every((c: Call) => c.answeredBy.startsWith("simulated B2C Service") && c.headers.authorization === "Basic ***")).toBe(true);
      const createContact = handler.upstream[2];
      expect(JSON.parse(createContact.body)).toEqual({ name: { first: "SMS", last: "User" }, phones: [{ number: "+4915112345678", phoneType: { lookupName: "Mobile Phone" } }] });
      const createIncident = JSON.parse(handler.upstream[4].body);
      expect(createIncident).toMatchObject({ subject: "Printer on floor 3 is on fire", primaryContact: { id: reply.contactId }, customFields: { c: { oci_external_ref: "sms:SM5e3b0a9c1d2f4e6a8b7c9d0e1f2a3b4c" } } });
      const signature = webhookSignature(twilioToken, `https://${host}/sms/incoming?key=${apiKey}`, form);
      for (const leaked of [apiKey, twilioToken, "B2c-Pa55word", signature]) expect(allowed.stdout).not.toContain(leaked);
    }, 90_000);

    test("a wrong API key gets the gateway's 401 and never reaches the handler", async () => {
      const denied = await sms("POST /sms/incoming?key=wrong-key-000", "{{twilio-signature:sms-provider-auth-token}}");
      const dd = JSON.parse(denied.stdout).deliveries[0];
      expect(JSON.parse(dd.authorizer.invocation.response)).toMatchObject({ active: false });
      expect(dd.response).toMatchObject({ status: 401, body: "unauthorized" });
      expect(dd.then[0].invocation).toEqual({ skipped: "not called: the authorizer denied the request" });
    }, 60_000);

    test.each([
      ["a signature made with another key", "{{twilio-signature:sms-webhook-api-key}}"],
      ["a signature over the URL without its query string", "OVER-URL-WITHOUT-QUERY"],
    ])("%s: the authorizer allows the key, sms-to-incident answers 403 and sends nothing upstream", async (_what, given) => {
      const signature = given === "OVER-URL-WITHOUT-QUERY" ? webhookSignature(twilioToken, `https://${host}/sms/incoming`, form) : given;
      const { code, stdout } = await sms("POST /sms/incoming?key={{secret:sms-webhook-api-key}}", signature);
      expect(code).toBe(0);
      const d = JSON.parse(stdout).deliveries[0];
      expect(d.then[0].invocation).toMatchObject({ bundle: "sms-to-incident", status: 200, gatewayStatus: 403, upstream: [] });
      expect(d.response.status).toBe(403);
      expect(JSON.parse(d.response.body).message).toMatch(/missing or invalid X-Twilio-Signature \(signature does not match the URL and form fields\)/);
    }, 60_000);

    test("a JSON webhook: bodySHA256 in the URL and the signature over that URL, as Twilio signs JSON bodies", async () => {
      const json = file("sms.json.txt", JSON.stringify({ sid: "SM00000000000000000000000000000json", from: "+4915112345678", to: "+4930123456789", body: "Coffee machine leaks" }));
      const { code, stdout } = await run(
        "--http", "POST /sms/incoming?key={{secret:sms-webhook-api-key}}&bodySHA256={{body-sha256}}",
        "--header", "Content-Type: application/json", "--header", "X-Twilio-Signature: {{twilio-signature:sms-provider-auth-token}}",
        "--body", json, "--stack", "sms-webhook-dev", "--invoke", "--responses", responses, "--json",
      );
      expect(code).toBe(0);
      const d = JSON.parse(stdout).deliveries[0];
      expect(d.then[0].payload.gateway.url).toMatch(/^\/sms\/incoming\?key=\*\*\*&bodySHA256=[0-9a-f]{64}$/);
      expect(d.response.status).toBe(201);
      expect(JSON.parse(d.response.body)).toMatchObject({ status: "created", messageId: "SM00000000000000000000000000000json" });
    }, 60_000);

    test("the responses file comes first: a recorded contact lookup and a 503 on the first create override the simulated site", async () => {
      const overrides = file("sms-overrides.json", {
        ...JSON.parse(readFileSync(responses, "utf8")),
        responses: [
          { match: "GET https://*/services/rest/connect/v1.4/contacts?*", status: 200, body: { items: [{ id: 42, lookupName: "Known Caller" }], hasMore: false, links: [] } },
          { match: "POST https://*/services/rest/connect/v1.4/incidents", status: 503, once: true },
        ],
      });
      const { stdout } = await sms("POST /sms/incoming?key={{secret:sms-webhook-api-key}}", "{{twilio-signature:sms-provider-auth-token}}", "--responses", overrides);
      const handler = JSON.parse(stdout).deliveries[0].then[0].invocation;
      expect(JSON.parse(handler.response)).toMatchObject({ status: "created", contactId: 42 });
      expect(handler.upstream.map((c: Call) => [`${c.method} ${c.url.split("?")[0]} -> ${c.status}`, c.answeredBy.split(":")[0]])).toEqual([
        [`GET ${B2C}/incidents -> 200`, "simulated B2C Service (in-memory, state of this run)"],
        [`GET ${B2C}/contacts -> 200`, "responses file"],
        [`POST ${B2C}/incidents -> 503`, "responses file"],
        [`POST ${B2C}/incidents -> 201`, "simulated B2C Service (in-memory, state of this run)"],
        [`GET ${B2C}/incidents -> 200`, "simulated B2C Service (in-memory, state of this run)"],
      ]);
      expect(JSON.parse(handler.upstream[3].body).primaryContact).toEqual({ id: 42 });
    }, 60_000);
  });

  test("alarm-incident: the firing alarm's message makes alarm-to-incident look up the open incident and the recorded clears, create the incident, and find it again", async () => {
    const { code, stdout } = await run("--alarm", "alarm-incident-dev/order-fanout-orders-errors", "--state", "FIRING", "--invoke", "--json");
    expect(code).toBe(0);
    const fnHop = JSON.parse(stdout).deliveries[0].then.find((h: { protocol: string }) => h.protocol === "ORACLE_FUNCTIONS").then[0];
    expect(fnHop.invocation).toMatchObject({ bundle: "alarm-to-incident", status: 200, secretsRead: ["alarm-b2c-credentials"] });
    expect(JSON.parse(fnHop.invocation.response)).toMatchObject({ status: "created", type: "OK_TO_FIRING", incidentId: expect.any(Number) });
    expect(shape(fnHop.invocation.upstream)).toEqual([`GET ${B2C}/incidents -> 200`, `GET ${B2C}/queryResults/ -> 200`, `POST ${B2C}/incidents -> 201`, `GET ${B2C}/incidents -> 200`]);
    const roql = new URL(fnHop.invocation.upstream[1].url).searchParams.get("query");
    expect(roql).toMatch(/^SELECT id, customFields\.c\.oci_external_ref FROM incidents WHERE customFields\.c\.oci_external_ref LIKE 'alarm:[0-9a-f]{32}\/closed@%'$/);
    expect(JSON.parse(fnHop.invocation.upstream[2].body)).toMatchObject({ subject: "dev function order-processor-orders errors", customFields: { c: { oci_external_ref: expect.stringMatching(/^alarm:[0-9a-f]{32}$/) } } });
  }, 60_000);

  test("order-fanout: the published order makes order-processor PATCH the order in the shop API with its bearer token masked", async () => {
    const { code, stdout } = await run("--message", join(EVENTS_DIR, "order-A-1001.json"), "--topic", "dev-orders", "--invoke");
    expect(code).toBe(0);
    expect(stdout).toMatch(/invoked order-processor through the FDK: 200 \{"status":"label_created","orderId":"A-1001"/);
    expect(stdout).toMatch(/PATCH https:\/\/shop-dev\.example\.com\/api\/orders\/A-1001 -> 200\n\s*authorization: Bearer \*\*\*\n/);
  }, 60_000);
});
