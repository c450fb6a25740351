import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ENVIRONMENTS } from "../../../stacks/environments";
import { synthesizeApp, SynthesizedApp } from "../../../stacks/test/synth-app";
import { resourcePrincipal } from "../../../functions/shared/test-support/keys";
import { main as review } from "../../review/cli";
import { main } from "../cli";
import { ResourceManagerMock, startResourceManagerMock } from "./support/resource-manager-mock";

// Whole-environment deploys through the SDK and the loopback mock take a few seconds each.
jest.setTimeout(120_000);

const prod = ENVIRONMENTS.find((e) => e.name === "prod")!;
const STACKS = ["foundation", "object-upload", "resource-alerts", "ords-webhook", "order-fanout", "sms-webhook", "alarm-incident"].map((p) => `${p}-prod`);
/**
 * Deploy order, dependencies first: the foundation every pipeline reads from, the pipelines the
 * alarm-incident stack watches (it reads their function and deployment OCIDs), then that stack.
 */
const ORDER = STACKS;

let synth: SynthesizedApp;
let work: string;
let secrets: Record<string, string>;
const saved: Record<string, string | undefined> = {};

function setEnv(vars: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(vars)) {
    if (!(k in saved)) saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

beforeAll(() => {
  synth = synthesizeApp(); // the app as configured: prod deploys through Resource Manager
  work = mkdtempSync(join(tmpdir(), "orm-deploy-"));
  const names = [...new Set(STACKS.flatMap((s) => Object.keys(synth.stacks[s].variable ?? {})))];
  secrets = Object.fromEntries(names.map((n, i) => [n, `secret-value-${i}-${n.length}-do-not-print`]));
  setEnv(resourcePrincipal().env);
  // The OCI SDK reports every non-retried error response on console.warn (the mock's 409s among them).
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  synth.cleanup();
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  code: number;
  out: string;
  err: string;
}

async function deploy(mock: ResourceManagerMock, args: string[], options: { secrets?: boolean; planDir?: string } = {}): Promise<Run> {
  setEnv(Object.fromEntries(Object.entries(secrets).map(([k, v]) => [`TF_VAR_${k}`, options.secrets === false ? undefined : v])));
  let out = "";
  let err = "";
  const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t) };
  const env = args[0] === "--env" ? args[1] : "prod";
  const rest = args[0] === "--env" ? args.slice(2) : args;
  const auth = rest.includes("--auth") ? [] : ["--auth", "resource_principal"];
  const code = await main(["deploy", env, "--out", synth.outdir, "--endpoint", mock.url, ...auth, "--poll-seconds", "0.001", "--plan-dir", options.planDir ?? join(work, "plans"), ...rest], io);
  return { code, out, err };
}

const ops = (mock: ResourceManagerMock) => mock.calls.filter((c) => c.startsWith("CreateJob"));
const stackByName = (mock: ResourceManagerMock, name: string) => [...mock.stacks.values()].find((s) => s.displayName === name)!;

