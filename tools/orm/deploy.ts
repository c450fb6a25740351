/**
 * `oci-pipelines orm deploy <env>`: every synthesized stack of one environment as a
 * Resource Manager stack, in dependency order. Per stack: create or update the ORM
 * stack (configuration zip, variables, Terraform version, tags), run a plan job and
 * stream its log, save the plan JSON, and with `apply` run an apply job from exactly
 * that plan (executionPlanStrategy FROM_PLAN_JOB_ID).
 * https://docs.oracle.com/iaas/Content/ResourceManager/Tasks/create-job-apply.htm
 *
 * Everything that can be checked without changing anything (packaging, Terraform
 * version, existing stacks, missing secrets) is checked for all stacks first.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { requests, type models } from "oci-resourcemanager";
import { JsonVariable } from "./hcl";
import type { Io } from "../cli-io";
import { Clock, DeployError, fetchPlanJson, planSummary, realClock, ResourceManagerApi, runJob } from "./jobs";
import { NOT_FOR_ORM, PackageError, packageStack, selectStacks, StackPackage } from "./package";
import { ORM_VARIABLES } from "./schema-yaml";
import { deployOrder, loadSynthesizedStacks, MANAGED_BY, ResourceManagerStackSettings, stackTags } from "./settings";

export interface DeployOptions {
  /** The cdktf synth output directory. */
  readonly outdir: string;
  readonly environment: string;
  /** Deploy only these stacks (still in dependency order); default all of the environment. */
  readonly stacks?: readonly string[];
  /** Run the apply job after each plan (explicit); otherwise plan only. */
  readonly apply: boolean;
  /** Where each plan's JSON goes, as `<stack>.json`. @default `<outdir>/orm/plans` */
  readonly planDir?: string;
  /** A label of what is deployed (a commit SHA, `pr-42`), put on stacks and jobs as the `revision` tag. */
  readonly revision?: string;
  /** The Resource Manager client for a region. */
  readonly client: (region: string) => ResourceManagerApi;
  readonly io: Io;
  /** Where sensitive inputs come from, as TF_VAR_<name> (like Terraform). @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** @default 5000 */
  readonly pollIntervalMs?: number;
  /** Per job. @default 2 hours */
  readonly timeoutMs?: number;
  readonly clock?: Clock;
}

export interface StackOutcome {
  readonly stack: string;
  readonly stackId: string;
  readonly created: boolean;
  readonly planJobId?: string;
  readonly planFile?: string;
  readonly changes?: { add: number; change: number; destroy: number };
  readonly applyJobId?: string;
  /** Why the stack was not planned. */
  readonly skipped?: string;
}

interface Prepared {
  readonly name: string;
  readonly settings: ResourceManagerStackSettings;
  readonly dependencies: readonly string[];
  readonly pkg: StackPackage;
  readonly existing?: models.Stack;
  readonly variables: Record<string, string>;
}

interface Plan {
  readonly stacks: Prepared[];
  /** Settings of every ORM stack of the environment, selected or not (for dependency look-ups). */
  readonly environment: ReadonlyMap<string, ResourceManagerStackSettings>;
}

/** Jobs after which a stack's state is what its configuration last produced. */
const STATE_CHANGING = new Set(["APPLY", "IMPORT_TF_STATE", "DESTROY", "APPLY_ROLLBACK"]);

/** Whether the stack's latest state-changing job succeeded and left outputs (an apply or an import, not a destroy). */
async function hasOutputs(api: ResourceManagerApi, stackId: string): Promise<boolean> {
  let page: string | undefined;
  do {
    const res = await api.listJobs({ stackId, lifecycleState: "SUCCEEDED", sortBy: requests.ListJobsRequest.SortBy.Timecreated, sortOrder: requests.ListJobsRequest.SortOrder.Desc, page });
    const last = res.items.find((j) => STATE_CHANGING.has(String(j.operation)));
    if (last) return last.operation !== "DESTROY";
    page = res.opcNextPage || undefined;
  } while (page);
  return false;
}

