/**
 * A loopback stand-in for the OCI Resource Manager API (20180917): stacks (list,
 * get, create, update), Terraform versions, jobs (create, get, list), job logs and the
 * plan JSON of a plan job, with the request and response shapes of the API
 * reference (https://docs.oracle.com/iaas/api/#/en/resourcemanager/20180917/).
 *
 * Like the Secrets mock (functions/shared/test-support/secrets-mock.ts) it first
 * checks what the service checks: an OCI HTTP signature from a known key
 * (resource-principal session key or a registered API key), over the required
 * headers, with a body digest that matches the body.
 *
 * Jobs run against the configuration the stack holds: a plan reads the zip's
 * main.tf.json, fails the way Terraform would when a stack it reads through
 * `oci_resourcemanager_stacks` is missing or was never applied, and produces a
 * `terraform show -json` plan; an apply from that plan records the stack's state.
 */
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import { type MockServer, type Recorded, sendJson, startMock } from "../../../../functions/shared/test-support/mock-server";
import { resourcePrincipal } from "../../../../functions/shared/test-support/keys";
import { parseOciSignature, verifyOciSignature } from "../../../../functions/shared/test-support/oci-signature";
import { readZip } from "../../zip";

export interface LogEntry {
  type: "TERRAFORM_CONSOLE";
  level: "INFO" | "ERROR";
  timestamp: string;
  message: string;
}

export interface MockStack {
  id: string;
  compartmentId: string;
  displayName: string;
  description?: string;
  lifecycleState: "CREATING" | "ACTIVE";
  /** GetStack calls answered CREATING before the stack turns ACTIVE. */
  creatingReads: number;
  zip: Buffer;
  variables: Record<string, string>;
  terraformVersion: string;
  freeformTags: Record<string, string>;
  timeCreated: string;
  /** Managed resource addresses and outputs after the last successful apply. */
  state?: { resources: Record<string, any>; outputs: Record<string, unknown> };
}

export interface MockJob {
  id: string;
  stackId: string;
  compartmentId: string;
  displayName?: string;
  operation: "PLAN" | "APPLY";
  jobOperationDetails: Record<string, unknown>;
  freeformTags: Record<string, string>;
  lifecycleState: "ACCEPTED" | "IN_PROGRESS" | "SUCCEEDED" | "FAILED";
  timeCreated: string;
  timeFinished?: string;
  failureDetails?: { code: string; message: string };
  log: LogEntry[];
  /** Entries visible so far; each GetJob reveals `logChunk` more. */
  revealed: number;
  outcome: "SUCCEEDED" | "FAILED";
  plan?: any;
  config: any;
  planReads: number;
}

export interface Behaviour {
  /** Display names whose next plan jobs fail with a Terraform error. */
  failPlan: Set<string>;
  /** Display names whose apply jobs fail. */
  failApply: Set<string>;
  /** GetJobTfPlan answers 409 this many times per job before the plan is there. */
  planNotReadyTimes: number;
  /** Log entries revealed per GetJob. */
  logChunk: number;
  /** Entries per GetJobLogs page (opc-next-page beyond it). */
  logPageSize: number;
  terraformVersions: string[];
}

export interface ResourceManagerMock extends MockServer {
  readonly stacks: Map<string, MockStack>;
  readonly jobs: Map<string, MockJob>;
  readonly behaviour: Behaviour;
  /** Operations in the order they were accepted, e.g. `CreateStack foundation-prod`, `CreateJob APPLY foundation-prod`. */
  readonly calls: string[];
  /** Requests whose signature verified. */
  signedOk(): number;
  /** Lets requests signed with this API key in (keyId `<tenancy>/<user>/<fingerprint>`). */
  addApiKey(keyId: string, publicKeyPem: string): void;
}