describe("orm deploy against a Resource Manager API mock that verifies request signatures", () => {
  let mock: ResourceManagerMock;
  let first: Run;
  beforeAll(async () => {
    mock = await startResourceManagerMock();
    first = await deploy(mock, ["--apply", "--revision", "abc1234"]);
  });
  afterAll(() => mock.close());

  test("first deployment: one Resource Manager stack per synthesized stack, created in dependency order, planned, then applied from that plan", () => {
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(mock.calls.filter((c) => c.startsWith("CreateStack"))).toHaveLength(7);
    // the foundation is created, planned and applied before any pipeline is touched
    expect(mock.calls.slice(0, 3)).toEqual(["CreateStack foundation-prod", "CreateJob PLAN foundation-prod", "CreateJob APPLY foundation-prod"]);
    expect(ops(mock)).toEqual(ORDER.flatMap((s) => [`CreateJob PLAN ${s}`, `CreateJob APPLY ${s}`]));
    for (const job of [...mock.jobs.values()].filter((j) => j.operation === "APPLY")) {
      const plan = mock.jobs.get(String(job.jobOperationDetails.executionPlanJobId))!;
      expect({ strategy: job.jobOperationDetails.executionPlanStrategy, plan: plan.operation, stack: plan.stackId }).toEqual({ strategy: "FROM_PLAN_JOB_ID", plan: "PLAN", stack: job.stackId });
      expect(job.lifecycleState).toBe("SUCCEEDED");
    }
  });

  test("every request carried a valid OCI signature (resource principal)", () => {
    expect(mock.requests.length).toBeGreaterThan(7 * 8);
    expect(mock.signedOk()).toBe(mock.requests.length);
    expect(new Set(mock.requests.map((r) => /keyId="([^"]{3})/.exec(String(r.headers.authorization))?.[1]))).toEqual(new Set(["ST$"]));
  });

  test("stacks: compartment, Terraform version, tags naming pipeline and environment, ORM's variables and the secrets from TF_VAR_*", () => {
    for (const name of STACKS) {
      const s = stackByName(mock, name);
      expect({ name, compartment: s.compartmentId, tf: s.terraformVersion, state: s.lifecycleState }).toEqual({ name, compartment: prod.compartmentOcid, tf: "1.5.x", state: "ACTIVE" });
      expect(s.freeformTags).toEqual({ pipeline: name.replace(/-prod$/, ""), environment: "prod", "managed-by": "oci-pipelines", revision: "abc1234" });
      const inputs = Object.keys(synth.stacks[name].variable ?? {});
      expect(s.variables).toEqual({ region: prod.region, tenancy_ocid: prod.tenancyOcid, ...Object.fromEntries(inputs.map((i) => [i, secrets[i]])) });
      expect(s.description).toContain(`cdktf stack ${name}`);
    }
  });

  test("secret values never reach the output", () => {
    for (const value of Object.values(secrets)) {
      expect(first.out).not.toContain(value);
      expect(first.err).not.toContain(value);
    }
  });

  test("each plan job's log is streamed once, in order, across polls and log pages", () => {
    for (const name of STACKS) {
      const stack = stackByName(mock, name);
      const plan = [...mock.jobs.values()].find((j) => j.stackId === stack.id && j.operation === "PLAN")!;
      expect(plan.log.length).toBeGreaterThan(mock.behaviour.logPageSize); // several pages and several polls
      const printed = first.out.split("\n").filter((l) => l.startsWith(`[${name}] `)).map((l) => l.slice(name.length + 3));
      const start = printed.indexOf(`PLAN job ${plan.id}`);
      expect(printed.slice(start + 1, start + 1 + plan.log.length)).toEqual(plan.log.map((e) => e.message));
      expect(printed[start + 1 + plan.log.length]).toMatch(/^plan: \d+ to add, 0 to change, 0 to destroy/);
    }
  });

  test("each plan's JSON is saved as <plan-dir>/<stack>.json, as the job API returned it", () => {
    for (const name of STACKS) {
      const stack = stackByName(mock, name);
      const plan = [...mock.jobs.values()].find((j) => j.stackId === stack.id && j.operation === "PLAN")!;
      expect(JSON.parse(readFileSync(join(work, "plans", `${name}.json`), "utf8"))).toEqual(plan.plan);
      // Resource Manager answers 409 right after a job ends; the plan was read on the second try
      expect(plan.planReads).toBe(2);
    }
  });

  test("a re-run updates the same stacks, keeps the secrets they hold, and finds nothing to change", async () => {
    const ids = STACKS.map((s) => stackByName(mock, s).id);
    const before = mock.calls.length;
    const again = await deploy(mock, ["--apply"], { secrets: false });
    expect(again.err).toBe("");
    expect(again.code).toBe(0);
    const calls = mock.calls.slice(before);
    expect(calls.filter((c) => c.startsWith("CreateStack"))).toEqual([]);
    expect(calls.filter((c) => c.startsWith("UpdateStack"))).toEqual(ORDER.map((s) => `UpdateStack ${s}`));
    expect(mock.stacks.size).toBe(7);
    expect(STACKS.map((s) => stackByName(mock, s).id)).toEqual(ids);
    for (const name of STACKS) expect(stackByName(mock, name).variables).toEqual(expect.objectContaining(Object.fromEntries(Object.keys(synth.stacks[name].variable ?? {}).map((i) => [i, secrets[i]]))));
    expect(again.out.match(/plan: 0 to add, 0 to change, 0 to destroy/g)).toHaveLength(7);
    // no revision given this time: the tag goes
    expect(stackByName(mock, "foundation-prod").freeformTags.revision).toBeUndefined();
  });

  test("--stack limits the run and keeps dependency order", async () => {
    const before = mock.calls.length;
    const run = await deploy(mock, ["--plan-only", "--stack", "alarm-incident-prod", "--stack", "foundation-prod"]);
    expect(run.code).toBe(0);
    expect(mock.calls.slice(before)).toEqual(["UpdateStack foundation-prod", "CreateJob PLAN foundation-prod", "UpdateStack alarm-incident-prod", "CreateJob PLAN alarm-incident-prod"]);
  });
});

