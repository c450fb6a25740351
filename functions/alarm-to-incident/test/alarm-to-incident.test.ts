import { type B2cMock, startB2cMock } from "../../shared/test-support/b2c-mock";
import { functionEnv } from "../../shared/test-support/env";
import { type FnProcess, ensureBuilt, startFunction } from "../../shared/test-support/fn-process";
import { faults, stopAll, resetMocks } from "../../shared/test-support/mock-server";
import { type SecretsMock, startSecretsMock } from "../../shared/test-support/secrets-mock";

const CREDS_ID = "ocid1.vaultsecret.oc1.iad.b2ccreds";
const PASSWORD = "alarm-b2c-Passw0rd";

let secrets: SecretsMock;
let b2c: B2cMock;
let env: Record<string, string>;
let fn: FnProcess;

/** A Monitoring alarm message as delivered by Notifications (fields per the alarm message format). */
function alarm(dedupeKey: string, type: string, minute: number, extra: Record<string, unknown> = {}) {
  const ms = Date.UTC(2025, 10, 20, 10, minute);
  return {
    dedupeKey,
    title: "High CPU on web tier",
    body: "CPU above 90% for 5 minutes",
    type,
    severity: "CRITICAL",
    timestampEpochMillis: ms,
    timestamp: new Date(ms).toISOString(),
    alarmMetaData: [
      {
        id: "ocid1.alarm.oc1.iad.web",
        status: type.endsWith("OK") ? "OK" : "FIRING",
        severity: "CRITICAL",
        namespace: "oci_computeagent",
        query: "CpuUtilization[1m].mean() > 90",
        totalMetricsFiring: 1,
        dimensions: type.endsWith("OK") ? [] : [{ resourceId: "ocid1.instance.oc1.iad.web1", resourceDisplayName: "web-1" }],
      },
    ],
    notificationType: "Split messages per metric stream",
    version: 1.5,
    ...extra,
  };
}

const byRefPrefix = (key: string) => b2c.incidents.filter((i) => String((i.customFields as { c: { oci_external_ref: string } }).c.oci_external_ref).startsWith(`alarm:${key}`));

beforeAll(async () => {
  await ensureBuilt("alarm-to-incident");
  secrets = await startSecretsMock({ [CREDS_ID]: `svc_alarms:${PASSWORD}` });
  b2c = await startB2cMock("svc_alarms", PASSWORD);
  env = functionEnv(secrets.url, {
    B2C_BASE_URL: b2c.base,
    B2C_CREDENTIALS_SECRET_OCID: CREDS_ID,
    ALARM_SEVERITY_MAP: JSON.stringify({ CRITICAL: "1 - Critical", WARNING: "3 - Medium" }),
  });
  fn = await startFunction("alarm-to-incident", env);
}, 30_000);

afterAll(() => stopAll(fn, b2c, secrets));

beforeEach(() => resetMocks(b2c));

