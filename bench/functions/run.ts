/**
 * Functions benchmark: for each function bundle, its size, its cold start (process spawn to the
 * first successful response, median of COLD_RUNS) and its per-invocation latency p50/p99 over
 * the FDK Unix socket, against a no-op FDK handler bundle measured in the same run.
 *
 *   npx tsx bench/functions/run.ts
 *
 * Upstreams (Secrets API, Oracle Integration, shop, B2C Service) are the loopback mocks the tests
 * use, so latency includes those round trips; the table says how many each invocation makes.
 */
import { spawn } from "node:child_process";
import { rmSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { Agent } from "node:http";
import { buildFunction, bundle, distFile, type FunctionName } from "../../functions/build";
import { B2C_PATH } from "../../functions/shared/test-support/b2c-mock";
import { functionEnv, objectEvent } from "../../functions/shared/test-support/env";
import { invokeSocket, socketPathFor, waitForSocket } from "../../functions/shared/test-support/fn-process";
import { type MockServer, sendJson, startMock } from "../../functions/shared/test-support/mock-server";
import { startSecretsMock } from "../../functions/shared/test-support/secrets-mock";
import { machineLine, markdownTable, writeSection } from "../lib/results";

const COLD_RUNS = 7;
const WARMUP = 300;
const SAMPLES = 3000;
const NOOP_OUT = join(__dirname, "..", ".work", "functions", "noop.js");

interface Scenario {
  readonly name: string;
  readonly file: string;
  readonly env: Record<string, string>;
  readonly upstreamCalls: number;
  /** Request i; unique ids so no call is answered from the idempotency cache. */
  request(i: number): { body: string | object; headers?: Record<string, string> };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
const ms = (n: number) => n.toFixed(2);

async function coldStart(s: Scenario): Promise<number> {
  const socketPath = socketPathFor(`bench-${s.name}`);
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [s.file], {
    env: { PATH: process.env.PATH ?? "", FN_LISTENER: `unix:${socketPath}`, FN_FORMAT: "http-stream", LOG_LEVEL: "warn", ...s.env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForSocket(socketPath, child);
    const { body, headers } = s.request(Math.floor(Math.random() * 1e9));
    const res = await invokeSocket(socketPath, body, { headers });
    if (res.status !== 200 || res.gatewayStatus >= 400) throw new Error(`${s.name}: first call failed: ${res.status} ${res.text}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    child.kill("SIGKILL");
    rmSync(socketPath, { force: true });
    rmSync(`${socketPath}.tmp`, { force: true });
  }
}

async function latencies(s: Scenario): Promise<number[]> {
  const socketPath = socketPathFor(`bench-${s.name}`);
  const child = spawn(process.execPath, [s.file], {
    env: { PATH: process.env.PATH ?? "", FN_LISTENER: `unix:${socketPath}`, FN_FORMAT: "http-stream", LOG_LEVEL: "warn", ...s.env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  // Fn sends one invocation at a time to a container, so requests are sequential.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    await waitForSocket(socketPath, child);
    const out: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const { body, headers } = s.request(i);
      const t0 = process.hrtime.bigint();
      const res = await invokeSocket(socketPath, body, { headers, agent });
      const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
      if (res.status !== 200 || res.gatewayStatus >= 400) throw new Error(`${s.name}: call ${i} failed: ${res.status} ${res.text}`);
      if (i >= WARMUP) out.push(elapsed);
    }
    return out.sort((a, b) => a - b);
  } finally {
    agent.destroy();
    child.kill("SIGKILL");
    rmSync(socketPath, { force: true });
    rmSync(`${socketPath}.tmp`, { force: true });
  }
}

/** p50 of one sequential loopback HTTP round trip to a mock, from this process. */
async function loopbackRoundTrip(url: string): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const t0 = process.hrtime.bigint();
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ i }) });
    await res.text();
    if (i >= WARMUP) out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(out);
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const names: FunctionName[] = ["event-forwarder", "order-processor", "sms-to-incident", "alarm-to-incident", "api-authorizer"];
  await Promise.all(names.map(buildFunction));
  await bundle(join(__dirname, "noop.ts"), NOOP_OUT);

  const secrets = await startSecretsMock({
    "ocid1.vaultsecret.oc1.iad.oic": "oic-user:oic-password",
    "ocid1.vaultsecret.oc1.iad.shop": "shop-token-123456",
    "ocid1.vaultsecret.oc1.iad.b2c": "svc:b2c-password",
    "ocid1.vaultsecret.oc1.iad.tokens": "bench-token-abcdef",
  });
  const accept: MockServer = await startMock((_req, res) => sendJson(res, 200, { ok: true }));
  // Constant-time B2C answers in the documented shapes: the stateful test mock scans its
  // records, which would bill the mock's own growth to the function. Incidents are remembered
  // by reference (a Map) so the look-up after each create finds what was created.
  let nextId = 1;
  const byRef = new Map<string, number>();
  const b2c = await startMock((req, res) => {
    const url = new URL(req.path, "http://x");
    if (req.method === "GET" && url.pathname.endsWith("/queryResults/")) {
      return sendJson(res, 200, { items: [{ tableName: "incidents", count: 0, columnNames: ["id", "oci_external_ref"], rows: [] }] });
    }
    if (req.method === "GET") {
      const ref = /='([^']*)'$/.exec(url.searchParams.get("q") ?? "")?.[1];
      const id = url.pathname.endsWith("/contacts") ? 7 : ref !== undefined ? byRef.get(ref) : undefined;
      return sendJson(res, 200, { items: id === undefined ? [] : [{ id, lookupName: `REF-${id}`, links: [] }], hasMore: false, links: [] });
    }
    const id = nextId++;
    const ref = (JSON.parse(req.body) as { customFields?: { c?: { oci_external_ref?: string } } }).customFields?.c?.oci_external_ref;
    if (ref) byRef.set(ref, id);
    sendJson(res, 201, { id, lookupName: `REF-${id}`, links: [] });
  });
  const env = (extra: Record<string, string>) => functionEnv(secrets.url, { HTTP_RETRY_BASE_MS: "200", ...extra });
  const b2cEnv = env({ B2C_BASE_URL: b2c.url + B2C_PATH, B2C_CREDENTIALS_SECRET_OCID: "ocid1.vaultsecret.oc1.iad.b2c" });
  const run = Date.now().toString(36);

  const scenarios: Scenario[] = [
    { name: "noop (baseline)", file: NOOP_OUT, env: {}, upstreamCalls: 0, request: () => ({ body: "{}" }) },
    {
      name: "event-forwarder",
      file: distFile("event-forwarder"),
      env: env({ TARGET_URL: `${accept.url}/flow`, TARGET_CREDENTIALS_SECRET_OCID: "ocid1.vaultsecret.oc1.iad.oic" }),
      upstreamCalls: 1,
      request: (i) => ({ body: objectEvent(`bench-${run}-${i}`) }),
    },
    {
      name: "order-processor",
      file: distFile("order-processor"),
      env: env({ SHOP_API_URL: `${accept.url}/api`, SHOP_API_TOKEN_SECRET_OCID: "ocid1.vaultsecret.oc1.iad.shop", SHIP_FROM_ADDRESS: "ACME, 1 Dock Rd, Boston, US" }),
      upstreamCalls: 1,
      request: (i) => ({
        body: { orderId: `B-${run}-${i}`, shippingAddress: { name: "Ada", line1: "1 Main St", city: "London", postalCode: "N1", country: "GB" }, items: [{ sku: "A", quantity: 1, weightGrams: 500 }] },
        headers: { "X-OCI-NS-MessageId": `m-${run}-${i}` },
      }),
    },
    {
      name: "sms-to-incident",
      file: distFile("sms-to-incident"),
      env: b2cEnv,
      upstreamCalls: 4, // find incident, find contact, create incident, look the reference up again
      request: (i) => ({ body: new URLSearchParams({ MessageSid: `SM${run}${i}`, From: "+15550001111", To: "+15550002222", Body: `bench ${i}` }).toString(), headers: { "Content-Type": "application/x-www-form-urlencoded" } }),
    },
    {
      name: "alarm-to-incident",
      file: distFile("alarm-to-incident"),
      env: b2cEnv,
      upstreamCalls: 4, // find open incident, query closed episodes, create incident, look the reference up again
      request: (i) => ({ body: { dedupeKey: `bench-${run}-${i}`, type: "OK_TO_FIRING", title: "bench", severity: "WARNING", timestamp: new Date(0).toISOString(), alarmMetaData: [] } }),
    },
    {
      name: "api-authorizer",
      file: distFile("api-authorizer"),
      env: env({ AUTH_TOKEN_SECRET_OCID: "ocid1.vaultsecret.oc1.iad.tokens" }),
      upstreamCalls: 0, // tokens cached after the first call
      request: () => ({ body: { type: "TOKEN", token: "Bearer bench-token-abcdef" } }),
    },
  ];

  const roundTrip = await loopbackRoundTrip(`${accept.url}/rt`);
  const rows: Array<Array<string | number>> = [];
  let baseline = 0;
  let coldBaseline = 0;
  // Cold starts round-robin over the scenarios, so load from other work on a shared machine
  // falls on every row alike instead of on whichever function happened to run during it.
  const colds = new Map<Scenario, number[]>(scenarios.map((s) => [s, []]));
  for (let r = 0; r < COLD_RUNS; r++) for (const s of scenarios) colds.get(s)!.push(await coldStart(s));
  for (const s of scenarios) {
    const lat = await latencies(s);
    const p50 = percentile(lat, 50);
    const p99 = percentile(lat, 99);
    if (s.file === NOOP_OUT) {
      baseline = p50;
      coldBaseline = median(colds.get(s)!);
    }
    const kib = statSync(s.file).size / 1024;
    const isBaseline = s.file === NOOP_OUT;
    const overhead = p50 - baseline;
    rows.push([
      s.name,
      `${kib.toFixed(0)} KiB`,
      ms(median(colds.get(s)!)),
      isBaseline ? "1.00" : (median(colds.get(s)!) / coldBaseline).toFixed(2),
      ms(p50),
      ms(p99),
      isBaseline ? "—" : ms(overhead),
      isBaseline ? "1.00" : (p50 / baseline).toFixed(2),
      s.upstreamCalls,
      isBaseline ? "—" : ms(Math.max(0, overhead - s.upstreamCalls * roundTrip)),
    ]);
    console.log(rows[rows.length - 1].join(" | "));
  }

  await Promise.all([secrets.close(), accept.close(), b2c.close()]);
  // The machine is shared: say how busy it was, since cold starts are wall-clock times.
  const load = `Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end, on ${cpus().length} cores.`;

  const md = [
    "## Functions (Fn Node FDK)",
    "",
    `${machineLine()} ${load}`,
    "",
    `Cold start: spawn of \`node dist/func.js\` with FN_LISTENER/FN_FORMAT=http-stream until the first successful response (first request reads its secret from the loopback Secrets API mock through the OCI SDK with a resource-principal signature, and makes the upstream calls listed), median of ${COLD_RUNS} taken round-robin across the functions; "vs no-op" divides by the no-op handler's cold start of the same run, which tracks how fast the machine is at the time. ` +
      `Latency: ${SAMPLES} sequential invocations (after ${WARMUP} warm-up) over the Unix socket, one at a time as Fn sends them, including the loopback upstream round trips listed. ` +
      "Overhead = function p50 − no-op FDK handler p50 (same run); ratio = function p50 / no-op p50. " +
      `Net overhead subtracts the upstream round trips (calls × ${ms(roundTrip)} ms, the p50 of one loopback HTTP round trip measured in the same run): an estimate of the function's own work. ` +
      "Goals: cold start < 300 ms, overhead p50 < 2 ms, bundle < 2 MB.",
    "",
    markdownTable(["Function", "Bundle", "Cold start ms", "Cold start vs no-op", "p50 ms", "p99 ms", "Overhead p50 ms", "Ratio vs no-op", "Upstream calls", "Net overhead p50 ms"], rows),
    "",
    "Re-run: `npx tsx bench/functions/run.ts`.",
  ].join("\n");
  writeSection("functions", md);
  console.log(md);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