/** Checks an OCI request signature (draft-cavage HTTP signatures, rsa-sha256) and the body digest. */
function verify(req: Recorded, keys: Map<string, string>): string | undefined {
  const sig = parseOciSignature(req.headers.authorization as string | undefined);
  if (!sig) return "no OCI signature";
  const key = keys.get(sig.keyId);
  if (!key) return `unknown keyId ${sig.keyId}`;
  const signed = sig.headers;
  // https://docs.oracle.com/iaas/Content/API/Concepts/signingrequests.htm: (request-target), host and
  // date or x-date on every request; the body headers too on POST and PUT.
  const required = ["(request-target)", "host", ...(req.method === "POST" || req.method === "PUT" ? ["x-content-sha256", "content-type", "content-length"] : [])];
  const absent = required.filter((h) => !signed.includes(h));
  if (!signed.includes("date") && !signed.includes("x-date")) absent.push("date or x-date");
  if (absent.length) return `signature does not cover ${absent.join(", ")}`;
  if (signed.includes("x-content-sha256") && req.headers["x-content-sha256"] !== createHash("sha256").update(req.body, "utf8").digest("base64")) return "x-content-sha256 does not match the body";
  return verifyOciSignature(sig, req.method, req.path, req.headers, key) ? undefined : "signature did not verify";
}

const error = (res: ServerResponse, status: number, code: string, message: string) => sendJson(res, status, { code, message }, { "opc-request-id": "mock" });

function stackJson(s: MockStack) {
  return {
    id: s.id,
    compartmentId: s.compartmentId,
    displayName: s.displayName,
    description: s.description,
    timeCreated: s.timeCreated,
    lifecycleState: s.lifecycleState,
    configSource: { configSourceType: "ZIP_UPLOAD", workingDirectory: null },
    variables: s.variables,
    terraformVersion: s.terraformVersion,
    stackDriftStatus: "NOT_CHECKED",
    freeformTags: s.freeformTags,
    definedTags: {},
    systemTags: {},
  };
}

function summaryJson(s: MockStack) {
  const { id, compartmentId, displayName, description, timeCreated, lifecycleState, terraformVersion, freeformTags } = stackJson(s);
  return { id, compartmentId, displayName, description, timeCreated, lifecycleState, terraformVersion, freeformTags, definedTags: {}, systemTags: {} };
}

function jobJson(j: MockJob) {
  return {
    id: j.id,
    stackId: j.stackId,
    compartmentId: j.compartmentId,
    displayName: j.displayName,
    operation: j.operation,
    jobOperationDetails: j.jobOperationDetails,
    applyJobPlanResolution: j.operation === "APPLY" ? { planJobId: j.jobOperationDetails.executionPlanJobId, isUseLatestJobId: false, isAutoApproved: false } : undefined,
    timeCreated: j.timeCreated,
    timeFinished: j.timeFinished,
    lifecycleState: j.lifecycleState,
    failureDetails: j.failureDetails,
    workingDirectory: null,
    variables: {},
    configSource: { configSourceRecordType: "ZIP_UPLOAD" },
    freeformTags: j.freeformTags,
    definedTags: {},
    systemTags: {},
  };
}

/** Every `${...}` reference of a string, as the addresses Terraform lists in `references`. */
function references(value: string): string[] {
  return [...value.matchAll(/\$\{([^}]*)\}/g)].flatMap((m) => [...m[1].matchAll(/\b((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)/g)].map((r) => r[1]));
}

/** A `terraform show -json` plan of `config` against `state` (managed resources only). */
function planOf(config: any, state: MockStack["state"]): any {
  const changes: any[] = [];
  const configured: any[] = [];
  const addresses = new Set<string>();
  for (const [type, byName] of Object.entries<any>(config.resource ?? {})) {
    for (const [name, body] of Object.entries<any>(byName)) {
      const address = `${type}.${name}`;
      addresses.add(address);
      const after: Record<string, unknown> = {};
      const afterUnknown: Record<string, unknown> = {};
      const expressions: Record<string, unknown> = {};
      for (const [k, v] of Object.entries<any>(body)) {
        if (k === "//" || k === "provider" || k === "lifecycle" || k === "depends_on") continue;
        if (typeof v === "string" && v.includes("${")) {
          after[k] = null;
          afterUnknown[k] = true;
          expressions[k] = { references: references(v) };
        } else {
          after[k] = v;
          expressions[k] = { constant_value: v };
        }
      }
      const existed = state?.resources[address] !== undefined;
      changes.push({ address, mode: "managed", type, name, provider_name: "registry.terraform.io/oracle/oci", change: { actions: [existed ? "no-op" : "create"], before: existed ? state!.resources[address] : null, after, after_unknown: afterUnknown, before_sensitive: existed ? {} : false, after_sensitive: {} } });
      configured.push({ address, mode: "managed", type, name, provider_config_key: "oci", expressions });
    }
  }
  for (const address of Object.keys(state?.resources ?? {})) {
    if (addresses.has(address)) continue;
    const [type, name] = address.split(".");
    changes.push({ address, mode: "managed", type, name, provider_name: "registry.terraform.io/oracle/oci", change: { actions: ["delete"], before: state!.resources[address], after: null, after_unknown: {}, before_sensitive: {}, after_sensitive: false } });
  }
  return { format_version: "1.2", terraform_version: "1.5.7", resource_changes: changes, configuration: { root_module: { resources: configured } } };
}