describe("orm deploy --plan-only and the plan review", () => {
  let mock: ResourceManagerMock;
  const planDir = () => join(work, "review-plans");
  beforeAll(async () => {
    mock = await startResourceManagerMock();
  });
  afterAll(() => mock.close());

  test("first plan of a new environment: the foundation is planned; pipelines wait for its first apply; nothing is applied", async () => {
    const run = await deploy(mock, ["--plan-only"], { planDir: planDir() });
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(ops(mock)).toEqual(["CreateJob PLAN foundation-prod"]);
    expect(run.out).toContain("[object-upload-prod] not planned: foundation-prod has never been applied");
    expect(mock.stacks.size).toBe(7); // the stacks exist (with their configuration) for the next run
  });

  test("a second plan before any apply still waits: the foundation exists but has no applied state", async () => {
    const run = await deploy(mock, ["--plan-only"], { planDir: planDir() });
    expect(run.code).toBe(0);
    expect(ops(mock)).toEqual(["CreateJob PLAN foundation-prod", "CreateJob PLAN foundation-prod"]);
    expect(run.out.match(/^\[[a-z-]+-prod\] not planned: foundation-prod has never been applied/gm)).toHaveLength(5);
    // The alarm stack also reads the pipelines it watches.
    expect(run.out).toContain("[alarm-incident-prod] not planned: foundation-prod, object-upload-prod, resource-alerts-prod, ords-webhook-prod, order-fanout-prod, sms-webhook-prod has never been applied");
  });

  test("after the foundation is applied, every pipeline it feeds is planned (the alarm stack waits for the pipelines it watches) and `review --plan` reads the plans", async () => {
    expect((await deploy(mock, ["--apply", "--stack", "foundation-prod"], { planDir: join(work, "scratch") })).code).toBe(0);
    const run = await deploy(mock, ["--plan-only"], { planDir: planDir() });
    expect(run.code).toBe(0);
    expect(ops(mock).filter((o) => o.startsWith("CreateJob APPLY"))).toEqual(["CreateJob APPLY foundation-prod"]);
    expect(run.out).toContain("[alarm-incident-prod] not planned: object-upload-prod, resource-alerts-prod, ords-webhook-prod, order-fanout-prod, sms-webhook-prod has never been applied");
    const planned = STACKS.filter((s) => s !== "alarm-incident-prod");
    let json = "";
    const files = planned.flatMap((s) => ["--plan", join(planDir(), `${s}.json`)]);
    const code = await review([...files, "--format", "json"], { stdout: (t) => void (json += t), stderr: () => undefined });
    expect(code).toBe(0);
    const report = JSON.parse(json);
    expect(report.stacks.map((s: any) => s.stack).sort()).toEqual([...planned].sort());
    const alerts = report.stacks.find((s: any) => s.stack === "resource-alerts-prod");
    expect(alerts.counts.add).toBeGreaterThan(0);
    expect(JSON.stringify(alerts.iam)).toContain("Allow");
  });
});

