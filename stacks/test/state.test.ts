import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack } from "cdktf";
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

  test("contradictory or unsupported settings fail with the field, the value and what is allowed", () => {
    expect(() => stateOf({ ...dev, deployment: "orm", remoteState: { bucket: "tf", namespace: "ns" } })).toThrow('x-dev: remoteState = "tf" is not allowed: must be unset with deployment "orm"');
    expect(() => stateOf({ ...dev, deployment: "orm", resourceManager: { terraformVersion: "1.2.x" } })).toThrow(/resourceManager\.terraformVersion = "1\.2\.x" is not allowed: must be 1\.5\.x or later/);
    expect(() => stateOf({ ...dev, deployment: "orm", resourceManager: { terraformVersion: "latest" } })).toThrow(/<major>\.<minor>\.x/);
    expect(() => stateOf({ ...dev, resourceManager: { terraformVersion: "1.5.x" } })).toThrow(/resourceManager = .* applies only with deployment "orm"/);
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
