/**
 * `--invoke` through the library: requests signed the way Twilio signs them, and upstream
 * state that lives for one run (every invocation of a simulation sees what earlier ones wrote).
 */
import { webhookSignature } from "../../../functions/shared/crypto";
import { synthesizeApp, SynthesizedApp } from "../../../stacks/test/synth-app";
import { invokeSimulation, loadOutdir, signHttpRequest, SimulatedSecrets, simulateAlarm, SimulationInputError, SynthApp } from "../index";
import { resourcesOfType } from "../model";

let synth: SynthesizedApp;
let app: SynthApp;
let attributes: Record<string, Record<string, string>>;
const HOST = "abc123example.apigateway.eu-frankfurt-1.oci.customer-oci.com";
const TOKEN = "twilio-auth-token-0123456789";
const SIGN = "{{twilio-signature:sms-provider-auth-token}}";

beforeAll(() => {
  synth = synthesizeApp();
  app = loadOutdir(synth.outdir);
  const gateway = resourcesOfType(app, "oci_apigateway_gateway").find((r) => r.stack === "sms-webhook-dev")!;
  attributes = { [gateway.address]: { hostname: HOST } };
});
afterAll(() => synth.cleanup());

describe("signHttpRequest: the request as Twilio sends it", () => {
  const secrets = () => new SimulatedSecrets({ "sms-provider-auth-token": TOKEN });

  test("a form post: HMAC-SHA1 of the gateway's public URL, query string included, followed by the sorted form fields; the signature is masked", async () => {
    const run = secrets();
    const body = "To=%2B4930123456789&From=%2B4915112345678&Body=Hello+there&MessageSid=SM1";
    const signed = await signHttpRequest(app, { method: "POST", path: "/sms/incoming?key=k-1&b=2", headers: { "Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "X-Twilio-Signature": SIGN }, body }, { secrets: run, stacks: ["sms-webhook-dev"], attributes });
    const expected = webhookSignature(TOKEN, `https://${HOST}/sms/incoming?key=k-1&b=2`, [...new URLSearchParams(body)]);
    expect(signed.headers!["X-Twilio-Signature"]).toBe(expected);
    expect(signed.path).toBe("/sms/incoming?key=k-1&b=2");
    expect(run.scrubber.scrub(`sig ${expected}`)).toBe("sig ***");
  });

  test("a JSON post: {{body-sha256}} is the body's hex SHA-256 (Twilio's published vector) and the signature covers the URL carrying it, without parameters", async () => {
    const body = '{"property": "value", "boolean": true}';
    const signed = await signHttpRequest(app, { method: "POST", path: "/sms/incoming?bodySHA256={{body-sha256}}", headers: { "Content-Type": "application/json", "X-Twilio-Signature": SIGN }, body }, { secrets: secrets(), stacks: ["sms-webhook-dev"], attributes });
    expect(signed.path).toBe("/sms/incoming?bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620");
    expect(signed.headers!["X-Twilio-Signature"]).toBe(webhookSignature(TOKEN, `https://${HOST}${signed.path}`));
  });

  test("a request without placeholders is unchanged", async () => {
    const request = { method: "POST", path: "/sms/incoming?key=1", headers: { "X-Twilio-Signature": "given" }, body: "a=1" };
    expect(await signHttpRequest(app, request, { secrets: secrets(), attributes })).toEqual(request);
  });

  test.each([
    ["a secret name no stack has", { path: "/sms/incoming", sign: "{{twilio-signature:no-such-secret}}" }, /\{\{twilio-signature:no-such-secret\}\} names no oci_vault_secret with that secret_name/],
    ["a path the gateways of two stacks serve (two public URLs)", { path: "/sms/incoming", sign: SIGN, stacks: [] }, /served by 2 deployments .*choose one with --stack/],
    ["a path no deployment serves", { path: "/nowhere", sign: SIGN }, /no API Gateway deployment of the selected stacks serves POST \/nowhere/],
  ])("bad input: %s", async (_what, c, message) => {
    const stacks = "stacks" in c ? c.stacks : ["sms-webhook-dev"];
    const sign = signHttpRequest(app, { method: "POST", path: c.path, headers: { "X-Twilio-Signature": c.sign }, body: "a=1" }, { secrets: secrets(), stacks, attributes });
    await expect(sign).rejects.toThrow(SimulationInputError);
    await expect(sign).rejects.toThrow(message);
  });
});

test("one run, one B2C Service: the same alarm message delivered to a second instance finds the incident the first created and records nothing twice", async () => {
  const sim = simulateAlarm(app, "alarm-incident-dev/order-fanout-orders-errors", "FIRING", { at: new Date("2025-11-20T10:15:00.000Z") });
  sim.deliveries.push(JSON.parse(JSON.stringify(sim.deliveries[0]))); // Notifications delivering the message again
  await invokeSimulation(app, sim);
  const [first, second] = sim.deliveries.map((d) => {
    const sub = d.then.find((h) => h.kind === "subscription" && h.protocol === "ORACLE_FUNCTIONS");
    const fn = sub?.kind === "subscription" ? sub.then[0] : undefined;
    return fn?.kind === "function" ? fn.invocation! : undefined;
  });
  const created = JSON.parse(first!.response!);
  expect(created).toMatchObject({ status: "created", incidentId: expect.any(Number) });
  expect(JSON.parse(second!.response!)).toMatchObject({ status: "already_recorded", incidentId: created.incidentId });
  expect(second!.upstream!.map((c) => c.method)).not.toContain("POST");
}, 60_000);