describe("orm deploy failures", () => {
  let mock: ResourceManagerMock;
  beforeEach(async () => {
    mock = await startResourceManagerMock();
  });
  afterEach(() => mock.close());

  test("a failed plan job exits 1 with the job's error lines, and no later stack is touched", async () => {
    mock.behaviour.failPlan.add("foundation-prod");
    const run = await deploy(mock, ["--apply"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("foundation-prod: PLAN job");
    expect(run.err).toContain("failed (TERRAFORM_EXECUTION_ERROR: Terraform plan failed; see the job log)");
    expect(run.err).toContain("│ Error: 400-InvalidParameter, injected plan failure");
    expect(mock.calls).toEqual(["CreateStack foundation-prod", "CreateJob PLAN foundation-prod"]);
  });

  test("a failed apply job exits 1 with its error lines", async () => {
    mock.behaviour.failApply.add("foundation-prod");
    const run = await deploy(mock, ["--apply"]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/foundation-prod: APPLY job \S+ failed \(TERRAFORM_EXECUTION_ERROR/);
    expect(run.err).toContain("Error: 409-Conflict, injected apply failure");
    expect(ops(mock)).toEqual(["CreateJob PLAN foundation-prod", "CreateJob APPLY foundation-prod"]);
  });

  test("a pipeline whose foundation stack does not exist fails its plan the way Terraform does (the lookup's postcondition)", async () => {
    const run = await deploy(mock, ["--apply", "--stack", "object-upload-prod"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("Error: Resource postcondition failed");
    expect(run.err).toContain("Expected exactly one ACTIVE Resource Manager stack named foundation-prod");
  });

  test("nothing is changed when a secret is missing, and the message names the variables, not values", async () => {
    const run = await deploy(mock, ["--apply"], { secrets: false });
    expect(run.code).toBe(1);
    expect(run.err).toContain("nothing was changed");
    expect(run.err).toContain("object-upload-prod: no value for oic_credentials: set TF_VAR_oic_credentials");
    expect(run.err).toContain("sms-webhook-prod: no value for");
    expect(mock.calls).toEqual([]);
  });

  test("nothing is changed when Resource Manager does not offer the Terraform version", async () => {
    mock.behaviour.terraformVersions = ["1.0.x", "1.2.x"];
    const run = await deploy(mock, ["--apply"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("foundation-prod: Terraform 1.5.x is not offered by Resource Manager in eu-amsterdam-1 (offered: 1.0.x, 1.2.x)");
    expect(mock.calls).toEqual([]);
  });

  test("a same-named stack this tool did not create, or two of them, is never taken over", async () => {
    const foreign = (id: string, tags: Record<string, string>) =>
      mock.stacks.set(id, { id, compartmentId: prod.compartmentOcid, displayName: "foundation-prod", lifecycleState: "ACTIVE", creatingReads: 0, zip: Buffer.alloc(0), variables: {}, terraformVersion: "1.5.x", freeformTags: tags, timeCreated: "2025-01-01T00:00:00Z" });
    foreign("ocid1.ormstack.oc1..handmade", { owner: "someone" });
    let run = await deploy(mock, ["--apply"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("foundation-prod: Resource Manager stack ocid1.ormstack.oc1..handmade exists but was not created by oci-pipelines");
    foreign("ocid1.ormstack.oc1..second", { "managed-by": "oci-pipelines" });
    run = await deploy(mock, ["--apply"]);
    expect(run.err).toContain("foundation-prod: 2 ACTIVE Resource Manager stacks have this name");
    expect(mock.calls).toEqual([]);
  });

  test("the mock refuses unsigned requests (so the signature checks above mean something)", async () => {
    const res = await fetch(`${mock.url}/20180917/stacks?compartmentId=${prod.compartmentOcid}`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe("NotAuthenticated");
  });
});

describe("orm deploy authentication and usage", () => {
  let mock: ResourceManagerMock;
  beforeAll(async () => {
    mock = await startResourceManagerMock();
  });
  afterAll(() => mock.close());

  test("API key from a config-file profile: requests are signed with <tenancy>/<user>/<fingerprint>", async () => {
    const dir = mkdtempSync(join(tmpdir(), "orm-oci-config-"));
    try {
      const key = generateKeyPairSync("rsa", { modulusLength: 2048 });
      writeFileSync(join(dir, "key.pem"), key.privateKey.export({ type: "pkcs8", format: "pem" }));
      const [tenancy, user, fingerprint] = [prod.tenancyOcid, "ocid1.user.oc1..aaaaaaaadeployer", "12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0"];
      writeFileSync(join(dir, "config"), `[DEFAULT]\nuser=ocid1.user.oc1..someoneelse\nfingerprint=00:00\ntenancy=${tenancy}\nregion=us-ashburn-1\nkey_file=${join(dir, "missing.pem")}\n\n[ci]\nuser=${user}\nfingerprint=${fingerprint}\ntenancy=${tenancy}\nregion=eu-amsterdam-1\nkey_file=${join(dir, "key.pem")}\n`);
      const keyId = `${tenancy}/${user}/${fingerprint}`;
      mock.addApiKey(keyId, key.publicKey.export({ type: "spki", format: "pem" }).toString());
      const run = await deploy(mock, ["--plan-only", "--stack", "foundation-prod", "--auth", "api_key", "--config-file", join(dir, "config"), "--profile", "ci"]);
      expect(run.err).toBe("");
      expect(run.code).toBe(0);
      expect(mock.requests.every((r) => String(r.headers.authorization).includes(`keyId="${keyId}"`))).toBe(true);
      expect(mock.signedOk()).toBe(mock.requests.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("an environment deployed locally is refused with what to do instead", async () => {
    const run = await deploy(mock, ["--env", "dev", "--apply"]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/environment dev: its stacks \(.*foundation-dev.*\) are not synthesized for Resource Manager .*deploy them with cdktf deploy/);
  });

  test("usage errors exit 2 and show the usage", async () => {
    const io = { out: "", err: "" };
    const capture = { stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
    expect(await main(["deploy", "prod", "--apply", "--plan-only"], capture)).toBe(2);
    expect(io.err).toContain("--plan-only and --apply exclude each other");
    expect(await main(["deploy"], capture)).toBe(2);
    expect(await main(["deploy", "prod", "--auth", "password"], capture)).toBe(1);
    expect(io.err).toContain('auth mode "password" is not one of api_key, security_token, instance_principal, resource_principal');
    expect(await main(["launch"], capture)).toBe(2);
    expect(existsSync(join(work, "plans-never"))).toBe(false);
  });
});
