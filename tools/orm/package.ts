/**
 * Turns a synthesized stack into a Resource Manager configuration (a zip of
 * `main.tf.json`, `variables.tf` and `schema.yaml`):
 * - no backend: Resource Manager keeps the state;
 * - provider blocks without authentication (Resource Manager authenticates the
 *   provider itself; `region` is the only required field), the region from ORM's
 *   `region` variable and the `home` alias from the tenancy's home-region subscription;
 * - the tenancy OCID from ORM's `tenancy_ocid` variable;
 * - every variable (the stack's sensitive inputs and ORM's own) in `variables.tf`.
 * https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/terraformconfigresourcemanager.htm
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssues, projectValidator, SchemaValidator } from "../validate";
import { JsonVariable, renderVariablesTf } from "./hcl";
import { ORM_VARIABLES, renderSchemaYaml, SchemaOutput } from "./schema-yaml";
import { loadSynthesizedStacks, ResourceManagerStackSettings, SynthesizedOrmStack } from "./settings";
import { writeZip, ZipEntry } from "./zip";

/** Provider arguments that authenticate; Resource Manager supplies authentication itself. */
const AUTH_ARGUMENTS = ["auth", "config_file_profile", "tenancy_ocid", "user_ocid", "fingerprint", "private_key", "private_key_path", "private_key_password"];

/** The data source that finds the tenancy's home region (for the `home` provider alias). */
export const HOME_REGION_DATA = "orm_home_region";
const HOME_REGION = `\${data.oci_identity_region_subscriptions.${HOME_REGION_DATA}.region_subscriptions[0].region_name}`;

export const PACKAGE_FILES = { terraform: "main.tf.json", variables: "variables.tf", schema: "schema.yaml" } as const;

export class PackageError extends Error {
  constructor(
    public readonly stack: string,
    public readonly problems: readonly string[],
  ) {
    super(`${stack}: cannot package for Resource Manager:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "PackageError";
  }
}

export interface StackPackage {
  readonly stack: string;
  /** The adjusted configuration (without variables), as written to `main.tf.json`. */
  readonly terraform: any;
  /** Every variable, as written to `variables.tf`, in declaration order. */
  readonly variables: Record<string, JsonVariable>;
  readonly entries: readonly ZipEntry[];
  readonly zip: Buffer;
}

/** Calls `fn` on every string in `value` (skipping cdktf's `//` comments) and stores what it returns. */
function mapStrings(value: any, fn: (s: string) => string): any {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "//" ? v : mapStrings(v, fn)]));
  }
  return value;
}

function forEachString(value: any, fn: (s: string) => void): void {
  mapStrings(value, (s) => {
    fn(s);
    return s;
  });
}

function standardVariables(s: ResourceManagerStackSettings): Record<string, JsonVariable> {
  return {
    region: {
      type: "string",
      description: "Region of the stack's resources. Resource Manager sets it to the stack's region.",
      default: s.region,
      nullable: false,
      validation: [{ condition: `\${var.region == "${s.region}"}`, error_message: `This configuration was synthesized for ${s.region} (function images, endpoints and names are region-specific): create the Resource Manager stack in ${s.region}.` }],
    },
    tenancy_ocid: {
      type: "string",
      description: "Tenancy OCID. Resource Manager sets it to the stack's tenancy.",
      default: s.tenancyId,
      nullable: false,
      validation: [{ condition: `\${var.tenancy_ocid == "${s.tenancyId}"}`, error_message: `This configuration was synthesized for tenancy ${s.tenancyId}.` }],
    },
  };
}

