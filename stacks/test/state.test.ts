import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import { rejected, testStack } from "oci-event-pipelines/testing";
import { ENVIRONMENTS, EnvironmentConfig } from "../environments";
import { configureState } from "../state";

describe("state and deployment target (configureState)", () => {
  const dev = ENVIRONMENTS.find((e) => e.name === "dev")!;
  const outdir = mkdtempSync(join(tmpdir(), "orm-state-"));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  const stateOf = (env: EnvironmentConfig) => {
    const stack = new TerraformStack(new App({ outdir }), `x-${env.name}`);
    configureState(stack, env, "x");
    return stack;
  };
  /** The errors configureState records for `env`, one per line. */
  const errorsOf = (env: EnvironmentConfig) => {
    const stack = new TerraformStack(new App({ outdir }), `x-${env.name}`);
    return rejected(stack, () => configureState(stack, env, "x"));
  };

  test("Resource Manager settings default to the environment's compartment and Terraform 1.5.x, and can be overridden", () => {
    const doc = JSON.parse(JSON.stringify((stateOf({ ...dev, deployment: "orm" }) as any).toTerraform()));
    expect(doc.terraform?.backend).toBeUndefined();
    expect(doc["//"].metadata.resourceManager).toEqual({
      displayName: "x-dev",
      compartmentId: dev.compartmentOcid,
      terraformVersion: "1.5.x",
      region: dev.region,
      homeRegion: dev.homeRegion,
      tenancyId: dev.tenancyOcid,
      environment: "dev",
      pipeline: "x",
    });
    const custom = "ocid1.compartment.oc1..aaaaaaaaormstacks";
    const other = JSON.parse(JSON.stringify((stateOf({ ...dev, deployment: "orm", resourceManager: { compartmentOcid: custom, terraformVersion: "1.9.x" } }) as any).toTerraform()));
    expect(other["//"].metadata.resourceManager).toMatchObject({ compartmentId: custom, terraformVersion: "1.9.x" });
  });

  test("contradictory or unsupported settings are recorded with the field, the value and what is allowed", () => {
    expect(errorsOf({ ...dev, deployment: "orm", remoteState: { bucket: "tf", namespace: "ns" } })).toBe('x-dev: remoteState = "tf" is not allowed: must be unset with deployment "orm": Resource Manager keeps each stack\'s state');
    expect(errorsOf({ ...dev, deployment: "orm", resourceManager: { terraformVersion: "1.2.x" } })).toMatch(/^x-dev\/backend: resourceManager\.terraformVersion = "1\.2\.x" is not allowed: must be 1\.5\.x or later/);
    expect(errorsOf({ ...dev, deployment: "orm", resourceManager: { terraformVersion: "latest" } })).toMatch(/<major>\.<minor>\.x/);
    expect(errorsOf({ ...dev, resourceManager: { terraformVersion: "1.5.x" } })).toMatch(/^x-dev: resourceManager = .* applies only with deployment "orm"/);
    // All at once: both contradictions of one configuration.
    expect(errorsOf({ ...dev, deployment: "orm", remoteState: { bucket: "tf", namespace: "ns" }, resourceManager: { terraformVersion: "1.2.x" } }).split("\n")).toHaveLength(2);
  });

  test("a local deployment keeps its local or S3 backend", () => {
    const local = JSON.parse(JSON.stringify((stateOf(dev) as any).toTerraform()));
    expect(local.terraform.backend).toEqual({ local: { path: "../../../terraform.x-dev.tfstate" } });
    const s3 = JSON.parse(JSON.stringify((stateOf({ ...dev, remoteState: { bucket: "terraform-state", namespace: "examplens", region: "eu-frankfurt-1" } }) as any).toTerraform()));
    expect(s3.terraform.backend.s3).toMatchObject({
      bucket: "terraform-state",
      key: "dev/x-dev.tfstate",
      region: "eu-frankfurt-1",
      endpoints: { s3: "https://examplens.compat.objectstorage.eu-frankfurt-1.oraclecloud.com" },
      skip_region_validation: true,
      skip_credentials_validation: true,
      use_path_style: true,
    });
  });
});

const { resourceManager: _orm, ...prodSettings } = ENVIRONMENTS.find((e) => e.name === "prod")!;
/** prod deployed locally with its state in Object Storage (prod itself deploys through Resource Manager). */
const prod: EnvironmentConfig = { ...prodSettings, deployment: "local", remoteState: { bucket: "terraform-state", namespace: "examplens", region: "eu-frankfurt-1" } };
const backend = (env: EnvironmentConfig) => {
  const { stack } = testStack("order-fanout-prod");
  const errors = rejected(() => configureState(stack, env, "order-fanout"));
  return { errors, s3: JSON.parse(Testing.synth(stack)).terraform.backend.s3 };
};

describe("remote state configuration", () => {
  test("an unknown region or a malformed namespace is refused", () => {
    expect(backend({ ...prod, remoteState: { ...prod.remoteState!, region: "eu-frankfurt-9" } }).errors).toBe(
      'order-fanout-prod: remoteState.region = "eu-frankfurt-9" is not allowed: must be an OCI region identifier of the region table (constructs/core/regions.ts), e.g. eu-frankfurt-1',
    );
    expect(backend({ ...prod, remoteState: { ...prod.remoteState!, namespace: "Example NS" } }).errors).toBe(
      'order-fanout-prod: remoteState.namespace = "Example NS" is not allowed: must be the tenancy\'s Object Storage namespace (lower-case letters and digits)',
    );
  });

  test("the S3-compatible endpoint is in the region's realm domain", () => {
    expect(backend(prod)).toMatchObject({ errors: "", s3: { endpoints: { s3: "https://examplens.compat.objectstorage.eu-frankfurt-1.oraclecloud.com" } } });
    expect(backend({ ...prod, remoteState: { ...prod.remoteState!, region: "eu-frankfurt-2" } })).toMatchObject({
      errors: "",
      s3: { endpoints: { s3: "https://examplens.compat.objectstorage.eu-frankfurt-2.oraclecloud.eu" } },
    });
  });
});