describe("alarm-to-incident", () => {
  test("OK_TO_FIRING opens an incident with the mapped severity; REPEAT annotates it; FIRING_TO_OK closes it", async () => {
    const created = await fn.invoke(alarm("k-1", "OK_TO_FIRING", 0), { headers: { "X-OCI-NS-MessageId": "ons-1" } });
    expect(created.json()).toMatchObject({ status: "created", dedupeKey: "k-1", type: "OK_TO_FIRING", duplicate: false });
    const [incident] = byRefPrefix("k-1");
    expect(incident).toMatchObject({ subject: "High CPU on web tier", severity: { lookupName: "1 - Critical" }, customFields: { c: { oci_external_ref: "alarm:k-1" } } });
    expect(incident.threads[0].text).toMatch(/^\[oci-ref k-1@2025-11-20T10:00:00.000Z\]\nAlarm OK_TO_FIRING/);
    expect(incident.threads[0].text).toContain("web-1");

    const repeat = await fn.invoke(alarm("k-1", "REPEAT", 5));
    expect(repeat.json()).toMatchObject({ status: "annotated", incidentId: incident.id });
    expect(incident.threads).toHaveLength(2);

    const cleared = await fn.invoke(alarm("k-1", "FIRING_TO_OK", 9));
    expect(cleared.json()).toMatchObject({ status: "closed", incidentId: incident.id });
    expect(incident.threads).toHaveLength(3);
    expect(incident.threads[2].text).toContain("Alarm FIRING_TO_OK");
    expect(incident.statusWithType).toEqual({ status: { lookupName: "Solved" } });
    expect(incident.customFields).toEqual({ c: { oci_external_ref: "alarm:k-1/closed@2025-11-20T10:09:00.000Z" } });
    const patch = b2c.requests.find((r) => r.method === "PATCH")!;
    expect(patch.path).toBe(`/services/rest/connect/v1.4/incidents/${incident.id}`);

    // The alarm's next firing is a new episode and opens a new incident.
    const again = await fn.invoke(alarm("k-1", "OK_TO_FIRING", 30));
    expect(again.json()).toMatchObject({ status: "created" });
    expect(byRefPrefix("k-1")).toHaveLength(2);
  });

  test("a clear with no open incident is acknowledged without changes", async () => {
    const res = await fn.invoke(alarm("k-none", "FIRING_TO_OK", 1));
    expect(res.json()).toMatchObject({ status: "no_open_incident", incidentId: null });
    expect(b2c.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  test("duplicate deliveries change nothing, in the same instance or a fresh one", async () => {
    const firing = alarm("k-dup", "OK_TO_FIRING", 0);
    const repeat = alarm("k-dup", "REPEAT", 5);
    await fn.invoke(firing);
    await fn.invoke(repeat);
    expect((await fn.invoke(firing)).json()).toMatchObject({ duplicate: true });
    const fresh = await startFunction("alarm-to-incident", env);
    try {
      expect((await fresh.invoke(firing)).json()).toMatchObject({ status: "already_recorded", duplicate: false });
      expect((await fresh.invoke(repeat)).json()).toMatchObject({ status: "already_recorded" });
      await fresh.invoke(alarm("k-dup", "FIRING_TO_OK", 9));
      // The clear redelivered to yet another fresh instance: the incident is no longer open.
      const fresh2 = await startFunction("alarm-to-incident", env);
      try {
        expect((await fresh2.invoke(alarm("k-dup", "FIRING_TO_OK", 9))).json()).toMatchObject({ status: "no_open_incident" });
      } finally {
        await fresh2.stop();
      }
    } finally {
      await fresh.stop();
    }
    const incidents = byRefPrefix("k-dup");
    expect(incidents).toHaveLength(1);
    expect(incidents[0].threads).toHaveLength(3);
    expect(b2c.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
  });

  test("ALARM_CLEAR_ACTION=annotate keeps the incident open across clears", async () => {
    const annotating = await startFunction("alarm-to-incident", { ...env, ALARM_CLEAR_ACTION: "annotate" });
    try {
      await annotating.invoke(alarm("k-ann", "OK_TO_FIRING", 0, { severity: "WARNING" }));
      expect((await annotating.invoke(alarm("k-ann", "FIRING_TO_OK", 3))).json()).toMatchObject({ status: "annotated" });
      expect((await annotating.invoke(alarm("k-ann", "OK_TO_FIRING", 7))).json()).toMatchObject({ status: "annotated" });
    } finally {
      await annotating.stop();
    }
    const [incident] = byRefPrefix("k-ann");
    expect(byRefPrefix("k-ann")).toHaveLength(1);
    expect(incident.severity).toEqual({ lookupName: "3 - Medium" });
    expect(incident.threads).toHaveLength(3);
    expect(incident.statusWithType).toBeUndefined();
  });

  test("malformed alarm messages get a 400 with a clear message", async () => {
    const cases: Array<[string | object, RegExp]> = [
      ["[]", /JSON object/],
      [{ type: "OK_TO_FIRING", timestamp: "2025-11-20T10:00:00Z" }, /"dedupeKey"/],
      [alarm("k-bad", "SOMETHING", 0), /"type" must be one of/],
      [{ ...alarm("k-bad", "OK_TO_FIRING", 0), timestamp: "yesterday", timestampEpochMillis: undefined }, /"timestamp"/],
    ];
    for (const [body, message] of cases) {
      const res = await fn.invoke(body);
      expect(res.gatewayStatus).toBe(400);
      expect(res.json<{ message: string }>().message).toMatch(message);
    }
    expect(b2c.requests).toHaveLength(0);
  });

  test("B2C outages fail the invocation so Notifications redelivers; the redelivery completes the work", async () => {
    b2c.queue.push(faults.status(503), faults.status(503), faults.status(503));
    const failed = await fn.invoke(alarm("k-outage", "OK_TO_FIRING", 0));
    expect(failed.status).toBe(502);
    expect(failed.text).toMatch(/B2C find incident answered HTTP 503/);
    expect(byRefPrefix("k-outage")).toHaveLength(0);
    const ok = await fn.invoke(alarm("k-outage", "OK_TO_FIRING", 0));
    expect(ok.json()).toMatchObject({ status: "created" });
    expect(fn.stdout() + fn.stderr()).not.toContain(PASSWORD);
  });
});