// https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/authoring-configurations.htm (8192 bytes per variable)
const MAX_VARIABLE_BYTES = 8192;

/**
 * The stack's variable values: ORM's region and tenancy (set explicitly, as the console
 * would), then each input from TF_VAR_<name> or else the value the stack already holds.
 * Values are never printed; problems name the variable only.
 */
export function resolveVariables(
  stack: string,
  declared: Record<string, JsonVariable>,
  settings: ResourceManagerStackSettings,
  existing: Record<string, string> | undefined,
  env: NodeJS.ProcessEnv,
): { values: Record<string, string>; problems: string[] } {
  const values: Record<string, string> = { region: settings.region, tenancy_ocid: settings.tenancyId };
  const problems: string[] = [];
  const missing: string[] = [];
  for (const [name, v] of Object.entries(declared)) {
    if ((ORM_VARIABLES as readonly string[]).includes(name)) continue;
    const value = env[`TF_VAR_${name}`] ?? existing?.[name];
    if (value === undefined) {
      if (v.default === undefined) missing.push(name);
      continue;
    }
    if (Buffer.byteLength(value, "utf8") > MAX_VARIABLE_BYTES) problems.push(`${stack}: variable ${name} is longer than ${MAX_VARIABLE_BYTES} bytes (the Resource Manager limit)`);
    values[name] = value;
  }
  if (missing.length) problems.push(`${stack}: no value for ${missing.join(", ")}: set ${missing.map((n) => `TF_VAR_${n}`).join(", ")} (a stack keeps the values of earlier deploys)`);
  return { values, problems };
}

async function listActiveStacks(api: ResourceManagerApi, s: ResourceManagerStackSettings): Promise<models.StackSummary[]> {
  const out: models.StackSummary[] = [];
  let page: string | undefined;
  do {
    const res = await api.listStacks({ compartmentId: s.compartmentId, displayName: s.displayName, lifecycleState: "ACTIVE", page });
    out.push(...res.items.filter((i) => i.displayName === s.displayName));
    page = res.opcNextPage || undefined;
  } while (page);
  return out;
}

async function findStack(api: ResourceManagerApi, s: ResourceManagerStackSettings): Promise<models.Stack | undefined> {
  const found = await listActiveStacks(api, s);
  if (found.length > 1) {
    throw new DeployError(`${s.displayName}: ${found.length} ACTIVE Resource Manager stacks have this name in compartment ${s.compartmentId} (${found.map((f) => f.id).join(", ")}); other stacks find it by name, so delete or rename all but one`);
  }
  if (!found.length) return undefined;
  const { stack } = await api.getStack({ stackId: found[0].id! });
  if (stack.freeformTags?.["managed-by"] !== MANAGED_BY) {
    throw new DeployError(`${s.displayName}: Resource Manager stack ${stack.id} exists but was not created by ${MANAGED_BY} (no freeform tag managed-by=${MANAGED_BY}); rename it, or tag it if it really is this stack`);
  }
  return stack;
}

async function checkTerraformVersions(client: (region: string) => ResourceManagerApi, stacks: readonly { settings: ResourceManagerStackSettings }[]): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Map<string, Promise<Set<string>>>();
  for (const { settings: s } of stacks) {
    const key = `${s.region} ${s.compartmentId}`;
    if (!seen.has(key)) seen.set(key, client(s.region).listTerraformVersions({ compartmentId: s.compartmentId }).then((r) => new Set((r.terraformVersionCollection.items ?? []).map((i) => i.name!))));
    const versions = await seen.get(key)!;
    if (!versions.has(s.terraformVersion)) problems.push(`${s.displayName}: Terraform ${s.terraformVersion} is not offered by Resource Manager in ${s.region} (offered: ${[...versions].sort().join(", ")})`);
  }
  return problems;
}

