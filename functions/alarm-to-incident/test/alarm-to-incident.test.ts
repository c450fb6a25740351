import { type B2cMock, type Incident, getPath, isIncidentLookup, startB2cMock } from "../../shared/test-support/b2c-mock";
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

const at = (minute: number) => Date.UTC(2025, 10, 20, 10, minute);
const iso = (minute: number) => new Date(at(minute)).toISOString();

/** A Monitoring alarm message as delivered by Notifications (fields per the alarm message format). */
function alarm(dedupeKey: string, type: string, minute: number, extra: Record<string, unknown> = {}) {
  const ms = at(minute);
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

const refOf = (i: Incident) => String(getPath(i, "customFields.c.oci_external_ref"));
const byRefPrefix = (key: string) => b2c.incidents.filter((i) => refOf(i).startsWith(`alarm:${key}`));
/** Incidents of a key that are episodes (not closed as duplicates). */
const episodes = (key: string) => b2c.incidents.filter((i) => refOf(i) === `alarm:${key}` || refOf(i).startsWith(`alarm:${key}/closed@`));
const openOf = (key: string) => b2c.incidents.filter((i) => refOf(i) === `alarm:${key}`);
const solved = { status: { lookupName: "Solved" } };

/** Where each message's note landed, and how often. */
function notesByMarker(key: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const i of episodes(key)) {
    for (const t of i.threads) {
      const m = /^\[oci-ref ([^\]]+)\]/.exec(t.text);
      if (m) out.set(m[1], [...(out.get(m[1]) ?? []), i.id]);
    }
  }
  return out;
}

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
    expect(incident.statusWithType).toEqual(solved);
    expect(incident.customFields).toEqual({ c: { oci_external_ref: "alarm:k-1/closed@2025-11-20T10:09:00.000Z" } });
    const patch = b2c.requests.find((r) => r.method === "PATCH")!;
    expect(patch.path).toBe(`/services/rest/connect/v1.4/incidents/${incident.id}`);

    // The alarm's next firing is a new episode and opens a new incident.
    const again = await fn.invoke(alarm("k-1", "OK_TO_FIRING", 30));
    expect(again.json()).toMatchObject({ status: "created" });
    expect(byRefPrefix("k-1")).toHaveLength(2);
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
      // The clear redelivered to yet another fresh instance: found on the closed incident.
      const fresh2 = await startFunction("alarm-to-incident", env);
      try {
        expect((await fresh2.invoke(alarm("k-dup", "FIRING_TO_OK", 9))).json()).toMatchObject({ status: "already_recorded" });
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

  test("a ROQL tabular answer in another shape fails the invocation instead of opening an incident", async () => {
    // find open incident passes; the query for closed episodes gets a collection answer.
    b2c.queue.push(faults.pass(b2c.serve), faults.body({ items: [{ id: 1, lookupName: "x" }], hasMore: false }));
    const res = await fn.invoke(alarm("k-shape", "OK_TO_FIRING", 0));
    expect(res.status).toBe(502);
    expect(res.text).toMatch(/B2C query incidents by reference answered in an unexpected shape/);
    expect(byRefPrefix("k-shape")).toHaveLength(0);
  });
});

describe("[defect: per-chunk UTF-8 decoding] large alarm bodies with multi-byte text", () => {
  test("a >64 KiB alarm message with multi-byte dimensions, sent in pieces, reaches the note intact", async () => {
    const names = Array.from({ length: 900 }, (_, i) => ({ resourceId: `ocid1.instance.oc1.iad.n${i}`, resourceDisplayName: `nœud-${i}-日本-🔥` }));
    const body = alarm("k-big", "OK_TO_FIRING", 0, { body: "Überlast — 🔥".repeat(50) });
    (body.alarmMetaData[0] as { dimensions: unknown[] }).dimensions = names;
    const bytes = Buffer.byteLength(JSON.stringify(body));
    expect(bytes).toBeGreaterThan(64 * 1024);
    const res = await fn.invoke(body, { chunkBytes: 4093 }); // an odd size, so pieces end inside characters
    expect(res.json()).toMatchObject({ status: "created" });
    const note = byRefPrefix("k-big")[0].threads[0].text;
    expect(note).not.toContain("\uFFFD");
    expect(note).toContain("nœud-899-日本-🔥");
    expect(note).toContain("Überlast — 🔥".repeat(50));
  });
});

