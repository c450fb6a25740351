import { Agent } from "node:http";
import { functionEnv, objectEvent } from "../../shared/test-support/env";
import { type FnProcess, ensureBuilt, rssBytes, startFunction } from "../../shared/test-support/fn-process";
import { type MockServer, sendJson, startMock, stopAll } from "../../shared/test-support/mock-server";
import { type SecretsMock, startSecretsMock } from "../../shared/test-support/secrets-mock";

const SECRET_ID = "ocid1.vaultsecret.oc1.iad.loadcreds";
const INVOCATIONS = 5000;
const CONCURRENCY = 16;
const WARMUP = 1000;
/**
 * Node sizes its heap from the memory it can see. This test host has gigabytes, so V8 would let
 * garbage pile up to a large working set before collecting, and RSS would measure GC laziness
 * rather than retained memory. The function container has 256 MiB, so the test caps old space
 * the way a small container does; growth then reflects what the function keeps (the id cache
 * holds 5,000 small entries, a few MiB). Without the cap RSS plateaus around 170 MiB.
 */
const NODE_OPTIONS = "--max-old-space-size=64";
const MAX_RSS_GROWTH_BYTES = 24 * 1024 * 1024;
/** The memory given to the function in func.yaml. */
const MAX_RSS_BYTES = 256 * 1024 * 1024;
const MAX_DURATION_MS = 30_000;

let secrets: SecretsMock;
let oic: MockServer;
let fn: FnProcess;

beforeAll(async () => {
  await ensureBuilt("event-forwarder");
  secrets = await startSecretsMock({ [SECRET_ID]: "load-user:load-password-123" });
  oic = await startMock((_req, res) => sendJson(res, 202, undefined));
  fn = await startFunction("event-forwarder", functionEnv(secrets.url, { TARGET_URL: `${oic.url}/flow`, TARGET_CREDENTIALS_SECRET_OCID: SECRET_ID, LOG_LEVEL: "warn", NODE_OPTIONS }));
}, 30_000);

afterAll(() => stopAll(fn, oic, secrets));

async function drive(count: number, prefix: string, agent: Agent): Promise<{ errors: string[] }> {
  const errors: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const res = await fn.invoke(objectEvent(`${prefix}-${i}`), { agent });
      if (res.status !== 200 || res.gatewayStatus !== 200 || !res.text.includes('"forwarded"')) errors.push(`${i}: ${res.status} ${res.text.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { errors };
}

test(`${INVOCATIONS} invocations through the FDK socket: 0 errors, bounded memory and time`, async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    await drive(WARMUP, "warm", agent);
    const rssBefore = rssBytes(fn.pid);
    const started = Date.now();
    const { errors } = await drive(INVOCATIONS, "load", agent);
    const elapsed = Date.now() - started;
    const growth = rssBytes(fn.pid) - rssBefore;
    console.log(`load: ${INVOCATIONS} invocations in ${elapsed} ms (${Math.round((INVOCATIONS * 1000) / elapsed)}/s), RSS growth ${(growth / 2 ** 20).toFixed(1)} MiB`);
    expect(errors).toEqual([]);
    expect(oic.requests).toHaveLength(WARMUP + INVOCATIONS);
    expect(new Set(oic.requests.map((r) => r.headers["idempotency-key"])).size).toBe(WARMUP + INVOCATIONS);
    expect(secrets.requests).toHaveLength(1);
    expect(growth).toBeLessThan(MAX_RSS_GROWTH_BYTES);
    expect(rssBytes(fn.pid)).toBeLessThan(MAX_RSS_BYTES);
    expect(elapsed).toBeLessThan(MAX_DURATION_MS);
  } finally {
    agent.destroy();
  }
}, 60_000);