async function waitForActive(api: ResourceManagerApi, stackId: string, clock: Clock, pollMs: number, timeoutMs: number): Promise<void> {
  const deadline = clock.now() + timeoutMs;
  for (;;) {
    const { stack } = await api.getStack({ stackId });
    if (stack.lifecycleState === "ACTIVE") return;
    if (stack.lifecycleState !== "CREATING") throw new DeployError(`Resource Manager stack ${stackId} is ${stack.lifecycleState}, not ACTIVE`);
    if (clock.now() > deadline) throw new DeployError(`Resource Manager stack ${stackId} still CREATING`);
    await clock.sleep(pollMs);
  }
}

function description(s: ResourceManagerStackSettings): string {
  return `Pipeline ${s.pipeline} of environment ${s.environment} (cdktf stack ${s.displayName}). Managed by ${MANAGED_BY}: change it through the repository, not here.`;
}

/** Read-only checks of every selected stack; throws one error listing every problem. */
async function prepare(o: DeployOptions): Promise<Plan> {
  const all = loadSynthesizedStacks(o.outdir);
  const ofEnv = all.filter((s) => s.settings?.environment === o.environment);
  if (!ofEnv.length) {
    const named = all.filter((s) => s.name.endsWith(`-${o.environment}`)).map((s) => s.name);
    throw new DeployError(
      named.length
        ? `environment ${o.environment}: its stacks (${named.join(", ")}) are ${NOT_FOR_ORM}; deploy them with cdktf deploy, or set deployment: "orm" and synthesize again`
        : `no stack of environment ${o.environment} in ${o.outdir}: run \`npm run synth\` first`,
    );
  }
  const selected = deployOrder(selectStacks(ofEnv, o.stacks)).map((s) => ({ ...s, settings: s.settings! }));
  const problems: string[] = [];
  const packaged: Array<(typeof selected)[number] & { pkg: StackPackage }> = [];
  for (const s of selected) {
    try {
      packaged.push({ ...s, pkg: packageStack(s) });
    } catch (e) {
      if (!(e instanceof PackageError)) throw e;
      problems.push(e.message);
    }
  }
  if (problems.length) throw new DeployError(`nothing was changed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  problems.push(...(await checkTerraformVersions(o.client, packaged)));
  const prepared: Prepared[] = [];
  for (const s of packaged) {
    let existing: models.Stack | undefined;
    try {
      existing = await findStack(o.client(s.settings.region), s.settings);
    } catch (e) {
      if (!(e instanceof DeployError)) throw e;
      problems.push(e.message);
    }
    const vars = resolveVariables(s.name, s.pkg.variables, s.settings, existing?.variables, o.env ?? process.env);
    problems.push(...vars.problems);
    prepared.push({ name: s.name, settings: s.settings, dependencies: s.dependencies, pkg: s.pkg, existing, variables: vars.values });
  }
  if (problems.length) throw new DeployError(`nothing was changed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return { stacks: prepared, environment: new Map(ofEnv.map((s) => [s.name, s.settings!])) };
}

export async function deployEnvironment(o: DeployOptions): Promise<StackOutcome[]> {
  const clock = o.clock ?? realClock;
  const pollMs = o.pollIntervalMs ?? 5000;
  const timeoutMs = o.timeoutMs ?? 2 * 3600 * 1000;
  const planDir = o.planDir ?? join(o.outdir, "orm", "plans");
  const { stacks: prepared, environment } = await prepare(o);
  o.io.stdout(`${o.apply ? "Deploying" : "Planning"} ${prepared.length} stack(s) of ${o.environment} through Resource Manager: ${prepared.map((p) => p.name).join(" -> ")}\n`);

  const created = new Set<string>();
  const ids = new Map<string, string>();
  const withOutputs = new Map<string, boolean>();
  /** Dependencies of `p` without outputs yet: created in this run, or never applied. */
  const withoutOutputs = async (p: Prepared): Promise<string[]> => {
    const missing: string[] = [];
    for (const d of p.dependencies) {
      if (!withOutputs.has(d)) {
        const settings = environment.get(d);
        const id = ids.get(d) ?? (settings ? (await listActiveStacks(o.client(settings.region), settings))[0]?.id : undefined);
        withOutputs.set(d, !created.has(d) && id !== undefined && settings !== undefined && (await hasOutputs(o.client(settings.region), id)));
      }
      if (!withOutputs.get(d)) missing.push(d);
    }
    return missing;
  };
  const outcomes: StackOutcome[] = [];
  for (const p of prepared) {
    const api = o.client(p.settings.region);
    const tags = stackTags(p.settings, o.revision);
    const zipFileBase64Encoded = p.pkg.zip.toString("base64");
    let stackId: string;
    if (p.existing) {
      stackId = p.existing.id!;
      await api.updateStack({
        stackId,
        updateStackDetails: {
          description: description(p.settings),
          configSource: { configSourceType: "ZIP_UPLOAD", zipFileBase64Encoded },
          variables: p.variables,
          terraformVersion: p.settings.terraformVersion,
          freeformTags: tags,
        },
      });
      o.io.stdout(`[${p.name}] updated Resource Manager stack ${stackId}\n`);
    } else {
      const { stack } = await api.createStack({
        createStackDetails: {
          compartmentId: p.settings.compartmentId,
          displayName: p.settings.displayName,
          description: description(p.settings),
          configSource: { configSourceType: "ZIP_UPLOAD", zipFileBase64Encoded },
          variables: p.variables,
          terraformVersion: p.settings.terraformVersion,
          freeformTags: tags,
        },
      });
      stackId = stack.id!;
      created.add(p.name);
      await waitForActive(api, stackId, clock, pollMs, timeoutMs);
      o.io.stdout(`[${p.name}] created Resource Manager stack ${stackId}\n`);
    }

    ids.set(p.name, stackId);

    // Without --apply nothing gets applied, so a dependency without outputs keeps them missing:
    // the plan could only fail where this stack reads them.
    const fresh = o.apply ? [] : await withoutOutputs(p);
    if (fresh.length) {
      const skipped = `not planned: ${fresh.join(", ")} has never been applied, so its outputs do not exist yet (deploy with --apply)`;
      o.io.stdout(`[${p.name}] ${skipped}\n`);
      outcomes.push({ stack: p.name, stackId, created: !p.existing, skipped });
      continue;
    }

    const label = o.revision ? ` ${o.revision}` : "";
    const plan = await runJob({ api, stack: p.name, stackId, displayName: `${p.name} plan${label}`, operation: { operation: "PLAN" }, freeformTags: tags, io: o.io, clock, pollIntervalMs: pollMs, timeoutMs });
    // The plan file is copied about a second after the job ends (see fetchPlanJson).
    await clock.sleep(Math.min(1000, pollMs));
    const { text, plan: planJson } = await fetchPlanJson(api, plan.id!, clock, Math.max(Math.min(1000, pollMs), 10));
    mkdirSync(planDir, { recursive: true });
    const planFile = join(planDir, `${p.name}.json`);
    writeFileSync(planFile, text);
    const changes = planSummary(planJson);
    o.io.stdout(`[${p.name}] plan: ${changes.add} to add, ${changes.change} to change, ${changes.destroy} to destroy (${planFile})\n`);

    let applyJobId: string | undefined;
    if (o.apply) {
      const apply = await runJob({
        api,
        stack: p.name,
        stackId,
        displayName: `${p.name} apply${label}`,
        operation: { operation: "APPLY", executionPlanStrategy: "FROM_PLAN_JOB_ID", executionPlanJobId: plan.id },
        freeformTags: tags,
        io: o.io,
        clock,
        pollIntervalMs: pollMs,
        timeoutMs,
      });
      applyJobId = apply.id;
      o.io.stdout(`[${p.name}] applied\n`);
    }
    outcomes.push({ stack: p.name, stackId, created: !p.existing, planJobId: plan.id, planFile, changes, applyJobId });
  }
  return outcomes;
}