describe("[defect: out-of-order alarm messages] ordering by timestampEpochMillis per dedupeKey", () => {
  test("a FIRING older than the last clear is noted on the closed incident and opens nothing", async () => {
    await fn.invoke(alarm("k-late", "OK_TO_FIRING", 0));
    await fn.invoke(alarm("k-late", "FIRING_TO_OK", 9));
    // The REPEAT of minute 5 was retried by Notifications and arrives after the clear.
    const late = await fn.invoke(alarm("k-late", "REPEAT", 5));
    expect(late.json()).toMatchObject({ status: "annotated_closed" });
    expect(openOf("k-late")).toHaveLength(0);
    const [only] = episodes("k-late");
    expect(only.statusWithType).toEqual(solved);
    expect(only.threads.map((t) => t.text.split("\n")[0])).toEqual([`[oci-ref k-late@${iso(0)}]`, `[oci-ref k-late@${iso(9)}]`, `[oci-ref k-late@${iso(5)}]`]);
  });

  test("an OK that arrives before its FIRING is recorded (a solved incident), and the FIRING that follows is noted there", async () => {
    const ok = await fn.invoke(alarm("k-early", "FIRING_TO_OK", 9));
    expect(ok.json()).toMatchObject({ status: "recorded_clear" });
    const [record] = episodes("k-early");
    expect(record).toMatchObject({ statusWithType: solved, customFields: { c: { oci_external_ref: `alarm:k-early/closed@${iso(9)}` } } });
    const firing = await fn.invoke(alarm("k-early", "OK_TO_FIRING", 2));
    expect(firing.json()).toMatchObject({ status: "annotated_closed", incidentId: record.id });
    expect(openOf("k-early")).toHaveLength(0);
    // A firing after the recorded clear is a new episode.
    expect((await fn.invoke(alarm("k-early", "OK_TO_FIRING", 15))).json()).toMatchObject({ status: "created" });
    expect(openOf("k-early")).toHaveLength(1);
  });

  test("a clear older than a firing already on the open incident does not close it", async () => {
    await fn.invoke(alarm("k-stale", "OK_TO_FIRING", 0));
    await fn.invoke(alarm("k-stale", "OK_TO_FIRING", 20)); // the alarm fired again; the clear of minute 9 is late
    const stale = await fn.invoke(alarm("k-stale", "FIRING_TO_OK", 9));
    expect(stale.json()).toMatchObject({ status: "stale_clear" });
    expect(openOf("k-stale")).toHaveLength(1);
    expect((await fn.invoke(alarm("k-stale", "FIRING_TO_OK", 25))).json()).toMatchObject({ status: "closed" });
    expect(openOf("k-stale")).toHaveLength(0);
  });

  test("a late message older than the open episode goes to the closed episode it belongs to", async () => {
    await fn.invoke(alarm("k-two", "OK_TO_FIRING", 0));
    await fn.invoke(alarm("k-two", "FIRING_TO_OK", 9));
    await fn.invoke(alarm("k-two", "OK_TO_FIRING", 20));
    const late = await fn.invoke(alarm("k-two", "REPEAT", 5));
    expect(late.json()).toMatchObject({ status: "annotated_closed" });
    const first = episodes("k-two").find((i) => refOf(i).endsWith(`closed@${iso(9)}`))!;
    expect(first.threads.some((t) => t.text.startsWith(`[oci-ref k-two@${iso(5)}]`))).toBe(true);
    expect(openOf("k-two")[0].threads).toHaveLength(1);
  });
});

