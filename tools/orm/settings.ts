/**
 * What a synthesized stack tells the Resource Manager tools about itself. The
 * settings travel in the stack's cdk.tf.json (`"//".metadata.resourceManager`,
 * a JSON comment Terraform ignores), so `orm package` and `orm deploy` work on
 * any cdktf app's output without reading the app's configuration.
 */
import { readFileSync } from "node:fs";
import { readSynthesizedStacks } from "../validate";

export interface ResourceManagerStackSettings {
  /** Display name of the Resource Manager stack: the cdktf stack name, unique per compartment. */
  readonly displayName: string;
  /** Compartment the Resource Manager stack lives in. */
  readonly compartmentId: string;
  /** Terraform version Resource Manager runs the stack with, e.g. `1.5.x`. */
  readonly terraformVersion: string;
  /** Region of the stack's resources; the Resource Manager stack is created in it. */
  readonly region: string;
  /** The tenancy's home region (the `home` provider alias). */
  readonly homeRegion: string;
  /** Tenancy OCID the stack was synthesized for. */
  readonly tenancyId: string;
  /** Environment name (`prod`). */
  readonly environment: string;
  /** Pipeline name (`object-upload`). */
  readonly pipeline: string;
}

/**
 * Terraform versions Resource Manager offers are written `<major>.<minor>.x`; ORM stops
 * creating stacks and jobs below 1.5.x on 2026-02-28, and the cross-stack lookup uses data
 * source postconditions (Terraform >= 1.2). The deploy command also checks the version
 * against the service's own list (ListTerraformVersions).
 * https://docs.oracle.com/iaas/Content/ResourceManager/Reference/terraformversions.htm
 */
export const DEFAULT_TERRAFORM_VERSION = "1.5.x";
export const MIN_TERRAFORM_VERSION = [1, 5] as const;
const VERSION = /^(\d+)\.(\d+)\.x$/;

/** Why `version` cannot be used, or undefined when it can. */
export function terraformVersionProblem(version: string): string | undefined {
  const m = VERSION.exec(version);
  if (!m) return `must be a Resource Manager Terraform version such as ${DEFAULT_TERRAFORM_VERSION} (<major>.<minor>.x)`;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  const [minMajor, minMinor] = MIN_TERRAFORM_VERSION;
  if (major < minMajor || (major === minMajor && minor < minMinor)) return `must be ${minMajor}.${minMinor}.x or later (Resource Manager deprecates earlier versions)`;
  return undefined;
}

/** The freeform tags every Resource Manager stack and job of a pipeline carries. */
export function stackTags(settings: ResourceManagerStackSettings, revision?: string): Record<string, string> {
  return { pipeline: settings.pipeline, environment: settings.environment, "managed-by": MANAGED_BY, ...(revision ? { revision } : {}) };
}

/** Value of the `managed-by` tag on stacks this tool creates; it refuses to take over others. */
export const MANAGED_BY = "oci-pipelines";

/** The settings of one synthesized document, or undefined when it is not meant for Resource Manager. */
export function settingsOf(doc: unknown): ResourceManagerStackSettings | undefined {
  const meta = (doc as { "//"?: { metadata?: { resourceManager?: ResourceManagerStackSettings } } })?.["//"]?.metadata?.resourceManager;
  return meta && typeof meta.displayName === "string" ? meta : undefined;
}

export interface SynthesizedOrmStack {
  readonly name: string;
  readonly file: string;
  readonly doc: any;
  /** Stacks this one reads outputs from (cdktf's manifest `dependencies`). */
  readonly dependencies: readonly string[];
  readonly settings?: ResourceManagerStackSettings;
}

/** Every stack of a synth output directory with its document, dependencies and settings. */
export function loadSynthesizedStacks(outdir: string): SynthesizedOrmStack[] {
  // Read here rather than by readSynthesizedStacks, so a missing manifest still fails with the read error.
  const manifest = JSON.parse(readFileSync(`${outdir}/manifest.json`, "utf8"));
  return readSynthesizedStacks(outdir, manifest).map((s) => ({ ...s, settings: settingsOf(s.doc) }));
}

/**
 * `stacks` ordered so every stack comes after the stacks it depends on (among those given);
 * ties keep the manifest order. Throws on a cycle, which cdktf itself already rejects.
 */
export function deployOrder<T extends { name: string; dependencies: readonly string[] }>(stacks: readonly T[]): T[] {
  const byName = new Map(stacks.map((s) => [s.name, s]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: T[] = [];
  const visit = (s: T) => {
    if (done.has(s.name)) return;
    if (visiting.has(s.name)) throw new Error(`stack dependency cycle through ${s.name}`);
    visiting.add(s.name);
    for (const d of s.dependencies) {
      const dep = byName.get(d);
      if (dep) visit(dep);
    }
    visiting.delete(s.name);
    done.add(s.name);
    out.push(s);
  };
  stacks.forEach(visit);
  return out;
}
