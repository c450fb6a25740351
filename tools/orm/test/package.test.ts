import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ENVIRONMENTS, EnvironmentConfig } from "../../../stacks/environments";
import { synthesizeApp, SynthesizedApp } from "../../../stacks/test/synth-app";
import { formatIssues, projectValidator } from "../../validate";
import { adaptForResourceManager, HOME_REGION_DATA, PackageError, packageStack, packageSynthOutput, PackageResult } from "../package";
import { loadSynthesizedStacks, ResourceManagerStackSettings } from "../settings";
import { readZip } from "../zip";

/** Every environment of the app, deployed through Resource Manager. */
const ORM_ENVIRONMENTS: EnvironmentConfig[] = ENVIRONMENTS.map((e) => ({ ...e, deployment: "orm", remoteState: undefined }));
const terraform = spawnSync("terraform", ["version"], { env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1" } }).status === 0;

let synth: SynthesizedApp;
let result: PackageResult;
const files = new Map<string, Record<string, string>>();

beforeAll(() => {
  synth = synthesizeApp(ORM_ENVIRONMENTS);
  result = packageSynthOutput(synth.outdir);
  for (const w of result.written) files.set(w.stack, Object.fromEntries(readZip(readFileSync(w.file)).map((e) => [e.name, e.data.toString("utf8")])));
});
afterAll(() => synth.cleanup());

const pipelines = () => [...files.keys()].filter((s) => !s.startsWith("foundation-"));
const envOf = (stack: string) => ORM_ENVIRONMENTS.find((e) => stack.endsWith(`-${e.name}`))!;
/** The lines of one top-level entry (`  name:` and what is indented under it) of a YAML mapping section. */
function yamlBlock(yaml: string, section: string, name: string): string {
  const body = yaml.split(`\n${section}:\n`)[1] ?? "";
  const lines = body.split("\n");
  const start = lines.indexOf(`  ${name}:`);
  if (start < 0) return "";
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("    "));
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}

describe("orm package", () => {
  test("every stack of every environment becomes <stack>.zip with main.tf.json, variables.tf and schema.yaml", () => {
    expect([...files.keys()].sort()).toEqual(Object.keys(synth.stacks).sort());
    expect(files.size).toBe(7 * ORM_ENVIRONMENTS.length);
    for (const [stack, f] of files) expect({ stack, entries: Object.keys(f) }).toEqual({ stack, entries: ["main.tf.json", "variables.tf", "schema.yaml"] });
    expect(result.skipped).toEqual([]);
  });

  test("every packaged configuration passes the offline schema validator", () => {
    const validator = projectValidator();
    const issues = [...files].flatMap(([stack, f]) => validator.validate(JSON.parse(f["main.tf.json"]), stack));
    expect(formatIssues(issues)).toBe("");
  });

  test("no backend, no provider authentication; the region from ORM's region variable, the home alias from the tenancy's home-region subscription", () => {
    for (const [stack, f] of files) {
      const doc = JSON.parse(f["main.tf.json"]);
      const env = envOf(stack);
      expect({ stack, backend: doc.terraform.backend }).toEqual({ stack, backend: undefined });
      expect(doc.terraform.required_providers.oci).toEqual({ source: "oracle/oci", version: "7.27.0" });
      expect(doc.provider.oci).toEqual([
        { region: "${var.region}" },
        { alias: "home", region: `\${data.oci_identity_region_subscriptions.${HOME_REGION_DATA}.region_subscriptions[0].region_name}` },
      ]);
      const home = doc.data.oci_identity_region_subscriptions[HOME_REGION_DATA];
      expect(home.tenancy_id).toBe("${var.tenancy_ocid}");
      expect(home.filter).toEqual([{ name: "is_home_region", values: ["true"] }]);
      expect(home.lifecycle.postcondition[0].condition).toContain(`region_name == "${env.homeRegion}"`);
      expect(doc["//"]).toBeUndefined();
    }
  });

  test("the tenancy OCID comes from ORM's tenancy_ocid variable, nowhere literally", () => {
    for (const [stack, f] of files) {
      expect({ stack, literal: f["main.tf.json"].includes(envOf(stack).tenancyOcid) }).toEqual({ stack, literal: false });
    }
    // dynamic groups live in the tenancy
    const groups = Object.values<any>(JSON.parse(files.get("order-fanout-prod")!["main.tf.json"]).resource.oci_identity_dynamic_group);
    expect(groups.map((g) => g.compartment_id)).toEqual(groups.map(() => "${var.tenancy_ocid}"));
  });

  test("variables.tf declares ORM's region and tenancy_ocid and each sensitive input; every var reference resolves", () => {
    for (const [stack, f] of files) {
      const declared = [...f["variables.tf"].matchAll(/^variable "([^"]+)" \{/gm)].map((m) => m[1]);
      const synthesized = Object.keys(synth.stacks[stack].variable ?? {});
      expect({ stack, declared }).toEqual({ stack, declared: ["region", "tenancy_ocid", ...synthesized] });
      const referenced = new Set([...f["main.tf.json"].matchAll(/\bvar\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]));
      for (const r of referenced) expect({ stack, r, declared: declared.includes(r) }).toEqual({ stack, r, declared: true });
      for (const name of synthesized) {
        const block = f["variables.tf"].split(`variable "${name}" {`)[1].split("\n}")[0];
        expect({ stack, name, block }).toEqual({ stack, name, block: expect.stringMatching(/sensitive\s+= true/) });
      }
      expect(f["variables.tf"]).toContain(`condition     = var.region == "${envOf(stack).region}"`);
    }
  });

  test("schema.yaml shows each input with its description and marks secrets sensitive; ORM's own variables are hidden", () => {
    for (const [stack, f] of files) {
      const yaml = f["schema.yaml"];
      expect(yaml).toMatch(/^schemaVersion: "1\.1\.0"$/m);
      expect(yaml).toContain(`title: "${stack}"`);
      for (const [name, v] of Object.entries<any>(synth.stacks[stack].variable ?? {})) {
        const block = yamlBlock(yaml, "variables", name);
        expect({ stack, name, block }).toEqual({
          stack,
          name,
          block: [`  ${name}:`, "    type: password", `    title: "${name}"`, `    description: ${JSON.stringify(v.description)}`, "    required: true", "    sensitive: true"].join("\n"),
        });
      }
      expect(yaml).toContain('  - title: "Set by Resource Manager"\n    visible: false\n    variables:\n      - region\n      - tenancy_ocid');
    }
    const outputs = yamlBlock(files.get("sms-webhook-prod")!["schema.yaml"], "outputs", "gateway_endpoint");
    expect(outputs).toContain("type: copyableString");
    expect(files.get("foundation-prod")!["schema.yaml"]).not.toContain("cross-stack-output-");
  });

  test("pipelines read the foundation through its Resource Manager state: stacks lookup by name, state download, local remote state", () => {
    for (const stack of pipelines()) {
      const env = envOf(stack);
      const data = JSON.parse(files.get(stack)!["main.tf.json"]).data;
      const input = `cross-stack-reference-input-foundation-${env.name}`;
      expect(data.oci_resourcemanager_stacks[`${input}-stack`]).toMatchObject({ compartment_id: env.compartmentOcid, display_name: `foundation-${env.name}`, state: "ACTIVE" });
      expect(data.oci_resourcemanager_stacks[`${input}-stack`].lifecycle.postcondition[0].condition).toBe("${length(self.stacks) == 1}");
      expect(data.oci_resourcemanager_stack_tf_state[`${input}-state`]).toMatchObject({
        stack_id: `\${data.oci_resourcemanager_stacks.${input}-stack.stacks[0].id}`,
        local_path: `foundation-${env.name}.tfstate`,
      });
      expect(data.terraform_remote_state[input]).toEqual({ backend: "local", config: { path: `\${data.oci_resourcemanager_stack_tf_state.${input}-state.local_path}` } });
      // construct code is unchanged: the function still takes the application from the remote state
      const fn = Object.values<any>(JSON.parse(files.get(stack)!["main.tf.json"]).resource.oci_functions_function)[0];
      expect(fn.application_id).toMatch(new RegExp(`^\\$\\{data\\.terraform_remote_state\\.${input}\\.outputs\\.`));
    }
  });

  test("packaging is reproducible: the same synth output gives the same bytes", () => {
    const stack = loadSynthesizedStacks(synth.outdir).find((s) => s.name === "sms-webhook-dev")!;
    const again = packageStack({ name: stack.name, doc: stack.doc, settings: stack.settings! });
    expect(again.zip.equals(readFileSync(join(synth.outdir, "orm", "sms-webhook-dev.zip")))).toBe(true);
  });

  (terraform ? test : test.skip)("Terraform itself loads every packaged configuration (terraform providers) and finds variables.tf formatted (terraform fmt)", () => {
    // Without the provider binary `terraform validate` cannot run; `providers` parses and loads
    // the whole configuration (both files: duplicate or malformed blocks fail it).
    const dir = mkdtempSync(join(tmpdir(), "orm-tf-"));
    const env = { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
    try {
      for (const [stack, f] of files) {
        mkdirSync(join(dir, stack));
        for (const [name, text] of Object.entries(f)) writeFileSync(join(dir, stack, name), text);
      }
      const fmt = spawnSync("terraform", ["fmt", "-check", "-recursive", "-diff", dir], { env, encoding: "utf8" });
      expect(fmt.stdout + fmt.stderr).toBe("");
      for (const stack of ["foundation-prod", "sms-webhook-prod", "resource-alerts-dev"]) {
        const run = spawnSync("terraform", ["providers"], { cwd: join(dir, stack), env, encoding: "utf8" });
        expect({ stack, status: run.status, err: run.stderr }).toEqual({ stack, status: 0, err: "" });
        expect(run.stdout).toContain("provider[registry.terraform.io/oracle/oci] 7.27.0");
      }
      expect(existsSync(join(dir, "foundation-prod", ".terraform"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("orm package refuses what Resource Manager cannot run", () => {
  const settings: ResourceManagerStackSettings = {
    displayName: "x-dev",
    compartmentId: "ocid1.compartment.oc1..aaaaaaaaexample",
    terraformVersion: "1.5.x",
    region: "eu-frankfurt-1",
    homeRegion: "eu-frankfurt-1",
    tenancyId: "ocid1.tenancy.oc1..aaaaaaaaexample",
    environment: "dev",
    pipeline: "x",
  };
  const base = () => ({
    terraform: { required_providers: { oci: { source: "oracle/oci", version: "7.27.0" } }, backend: { local: { path: "x.tfstate" } } },
    provider: { oci: [{ region: "eu-frankfurt-1", auth: "SecurityToken", config_file_profile: "dev" }] },
    resource: { oci_ons_notification_topic: { t: { compartment_id: "ocid1.compartment.oc1..aaaaaaaaexample", name: "t" } } },
  });

  test("auth arguments and the backend are dropped", () => {
    const { terraform: tf } = adaptForResourceManager("x-dev", base(), settings);
    expect(tf.provider.oci).toEqual([{ region: "${var.region}" }]);
    expect(tf.terraform.backend).toBeUndefined();
  });

  test("every problem of a stack is reported at once", () => {
    const doc: any = base();
    doc.provider.oci[0].region = "us-ashburn-1";
    doc.variable = { region: { type: "string" } };
    doc.resource.oci_ons_notification_topic.t.description = "${var.missing}";
    doc.data = { terraform_remote_state: { other: { backend: "local", config: { path: "../../../terraform.foundation-dev.tfstate" } } } };
    let error: PackageError | undefined;
    try {
      adaptForResourceManager("x-dev", doc, settings);
    } catch (e) {
      error = e as PackageError;
    }
    expect(error).toBeInstanceOf(PackageError);
    expect(error!.problems).toEqual([
      'provider.oci: region "us-ashburn-1" differs from the stack\'s region eu-frankfurt-1',
      'data.terraform_remote_state.other reads state from the "local" backend, which Resource Manager cannot reach: synthesize its environment with deployment "orm"',
      "the stack declares variable region, which Resource Manager sets itself",
      "reference to undeclared variable var.missing",
    ]);
  });

  test("stacks of a local deployment are skipped, with the reason", () => {
    const local = synthesizeApp([ENVIRONMENTS.find((e) => e.name === "dev")!]);
    try {
      const r = packageSynthOutput(local.outdir);
      expect(r.written).toEqual([]);
      expect(r.skipped.map((s) => s.stack).sort()).toEqual(Object.keys(local.stacks).sort());
      expect(r.skipped[0].reason).toMatch(/deployment "local"/);
      expect(() => packageSynthOutput(local.outdir, { stacks: ["nope-dev"] })).toThrow(/unknown stack\(s\): nope-dev/);
    } finally {
      local.cleanup();
    }
  });
});
