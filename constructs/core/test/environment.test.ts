import { App, TerraformStack, Testing } from "cdktf";
import { rejected, testOutdir } from "../../testing";
import { authFromEnvironment, OciEnvironment, OciEnvironmentProps } from "../environment";

const BASE = { name: "dev", tenancyOcid: "ocid1.tenancy.oc1..aaaa", compartmentOcid: "ocid1.compartment.oc1..bbbb" };

const synthProviders = (settings: Omit<OciEnvironmentProps, keyof typeof BASE> & Partial<OciEnvironmentProps>) => {
  const stack = new TerraformStack(Testing.app({ outdir: testOutdir() }), "s");
  new OciEnvironment(stack, { ...BASE, ...settings });
  return JSON.parse(Testing.synth(stack)).provider.oci;
};

describe("OciEnvironment", () => {
  test("a regional provider and a home-region alias for identity writes", () => {
    expect(synthProviders({ region: "eu-amsterdam-1", homeRegion: "eu-frankfurt-1", auth: { mode: "ApiKey" } })).toEqual([
      { auth: "ApiKey", region: "eu-amsterdam-1" },
      { alias: "home", auth: "ApiKey", region: "eu-frankfurt-1" },
    ]);
  });

  test.each([
    [{ mode: "SecurityToken", configFileProfile: "ci" } as const, { auth: "SecurityToken", config_file_profile: "ci" }],
    [{ mode: "InstancePrincipal" } as const, { auth: "InstancePrincipal" }],
    [{ mode: "ResourcePrincipal" } as const, { auth: "ResourcePrincipal" }],
  ])("auth %j", (auth, expected) => {
    const [regional, home] = synthProviders({ region: "us-ashburn-1", homeRegion: "us-ashburn-1", auth });
    expect(regional).toEqual({ ...expected, region: "us-ashburn-1" });
    expect(home).toEqual({ ...expected, alias: "home", region: "us-ashburn-1" });
  });

  test("rejects a malformed region, naming the path and field", () => {
    expect(rejected(() => synthProviders({ region: "Frankfurt", homeRegion: "eu-frankfurt-1" }))).toMatch(
      's/oci-environment: region = "Frankfurt" is not allowed: must be an OCI region identifier such as eu-frankfurt-1',
    );
  });

  test.each([
    ["name", "Dev-1", "must be 1-12 lower-case letters or digits"],
    ["tenancyOcid", "ocid1.compartment.oc1..aaaa", "must be an OCID of the form ocid1.tenancy"],
    ["compartmentOcid", "my-compartment", "must be a compartment or tenancy OCID"],
  ])("rejects a malformed %s", (field, value, allowed) => {
    expect(rejected(() => synthProviders({ region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-1", [field]: value }))).toMatch(`s/oci-environment: ${field} = "${value}" is not allowed: ${allowed}`);
  });

  test("rejects SecurityToken without a profile", () => {
    expect(rejected(() => synthProviders({ region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-1", auth: { mode: "SecurityToken" } as any }))).toMatch(/auth.configFileProfile = \(not set\)/);
  });

  test("constructs find the providers of their stack, and fail clearly when there are none", () => {
    const app = new App({ outdir: testOutdir() });
    const stack = new TerraformStack(app, "with");
    const env = new OciEnvironment(stack, { ...BASE, region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-1" });
    expect(OciEnvironment.of(stack)).toBe(env);
    expect(env.uniqueName("alerts")).toBe("dev-alerts");
    expect(env.uniqueName("alerts", { allowUnprefixedName: true })).toBe("alerts");
    const bare = new TerraformStack(app, "without");
    expect(() => OciEnvironment.of(bare)).toThrow(/stack without has no OCI environment/);
  });
});

describe("authFromEnvironment", () => {
  test("reads the OCI CLI variables", () => {
    expect(authFromEnvironment({ OCI_CLI_AUTH: "security_token", OCI_CLI_PROFILE: "dev" })).toEqual({ mode: "SecurityToken", configFileProfile: "dev" });
    expect(authFromEnvironment({ OCI_CLI_AUTH: "instance_principal" })).toEqual({ mode: "InstancePrincipal" });
    expect(authFromEnvironment({ OCI_CLI_AUTH: "ResourcePrincipal" })).toEqual({ mode: "ResourcePrincipal" });
    expect(authFromEnvironment({ OCI_CLI_AUTH: "api_key", OCI_CLI_PROFILE: "ops" })).toEqual({ mode: "ApiKey", configFileProfile: "ops" });
    expect(authFromEnvironment({})).toBeUndefined();
  });

  test("read by an OciEnvironment, a bad OCI_CLI_AUTH is one of the run's errors (and the API-key default applies)", () => {
    const previous = process.env.OCI_CLI_AUTH;
    process.env.OCI_CLI_AUTH = "password";
    try {
      const stack = new TerraformStack(Testing.app({ outdir: testOutdir() }), "s");
      expect(rejected(stack, () => new OciEnvironment(stack, { ...BASE, region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-1" }))).toBe(
        's/oci-environment: environment OCI_CLI_AUTH = "password" is not allowed: must be one of api_key, security_token, instance_principal, resource_principal (or ApiKey, SecurityToken, InstancePrincipal, ResourcePrincipal)',
      );
      expect(JSON.parse(Testing.synth(stack)).provider.oci[0].auth).toBe("ApiKey");
    } finally {
      if (previous === undefined) delete process.env.OCI_CLI_AUTH;
      else process.env.OCI_CLI_AUTH = previous;
    }
  });

  test("rejects unknown modes and a token mode without profile", () => {
    expect(() => authFromEnvironment({ OCI_CLI_AUTH: "password" })).toThrow('environment: OCI_CLI_AUTH = "password" is not allowed: must be one of api_key, security_token');
    expect(() => authFromEnvironment({ OCI_CLI_AUTH: "security_token" })).toThrow(/OCI_CLI_PROFILE/);
  });
});