/** The ORM form of one synthesized document; throws {@link PackageError} listing every problem. */
export function adaptForResourceManager(stack: string, doc: any, s: ResourceManagerStackSettings): { terraform: any; variables: Record<string, JsonVariable> } {
  const problems: string[] = [];
  const { "//": _meta, variable: declared = {}, ...rest } = doc ?? {};
  const tf: any = structuredClone(rest);

  if (tf.terraform?.cloud) problems.push("terraform.cloud is set: HCP Terraform runs cannot move to Resource Manager");
  if (tf.terraform) {
    delete tf.terraform.backend;
    if (!Object.keys(tf.terraform).length) delete tf.terraform;
  }

  let needsHome = false;
  const oci = tf.provider?.oci;
  if (!oci) problems.push("no oracle/oci provider block");
  else {
    const configs: any[] = Array.isArray(oci) ? oci : [oci];
    tf.provider.oci = configs.map((cfg) => {
      const out = Object.fromEntries(Object.entries(cfg).filter(([k]) => !AUTH_ARGUMENTS.includes(k)));
      if (cfg.alias === undefined) {
        if (cfg.region !== s.region) problems.push(`provider.oci: region ${JSON.stringify(cfg.region)} differs from the stack's region ${s.region}`);
        out.region = "${var.region}";
      } else if (cfg.region === s.homeRegion) {
        out.region = HOME_REGION;
        needsHome = true;
      }
      return out;
    });
  }

  if (needsHome) {
    tf.data ??= {};
    tf.data.oci_identity_region_subscriptions ??= {};
    if (tf.data.oci_identity_region_subscriptions[HOME_REGION_DATA]) problems.push(`data.oci_identity_region_subscriptions.${HOME_REGION_DATA} already exists`);
    tf.data.oci_identity_region_subscriptions[HOME_REGION_DATA] = {
      tenancy_id: "${var.tenancy_ocid}",
      filter: [{ name: "is_home_region", values: ["true"] }],
      lifecycle: {
        postcondition: [
          {
            condition: `\${length(self.region_subscriptions) == 1 && self.region_subscriptions[0].region_name == "${s.homeRegion}"}`,
            error_message: `This configuration was synthesized for a tenancy whose home region is ${s.homeRegion}; identity resources are written there.`,
          },
        ],
      },
    };
  }

  // The tenancy OCID comes from Resource Manager's tenancy_ocid variable.
  for (const section of ["resource", "data", "output", "locals", "module"]) {
    if (tf[section]) tf[section] = mapStrings(tf[section], (v) => v.split(s.tenancyId).join("${var.tenancy_ocid}"));
  }

  for (const [name, rs] of Object.entries<any>(tf.data?.terraform_remote_state ?? {})) {
    const path = rs?.config?.path;
    if (rs?.backend !== "local" || typeof path !== "string" || !path.includes("${data.oci_resourcemanager_stack_tf_state.")) {
      problems.push(`data.terraform_remote_state.${name} reads state from the ${JSON.stringify(rs?.backend)} backend, which Resource Manager cannot reach: synthesize its environment with deployment "orm"`);
    }
  }

  const variables: Record<string, JsonVariable> = {};
  for (const name of ORM_VARIABLES) if (declared[name]) problems.push(`the stack declares variable ${name}, which Resource Manager sets itself`);
  Object.assign(variables, standardVariables(s));
  for (const [name, v] of Object.entries<JsonVariable>(declared)) if (!(ORM_VARIABLES as readonly string[]).includes(name)) variables[name] = v;

  forEachString(tf, (str) => {
    for (const m of str.matchAll(/\bvar\.([A-Za-z_][A-Za-z0-9_-]*)/g)) {
      if (!variables[m[1]]) problems.push(`reference to undeclared variable var.${m[1]}`);
    }
  });
  // https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/authoring-configurations.htm (250 variables per stack)
  if (Object.keys(variables).length > 250) problems.push(`${Object.keys(variables).length} variables: Resource Manager allows 250 per stack`);

  if (problems.length) throw new PackageError(stack, [...new Set(problems)]);
  return { terraform: tf, variables };
}

function schemaOutputs(doc: any): Record<string, SchemaOutput> {
  const out: Record<string, SchemaOutput> = {};
  for (const [name, o] of Object.entries<any>(doc.output ?? {})) {
    // cdktf's cross-stack outputs are plumbing for other stacks, not for people.
    if (name.startsWith("cross-stack-output-")) continue;
    out[name] = { description: o.description, sensitive: o.sensitive === true };
  }
  return out;
}

