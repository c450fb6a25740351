/**
 * The CLI (`npm run simulate`, `oci-pipelines simulate`): output contract,
 * exit codes, and `--invoke` running the project's function bundles through
 * the FDK against loopback upstreams, with every secret kept out of the output.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webhookSignature } from "../../../functions/shared/crypto";
import { synthesizeApp, SynthesizedApp } from "../../../stacks/test/synth-app";
import { Io, main } from "../cli";
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
    [["--alarm", "alarm-incident-dev/function-errors"], /--alarm needs --state FIRING or --state OK/],
    [["--message", UPLOAD], /--message needs --topic/],
    [["--http", "POST"], /--http must be "<METHOD> <path>"/],
    [["--event", UPLOAD, "--bogus"], /Unknown option '--bogus'/],
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

  test("sms-webhook: the authorizer allows the API key, sms-to-incident creates the B2C incident; a wrong key gets the gateway's 401 and never reaches the handler", async () => {
    const app = loadOutdir(synth.outdir);
    const gateway = resourcesOfType(app, "oci_apigateway_gateway").find((r) => r.stack === "sms-webhook-dev")!;
    const host = "abc123example.apigateway.eu-frankfurt-1.oci.customer-oci.com";
    const twilioToken = "twilio-auth-token-0123456789";
    const responses = file("sms.json", {
      secrets: { "sms-webhook-api-key": "webhook-api-key-0123456789", "sms-provider-auth-token": twilioToken, "sms-b2c-credentials": "svc_integration:B2c-Pa55word" },
      attributes: { [gateway.address]: { hostname: host } },
      // No contact has the number until sms-to-incident creates one; it then looks the number up again.
      responses: [
        { match: "GET https://*/services/rest/connect/*/contacts?*", status: 200, body: { items: [] }, once: true },
        { match: "GET https://*/services/rest/connect/*/contacts?*", status: 200, body: { items: [{ id: 2001, lookupName: "SMS User", links: [] }], hasMore: false, links: [] } },
      ],
    });
    const body = join(EVENTS_DIR, "sms-twilio-form.txt");
    const form = Object.fromEntries(new URLSearchParams(require("node:fs").readFileSync(body, "utf8")));
    // Twilio signs the full URL it calls, query string included (docs/oci-facts.md#external-services-the-functions-call),
    // and sms-to-incident checks the query the request carried: here the API key the simulator fills in.
    const signature = webhookSignature(twilioToken, `https://${host}/sms/incoming?key=webhook-api-key-0123456789`, form);
    const headers = ["--header", "Content-Type: application/x-www-form-urlencoded", "--header", "X-Forwarded-For: 203.0.113.7", "--header", `X-Twilio-Signature: ${signature}`];
    const allowed = await run("--http", "POST /sms/incoming?key={{secret:sms-webhook-api-key}}", ...headers, "--body", body, "--stack", "sms-webhook-dev", "--invoke", "--responses", responses, "--json");
    expect(allowed.code).toBe(0);
    const d = JSON.parse(allowed.stdout).deliveries[0];
    expect(JSON.parse(d.authorizer.payload.body)).toEqual({ type: "USER_DEFINED", data: { apiKey: "***", clientIp: "203.0.113.7" } });
    expect(d.authorizer.invocation).toMatchObject({ bundle: "api-authorizer", status: 200, secretsRead: ["sms-webhook-api-key"] });
    expect(JSON.parse(d.authorizer.invocation.response)).toMatchObject({ active: true, principal: "sms-provider", scope: ["sms:write"] });
    const handler = d.then[0].invocation;
    expect(handler).toMatchObject({ bundle: "sms-to-incident", status: 200 });
    expect(d.response).toMatchObject({ status: handler.gatewayStatus, reason: "backend function response" });
    const calls = handler.upstream.map((c: { method: string; url: string }) => `${c.method} ${c.url.split("?")[0]}`);
    expect(calls).toContain("POST https://example--tst.custhelp.com/services/rest/connect/v1.4/incidents");
    expect(handler.upstream.every((c: { headers: Record<string, string> }) => c.headers.authorization === "Basic ***")).toBe(true);
    for (const leaked of ["webhook-api-key-0123456789", twilioToken, "B2c-Pa55word"]) expect(allowed.stdout).not.toContain(leaked);

    const denied = await run("--http", "POST /sms/incoming?key=wrong-key-000", ...headers, "--body", body, "--stack", "sms-webhook-dev", "--invoke", "--responses", responses, "--json");
    const dd = JSON.parse(denied.stdout).deliveries[0];
    expect(JSON.parse(dd.authorizer.invocation.response)).toMatchObject({ active: false });
    expect(dd.response).toMatchObject({ status: 401, body: "unauthorized" });
    expect(dd.then[0].invocation).toEqual({ skipped: "not called: the authorizer denied the request" });
  }, 90_000);

  test("alarm-incident: the firing alarm's message makes alarm-to-incident look up, then create, the B2C incident", async () => {
    const { code, stdout } = await run("--alarm", "alarm-incident-dev/function-errors", "--state", "FIRING", "--invoke", "--json");
    expect(code).toBe(0);
    const fnHop = JSON.parse(stdout).deliveries[0].then.find((h: { protocol: string }) => h.protocol === "ORACLE_FUNCTIONS").then[0];
    expect(fnHop.invocation).toMatchObject({ bundle: "alarm-to-incident", status: 200 });
    const calls = fnHop.invocation.upstream.map((c: { method: string; url: string }) => `${c.method} ${c.url.split("?")[0]}`);
    expect(calls).toEqual(expect.arrayContaining(["GET https://example--tst.custhelp.com/services/rest/connect/v1.4/incidents", "POST https://example--tst.custhelp.com/services/rest/connect/v1.4/incidents"]));
  }, 60_000);

  test("order-fanout: the published order makes order-processor PATCH the order in the shop API with its bearer token masked", async () => {
    const { code, stdout } = await run("--message", join(EVENTS_DIR, "order-A-1001.json"), "--topic", "dev-orders", "--invoke");
    expect(code).toBe(0);
    expect(stdout).toMatch(/invoked order-processor through the FDK: 200 \{"status":"label_created","orderId":"A-1001"/);
    expect(stdout).toMatch(/PATCH https:\/\/shop-dev\.example\.com\/api\/orders\/A-1001 -> 200\n\s*authorization: Bearer \*\*\*\n/);
  }, 60_000);
});