describe("[defect: concurrent duplicates across instances] two instances at the same moment", () => {
  let other: FnProcess;
  beforeAll(async () => {
    other = await startFunction("alarm-to-incident", env);
  });
  afterAll(async () => other?.stop());

  test("the same FIRING on two instances: one open incident, the other folded into it as a closed duplicate", async () => {
    b2c.gate(2, isIncidentLookup);
    const msg = alarm("k-race", "OK_TO_FIRING", 0);
    const [a, b] = await Promise.all([fn.invoke(msg), other.invoke(msg)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const all = byRefPrefix("k-race").sort((x, y) => x.id - y.id);
    expect(all).toHaveLength(2);
    expect(openOf("k-race").map((i) => i.id)).toEqual([all[0].id]);
    expect(refOf(all[1])).toBe(`alarm:k-race/duplicate-of-${all[0].id}`);
    expect(all[1].statusWithType).toEqual(solved);
    expect([...notesByMarker("k-race").values()]).toEqual([[all[0].id]]);
  });

  test("two different messages that both open an incident: the kept one holds both notes", async () => {
    b2c.gate(2, isIncidentLookup);
    await Promise.all([fn.invoke(alarm("k-race2", "OK_TO_FIRING", 0)), other.invoke(alarm("k-race2", "REPEAT", 1))]);
    const [kept] = openOf("k-race2");
    expect(openOf("k-race2")).toHaveLength(1);
    const notes = notesByMarker("k-race2");
    expect(notes.get(`k-race2@${iso(0)}`)).toEqual([kept.id]);
    expect(notes.get(`k-race2@${iso(1)}`)).toEqual([kept.id]);
  });
});

describe("[fault matrix] out-of-order, duplicated and failing deliveries: lost and duplicated work", () => {
  let a: FnProcess;
  let b: FnProcess;
  beforeAll(async () => {
    [a, b] = await Promise.all([startFunction("alarm-to-incident", { ...env, HTTP_TIMEOUT_MS: "300" }), startFunction("alarm-to-incident", { ...env, HTTP_TIMEOUT_MS: "300" })]);
  });
  afterAll(async () => stopAll(a, b));

  type Msg = [type: string, minute: number];
  const TWO_EPISODES: Msg[] = [["OK_TO_FIRING", 0], ["REPEAT", 5], ["FIRING_TO_OK", 9], ["OK_TO_FIRING", 20], ["FIRING_TO_OK", 25]];
  const ENDS_FIRING: Msg[] = TWO_EPISODES.slice(0, 4);

  function permutations<T>(xs: T[]): T[][] {
    if (xs.length <= 1) return [xs];
    return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
  }
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const FAULTS = [() => faults.status(500), () => faults.status(429, { "Retry-After": "0" }), () => faults.hang(1000), () => faults.malformed(), () => faults.appliedThen(b2c.serve, "reset")];

  /** Delivers like Notifications: each message twice (the second to the other instance), again after any failure. */
  async function deliver(key: string, order: Msg[]): Promise<{ acked: Set<string>; failures: number }> {
    const acked = new Set<string>();
    let failures = 0;
    for (const [type, minute] of order) {
      for (const target of [a, b]) {
        if (random() < 0.3) {
          b2c.queue.length = 0;
          b2c.queue.push(...Array.from({ length: Math.floor(random() * 4) }, () => faults.pass(b2c.serve)), FAULTS[Math.floor(random() * FAULTS.length)]());
        }
        for (let attempt = 0; attempt < 5; attempt++) {
          const res = await target.invoke(alarm(key, type, minute));
          if (res.status === 200 && res.gatewayStatus < 300) {
            acked.add(`${key}@${iso(minute)}`);
            break;
          }
          failures++;
        }
        b2c.queue.length = 0;
      }
    }
    return { acked, failures };
  }

  test("every order of two episodes, each message delivered twice with random faults: nothing lost, nothing duplicated, final state follows the latest message", async () => {
    const orders = [...permutations(ENDS_FIRING).map((o) => ({ o, endsFiring: true })), ...permutations(TWO_EPISODES).filter((_, i) => i % 4 === 0).map((o) => ({ o, endsFiring: false }))];
    let lost = 0;
    let duplicated = 0;
    let wrongFinalState = 0;
    let failures = 0;
    const report: string[] = [];
    for (const [n, { o, endsFiring }] of orders.entries()) {
      const key = `perm-${n}`;
      const r = await deliver(key, o);
      failures += r.failures;
      const notes = notesByMarker(key);
      const missing = [...r.acked].filter((m) => !notes.has(m));
      const twice = [...notes.entries()].filter(([, ids]) => ids.length > 1);
      const open = openOf(key).length;
      lost += missing.length;
      duplicated += twice.length + Math.max(0, open - 1);
      if (open !== (endsFiring ? 1 : 0)) wrongFinalState++;
      if (missing.length || twice.length || open !== (endsFiring ? 1 : 0)) report.push(`${key} ${o.map(([t, m]) => `${t}@${m}`).join(",")}: missing=${missing} twice=${twice.map(([m]) => m)} open=${open}`);
    }
    expect({ lost, duplicated, wrongFinalState, report }).toEqual({ lost: 0, duplicated: 0, wrongFinalState: 0, report: [] });
    expect(failures).toBeGreaterThan(0); // the faults did fire
  }, 300_000);
});
