/**
 * Running one Resource Manager job to its end: create it, stream its Terraform
 * console log while it runs, and report a failure with the job's error lines.
 * Job lifecycle: ACCEPTED -> IN_PROGRESS -> SUCCEEDED | FAILED | CANCELING -> CANCELED.
 * https://docs.oracle.com/iaas/Content/ResourceManager/Tasks/jobs.htm
 * Log entries ({type, level, timestamp, message}, one Terraform console line each):
 * https://docs.oracle.com/iaas/Content/ResourceManager/Tasks/get-job-logs.htm
 */
import type { Io } from "../cli-io";
import { requests, type models, type ResourceManagerClient } from "oci-resourcemanager";

export type ResourceManagerApi = Pick<
  ResourceManagerClient,
  "listStacks" | "getStack" | "createStack" | "updateStack" | "createJob" | "getJob" | "listJobs" | "getJobLogs" | "getJobTfPlan" | "listTerraformVersions"
>;


export interface Clock {
  sleep(ms: number): Promise<void>;
  now(): number;
}

export const realClock: Clock = { sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: () => Date.now() };

/** A command that cannot go on; the CLI prints the message and exits non-zero. */
export class DeployError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DeployError";
  }
}

/** A job that ended FAILED or CANCELED, with the lines of its log that say why. */
export class JobFailedError extends DeployError {
  constructor(
    public readonly stack: string,
    public readonly job: models.Job,
    public readonly errorLines: readonly string[],
  ) {
    const reason = job.failureDetails ? `${job.failureDetails.code}: ${job.failureDetails.message}` : String(job.lifecycleState);
    super(`${stack}: ${job.operation ?? "job"} job ${job.id} ${String(job.lifecycleState).toLowerCase()} (${reason})${errorLines.length ? `\n${errorLines.map((l) => `  ${l}`).join("\n")}` : ""}`);
    this.name = "JobFailedError";
  }
}

const TERMINAL = new Set(["SUCCEEDED", "FAILED", "CANCELED"]);
const LOG_PAGE = 1000;

interface Printed {
  readonly ts: number;
  readonly level?: string;
  readonly message: string;
}

/**
 * Prints a job's log entries once each, in order, across polls. Each poll asks only for
 * entries at or after the last printed one's second (the API filters by timestamp; the
 * SDK would format a Date query parameter in local time, so the filter is sent as an
 * RFC 3339 UTC string) and skips the entries of that second it already printed.
 */
export class JobLogStream {
  private readonly printed: Printed[] = [];
  private since: number | undefined;

  constructor(
    private readonly api: ResourceManagerApi,
    private readonly jobId: string,
    private readonly print: (line: string) => void,
  ) {}

  async poll(): Promise<void> {
    const entries = await this.fetch();
    let skip = 0;
    if (this.since !== undefined) for (let i = this.printed.length - 1; i >= 0 && this.printed[i].ts >= this.since; i--) skip++;
    for (const e of entries.slice(skip)) {
      const entry: Printed = { ts: new Date(e.timestamp ?? 0).getTime(), level: e.level, message: e.message ?? "" };
      this.printed.push(entry);
      this.print(entry.message);
    }
    const last = this.printed[this.printed.length - 1];
    if (last) this.since = Math.floor(last.ts / 1000) * 1000;
  }

  /** ERROR/FATAL entries, or else Terraform's `Error:` block to the end of the log. */
  errorLines(): string[] {
    const errors = this.printed.filter((e) => e.level === "ERROR" || e.level === "FATAL").map((e) => e.message);
    if (errors.length) return errors;
    const at = this.printed.findIndex((e) => /^\s*(│\s*)?Error: /.test(e.message));
    return at >= 0 ? this.printed.slice(at).map((e) => e.message) : [];
  }

  private async fetch(): Promise<models.LogEntry[]> {
    const out: models.LogEntry[] = [];
    let page: string | undefined;
    const since = this.since === undefined ? undefined : (new Date(this.since).toISOString().replace(/\.\d{3}Z$/, "Z") as unknown as Date);
    do {
      const res = await this.api.getJobLogs({ jobId: this.jobId, sortOrder: requests.GetJobLogsRequest.SortOrder.Asc, limit: LOG_PAGE, page, timestampGreaterThanOrEqualTo: since });
      out.push(...res.items);
      page = res.opcNextPage || undefined;
    } while (page);
    return out;
  }
}