/** Packages one stack; the configuration must pass the offline schema validator. */
export function packageStack(stack: { name: string; doc: any; settings: ResourceManagerStackSettings }, validator: SchemaValidator = projectValidator()): StackPackage {
  const { terraform, variables } = adaptForResourceManager(stack.name, stack.doc, stack.settings);
  const issues = validator.validate(terraform, stack.name);
  if (issues.length) throw new PackageError(stack.name, formatIssues(issues).split("\n"));
  const s = stack.settings;
  const header = [
    `Variables of the cdktf stack ${stack.name}, packaged for OCI Resource Manager by \`oci-pipelines orm package\`.`,
    "Resource Manager sets region and tenancy_ocid itself; the others are the stack's inputs.",
  ];
  const entries: ZipEntry[] = [
    { name: PACKAGE_FILES.terraform, data: Buffer.from(`${JSON.stringify(terraform, null, 2)}\n`) },
    { name: PACKAGE_FILES.variables, data: Buffer.from(renderVariablesTf(variables, header)) },
    {
      name: PACKAGE_FILES.schema,
      data: Buffer.from(
        renderSchemaYaml({
          stack: stack.name,
          description: `Pipeline ${s.pipeline} of environment ${s.environment} (cdktf stack ${stack.name}), deployed by oci-pipelines.`,
          variables,
          outputs: schemaOutputs(terraform),
        }),
      ),
    },
  ];
  return { stack: stack.name, terraform, variables, entries, zip: writeZip(entries) };
}

export interface PackageResult {
  readonly written: ReadonlyArray<{ stack: string; file: string; bytes: number }>;
  /** Stacks not synthesized for Resource Manager, with the reason. */
  readonly skipped: ReadonlyArray<{ stack: string; reason: string }>;
}

/** Stacks of `all` selected by name; throws on a name that is not there. */
export function selectStacks<T extends { name: string }>(all: readonly T[], names: readonly string[] | undefined): T[] {
  if (!names?.length) return [...all];
  const unknown = names.filter((n) => !all.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown stack(s): ${unknown.join(", ")} (have: ${all.map((s) => s.name).join(", ")})`);
  return all.filter((s) => names.includes(s.name));
}

export const NOT_FOR_ORM = 'not synthesized for Resource Manager (its environment has deployment "local")';

/** Packages every Resource Manager stack of a synth output into `<outdir>/orm/<stack>.zip`. */
export function packageSynthOutput(outdir: string, options: { stacks?: readonly string[]; validator?: SchemaValidator } = {}): PackageResult {
  const stacks = selectStacks(loadSynthesizedStacks(outdir), options.stacks);
  const skipped: Array<{ stack: string; reason: string }> = [];
  const packages: StackPackage[] = [];
  const errors: PackageError[] = [];
  for (const s of stacks) {
    if (!s.settings) {
      skipped.push({ stack: s.name, reason: NOT_FOR_ORM });
      continue;
    }
    try {
      packages.push(packageStack(s as SynthesizedOrmStack & { settings: ResourceManagerStackSettings }, options.validator));
    } catch (e) {
      if (e instanceof PackageError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length) throw new AggregatePackageError(errors);
  const dir = join(outdir, "orm");
  mkdirSync(dir, { recursive: true });
  const written = packages.map((p) => {
    const file = join(dir, `${p.stack}.zip`);
    writeFileSync(file, p.zip);
    return { stack: p.stack, file, bytes: p.zip.length };
  });
  return { written, skipped };
}

/** Every stack that failed to package, reported together; nothing is written. */
export class AggregatePackageError extends Error {
  constructor(public readonly errors: readonly PackageError[]) {
    super(errors.map((e) => e.message).join("\n"));
    this.name = "AggregatePackageError";
  }
}