export async function startResourceManagerMock(): Promise<ResourceManagerMock> {
  const stacks = new Map<string, MockStack>();
  const jobs = new Map<string, MockJob>();
  const calls: string[] = [];
  const behaviour: Behaviour = { failPlan: new Set(), failApply: new Set(), planNotReadyTimes: 1, logChunk: 3, logPageSize: 4, terraformVersions: ["1.0.x", "1.1.x", "1.2.x", "1.5.x"] };
  const rp = resourcePrincipal();
  const keys = new Map<string, string>([[`ST$${rp.token}`, rp.publicKeyPem]]);
  let ok = 0;
  let seq = 0;
  const ocid = (kind: string) => `ocid1.${kind}.oc1.eu-amsterdam-1.mock${String(++seq).padStart(6, "0")}`;
  const clockStart = Date.parse("2025-06-02T10:00:00Z");
  let logClock = clockStart;

  const configOf = (zip: Buffer): { config?: any; problem?: string } => {
    let entries;
    try {
      entries = readZip(zip);
    } catch (e) {
      return { problem: `zipFileBase64Encoded is not a zip archive: ${(e as Error).message}` };
    }
    // https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/terraformconfigresourcemanager.htm
    if (!entries.some((e) => !e.name.includes("/") && e.name.endsWith(".tf"))) return { problem: "the working directory must contain at least one .tf file" };
    if (entries.some((e) => e.name.endsWith(".tfstate") || e.name.split("/").includes(".terraform"))) return { problem: "the configuration must not contain state files or a .terraform directory" };
    const main = entries.find((e) => e.name === "main.tf.json");
    return { config: main ? JSON.parse(main.data.toString("utf8")) : {} };
  };

  const line = (message: string, level: LogEntry["level"] = "INFO"): LogEntry => {
    // Three entries per second, as a busy Terraform run logs them.
    logClock += 333;
    return { type: "TERRAFORM_CONSOLE", level, timestamp: new Date(logClock).toISOString(), message };
  };

  /** Why a plan of `config` fails the way Terraform would, if it does. */
  const dependencyError = (config: any): LogEntry[] | undefined => {
    for (const [name, ds] of Object.entries<any>(config.data?.oci_resourcemanager_stacks ?? {})) {
      const found = [...stacks.values()].filter((s) => s.compartmentId === ds.compartment_id && s.displayName === ds.display_name && s.lifecycleState === "ACTIVE");
      if (found.length !== 1) {
        return [line("╷", "ERROR"), line("│ Error: Resource postcondition failed", "ERROR"), line(`│   on main.tf.json: data.oci_resourcemanager_stacks.${name}`, "ERROR"), line(`│ ${ds.lifecycle?.postcondition?.[0]?.error_message ?? "postcondition failed"}`, "ERROR"), line("╵", "ERROR")];
      }
      if (!found[0].state) {
        return [line("╷", "ERROR"), line("│ Error: Unsupported attribute", "ERROR"), line(`│ ${ds.display_name} has no outputs: its state is empty`, "ERROR"), line("╵", "ERROR")];
      }
    }
    return undefined;
  };

  const startJob = (stack: MockStack, operation: "PLAN" | "APPLY", details: Record<string, unknown>, body: any): MockJob | string => {
    const now = new Date(clockStart + seq * 1000).toISOString();
    const job: MockJob = {
      id: ocid("ormjob"),
      stackId: stack.id,
      compartmentId: stack.compartmentId,
      displayName: body.displayName,
      operation,
      jobOperationDetails: details,
      freeformTags: body.freeformTags ?? {},
      lifecycleState: "ACCEPTED",
      timeCreated: now,
      log: [],
      revealed: 0,
      outcome: "SUCCEEDED",
      config: undefined,
      planReads: 0,
    };
    if (operation === "PLAN") {
      const { config } = configOf(stack.zip);
      job.config = config;
      job.log.push(line(`Terraform v1.5.7`), line("Initializing provider plugins..."), line(""), line(""));
      const failed = dependencyError(config) ?? (behaviour.failPlan.has(stack.displayName) ? [line("╷", "ERROR"), line("│ Error: 400-InvalidParameter, injected plan failure", "ERROR"), line("╵", "ERROR")] : undefined);
      if (failed) {
        job.log.push(...failed);
        job.outcome = "FAILED";
        job.failureDetails = { code: "TERRAFORM_EXECUTION_ERROR", message: "Terraform plan failed; see the job log" };
      } else {
        job.plan = planOf(config, stack.state);
        const rc = job.plan.resource_changes as any[];
        job.log.push(line("Terraform will perform the following actions:"));
        for (const c of rc) if (c.change.actions[0] !== "no-op") job.log.push(line(`  # ${c.address} will be ${c.change.actions[0] === "create" ? "created" : "destroyed"}`));
        const add = rc.filter((c) => c.change.actions.includes("create")).length;
        const del = rc.filter((c) => c.change.actions.includes("delete")).length;
        job.log.push(line(`Plan: ${add} to add, 0 to change, ${del} to destroy.`));
      }
    } else {
      if (details.executionPlanStrategy !== "FROM_PLAN_JOB_ID") return "this mock applies only from a plan job (executionPlanStrategy FROM_PLAN_JOB_ID)";
      const plan = jobs.get(String(details.executionPlanJobId));
      if (!plan || plan.stackId !== stack.id || plan.operation !== "PLAN" || plan.lifecycleState !== "SUCCEEDED") return `executionPlanJobId ${String(details.executionPlanJobId)} is not a succeeded plan job of stack ${stack.id}`;
      job.config = plan.config;
      job.plan = plan.plan;
      job.log.push(line("Terraform v1.5.7"), line("Applying the saved plan..."));
      if (behaviour.failApply.has(stack.displayName)) {
        job.log.push(line("Error: 409-Conflict, injected apply failure", "ERROR"));
        job.outcome = "FAILED";
        job.failureDetails = { code: "TERRAFORM_EXECUTION_ERROR", message: "Terraform apply failed; see the job log" };
      } else {
        job.log.push(line(`Apply complete! Resources: ${(plan.plan.resource_changes as any[]).filter((c) => c.change.actions.includes("create")).length} added, 0 changed, 0 destroyed.`));
      }
    }
    jobs.set(job.id, job);
    return job;
  };

  const advance = (job: MockJob) => {
    if (job.lifecycleState === "ACCEPTED") {
      job.lifecycleState = "IN_PROGRESS";
      return;
    }
    if (job.lifecycleState !== "IN_PROGRESS") return;
    job.revealed = Math.min(job.log.length, job.revealed + behaviour.logChunk);
    if (job.revealed < job.log.length) return;
    job.lifecycleState = job.outcome;
    job.timeFinished = job.log[job.log.length - 1]?.timestamp;
    if (job.operation === "APPLY" && job.outcome === "SUCCEEDED") {
      const stack = stacks.get(job.stackId)!;
      const resources: Record<string, any> = {};
      for (const c of job.plan.resource_changes as any[]) if (!c.change.actions.includes("delete")) resources[c.address] = c.change.after;
      stack.state = { resources, outputs: Object.fromEntries(Object.keys(job.config?.output ?? {}).map((k) => [k, { value: `mock-${k}` }])) };
    }
  };

  const server = await startMock((req, res) => {
    const problem = verify(req, keys);
    if (problem) return error(res, 401, "NotAuthenticated", problem);
    ok++;
    const url = new URL(req.path, "http://mock");
    const path = url.pathname.replace(/^\/20180917/, "");
    const q = url.searchParams;
    const body = req.body ? JSON.parse(req.body) : {};
    let m: RegExpExecArray | null;

    if (req.method === "GET" && path === "/stacks") {
      const items = [...stacks.values()].filter(
        (s) => (!q.get("compartmentId") || s.compartmentId === q.get("compartmentId")) && (!q.get("displayName") || s.displayName === q.get("displayName")) && (!q.get("lifecycleState") || s.lifecycleState === q.get("lifecycleState")),
      );
      return sendJson(res, 200, items.map(summaryJson), { "opc-request-id": "mock" });
    }
    if (req.method === "POST" && path === "/stacks") {
      const d = body;
      if (!d.compartmentId || d.configSource?.configSourceType !== "ZIP_UPLOAD" || typeof d.configSource.zipFileBase64Encoded !== "string") return error(res, 400, "InvalidParameter", "compartmentId and a ZIP_UPLOAD configSource are required");
      if (d.terraformVersion && !behaviour.terraformVersions.includes(d.terraformVersion)) return error(res, 400, "InvalidParameter", `unsupported terraformVersion ${d.terraformVersion}`);
      const zip = Buffer.from(d.configSource.zipFileBase64Encoded, "base64");
      const { problem: bad } = configOf(zip);
      if (bad) return error(res, 400, "InvalidParameter", bad);
      const stack: MockStack = {
        id: ocid("ormstack"),
        compartmentId: d.compartmentId,
        displayName: d.displayName ?? `stack-${seq}`,
        description: d.description,
        lifecycleState: "CREATING",
        creatingReads: 1,
        zip,
        variables: d.variables ?? {},
        terraformVersion: d.terraformVersion ?? "1.2.x",
        freeformTags: d.freeformTags ?? {},
        timeCreated: new Date(clockStart).toISOString(),
      };
      stacks.set(stack.id, stack);
      calls.push(`CreateStack ${stack.displayName}`);
      return sendJson(res, 200, stackJson(stack), { etag: "1", "opc-request-id": "mock", "opc-work-request-id": ocid("ormworkrequest") });
    }
    if ((m = /^\/stacks\/([^/]+)$/.exec(path))) {
      const stack = stacks.get(decodeURIComponent(m[1]));
      if (!stack) return error(res, 404, "NotAuthorizedOrNotFound", "stack not found");
      if (req.method === "GET") {
        const json = stackJson(stack);
        if (stack.lifecycleState === "CREATING" && stack.creatingReads-- <= 0) stack.lifecycleState = "ACTIVE";
        return sendJson(res, 200, json, { etag: "1", "opc-request-id": "mock" });
      }
      if (req.method === "PUT") {
        const d = body;
        if (d.configSource) {
          if (d.configSource.configSourceType !== "ZIP_UPLOAD" || typeof d.configSource.zipFileBase64Encoded !== "string") return error(res, 400, "InvalidParameter", "configSource must be ZIP_UPLOAD with zipFileBase64Encoded");
          const zip = Buffer.from(d.configSource.zipFileBase64Encoded, "base64");
          const { problem: bad } = configOf(zip);
          if (bad) return error(res, 400, "InvalidParameter", bad);
          stack.zip = zip;
        }
        if (d.terraformVersion && !behaviour.terraformVersions.includes(d.terraformVersion)) return error(res, 400, "InvalidParameter", `unsupported terraformVersion ${d.terraformVersion}`);
        if (d.description !== undefined) stack.description = d.description;
        if (d.variables) stack.variables = d.variables;
        if (d.terraformVersion) stack.terraformVersion = d.terraformVersion;
        if (d.freeformTags) stack.freeformTags = d.freeformTags;
        calls.push(`UpdateStack ${stack.displayName}`);
        return sendJson(res, 200, stackJson(stack), { etag: "2", "opc-request-id": "mock" });
      }
    }
    if (req.method === "GET" && path === "/terraformVersions") {
      return sendJson(res, 200, { items: behaviour.terraformVersions.map((name) => ({ name })) }, { "opc-request-id": "mock" });
    }
    if (req.method === "GET" && path === "/jobs") {
      if (!q.get("stackId") && !q.get("compartmentId") && !q.get("id")) return error(res, 400, "InvalidParameter", "one of compartmentId, stackId or id is required");
      let items = [...jobs.values()].filter((j) => (!q.get("stackId") || j.stackId === q.get("stackId")) && (!q.get("lifecycleState") || j.lifecycleState === q.get("lifecycleState")));
      items = items.sort((a, b) => a.timeCreated.localeCompare(b.timeCreated) || a.id.localeCompare(b.id));
      if (q.get("sortOrder") !== "ASC") items.reverse();
      const summaries = items.map((j) => {
        const { id, stackId, compartmentId, displayName, operation, jobOperationDetails, timeCreated, timeFinished, lifecycleState, freeformTags } = jobJson(j);
        return { id, stackId, compartmentId, displayName, operation, jobOperationDetails, timeCreated, timeFinished, lifecycleState, freeformTags, definedTags: {}, systemTags: {} };
      });
      return sendJson(res, 200, summaries, { "opc-request-id": "mock" });
    }
    if (req.method === "POST" && path === "/jobs") {
      const stack = stacks.get(body.stackId);
      if (!stack) return error(res, 404, "NotAuthorizedOrNotFound", "stack not found");
      const details = body.jobOperationDetails ?? {};
      if (details.operation !== "PLAN" && details.operation !== "APPLY") return error(res, 400, "InvalidParameter", `unsupported operation ${details.operation}`);
      const started = startJob(stack, details.operation, details, body);
      if (typeof started === "string") return error(res, 409, "Conflict", started);
      calls.push(`CreateJob ${details.operation} ${stack.displayName}`);
      return sendJson(res, 200, jobJson(started), { etag: "1", "opc-request-id": "mock" });
    }
    if ((m = /^\/jobs\/([^/]+)(\/logs|\/tfPlan)?$/.exec(path)) && req.method === "GET") {
      const job = jobs.get(decodeURIComponent(m[1]));
      if (!job) return error(res, 404, "NotAuthorizedOrNotFound", "job not found");
      if (!m[2]) {
        advance(job);
        return sendJson(res, 200, jobJson(job), { etag: "1", "opc-request-id": "mock" });
      }
      if (m[2] === "/logs") {
        const since = q.get("timestampGreaterThanOrEqualTo");
        if (since !== null && Number.isNaN(Date.parse(since))) return error(res, 400, "InvalidParameter", `timestampGreaterThanOrEqualTo ${since} is not an RFC 3339 timestamp`);
        let entries = job.log.slice(0, job.revealed);
        if (since !== null) entries = entries.filter((e) => Date.parse(e.timestamp) >= Date.parse(since));
        if (q.get("sortOrder") === "DESC") entries = [...entries].reverse();
        const limit = Math.min(Number(q.get("limit") ?? 100), behaviour.logPageSize);
        const start = Number(q.get("page") ?? 0);
        const page = entries.slice(start, start + limit);
        const headers: Record<string, string> = { "opc-request-id": "mock" };
        if (start + limit < entries.length) headers["opc-next-page"] = String(start + limit);
        return sendJson(res, 200, page, headers);
      }
      if (q.get("tfPlanFormat") !== "JSON") return error(res, 400, "InvalidParameter", "this mock serves JSON plans only");
      if (job.operation !== "PLAN" || job.lifecycleState !== "SUCCEEDED") return error(res, 404, "NotAuthorizedOrNotFound", "no plan for this job");
      if (job.planReads++ < behaviour.planNotReadyTimes) return error(res, 409, "Conflict", "The job's plan is still being copied; try again in a second");
      res.writeHead(200, { "Content-Type": "application/json", "opc-request-id": "mock" });
      res.end(JSON.stringify(job.plan));
      return;
    }
    error(res, 404, "NotFound", `no route for ${req.method} ${path}`);
  });
  return Object.assign(server, { stacks, jobs, behaviour, calls, signedOk: () => ok, addApiKey: (keyId: string, pem: string) => void keys.set(keyId, pem) });
}