export interface RunJobOptions {
  readonly api: ResourceManagerApi;
  readonly stack: string;
  readonly stackId: string;
  readonly displayName: string;
  readonly operation: models.CreatePlanJobOperationDetails | models.CreateApplyJobOperationDetails;
  readonly freeformTags: Record<string, string>;
  readonly io: Io;
  readonly clock: Clock;
  readonly pollIntervalMs: number;
  readonly timeoutMs: number;
}

/** Creates the job, streams its log until it ends, and returns it when it SUCCEEDED. */
export async function runJob(o: RunJobOptions): Promise<models.Job> {
  const { job } = await o.api.createJob({
    createJobDetails: { stackId: o.stackId, displayName: o.displayName, jobOperationDetails: o.operation, freeformTags: o.freeformTags },
  });
  const id = job.id!;
  o.io.stdout(`[${o.stack}] ${o.operation.operation} job ${id}\n`);
  const logs = new JobLogStream(o.api, id, (line) => o.io.stdout(`[${o.stack}] ${line}\n`));
  const deadline = o.clock.now() + o.timeoutMs;
  for (;;) {
    const { job: current } = await o.api.getJob({ jobId: id });
    // Logs after the state: once the job has ended, its log is complete.
    await logs.poll();
    const state = String(current.lifecycleState);
    if (TERMINAL.has(state)) {
      if (state === "SUCCEEDED") return current;
      throw new JobFailedError(o.stack, current, logs.errorLines());
    }
    if (o.clock.now() > deadline) throw new DeployError(`${o.stack}: ${o.operation.operation} job ${id} still ${state} after ${Math.round(o.timeoutMs / 60000)} min; it keeps running in Resource Manager`);
    await o.clock.sleep(o.pollIntervalMs);
  }
}

/** Reads an SDK binary response body (a web or a node stream). */
export async function readBody(value: unknown): Promise<Buffer> {
  if (value && typeof (value as ReadableStream).getReader === "function") return Buffer.from(await new Response(value as ReadableStream).arrayBuffer());
  const chunks: Buffer[] = [];
  for await (const c of value as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

/**
 * The plan of a finished plan job in `terraform show -json` form (GetJobTfPlan, format JSON).
 * Resource Manager copies job files in the background and answers 409 for about a second
 * after a job ends, so 409 and 404 are retried a few times.
 * https://docs.oracle.com/iaas/Content/ResourceManager/Tasks/get-job-tf-plan.htm
 */
export async function fetchPlanJson(api: ResourceManagerApi, jobId: string, clock: Clock, delayMs: number, attempts = 5): Promise<{ text: string; plan: any }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await api.getJobTfPlan({ jobId, tfPlanFormat: requests.GetJobTfPlanRequest.TfPlanFormat.Json });
      const text = (await readBody(res.value)).toString("utf8");
      return { text, plan: JSON.parse(text) };
    } catch (e) {
      const status = (e as { statusCode?: number }).statusCode;
      if ((status === 409 || status === 404) && attempt < attempts) {
        await clock.sleep(delayMs);
        continue;
      }
      throw new DeployError(`plan of job ${jobId} could not be read: ${(e as Error).message}`);
    }
  }
}

/** `N to add, N to change, N to destroy` of a `terraform show -json` plan (replacements count as add and destroy). */
export function planSummary(plan: any): { add: number; change: number; destroy: number } {
  const counts = { add: 0, change: 0, destroy: 0 };
  for (const rc of Array.isArray(plan?.resource_changes) ? plan.resource_changes : []) {
    const actions: string[] = Array.isArray(rc?.change?.actions) ? rc.change.actions : [];
    if (actions.includes("create")) counts.add++;
    if (actions.includes("delete")) counts.destroy++;
    if (actions.length === 1 && actions[0] === "update") counts.change++;
  }
  return counts;
}
