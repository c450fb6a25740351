/**
 * The pipelines built on a foundation made only of importers: a team whose
 * tenancy already has the function application, vault, key, log group and
 * gateway subnet deploys the same pipeline stacks without a FoundationStack.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Testing, TerraformStack } from "cdktf";
import { OciEnvironment } from "../../constructs/core";
import { policyStatements, rejected, resourcesOf, synthValid, testOutdir, validationErrors } from "../../constructs/testing";
import { listSynthesizedStacks } from "../../tools/validate";
import { buildPipelines } from "../app";
import { ENVIRONMENTS } from "../environments";
import { importFoundation, PipelineFoundation } from "../foundation";

const config = ENVIRONMENTS[0];
const CMP = config.compartmentOcid;
const SECURITY = "ocid1.compartment.oc1..aaaaaaaaexistingsecurity";
const EXISTING = {
  compartmentId: CMP,
  applicationId: "ocid1.fnapp.oc1.eu-frankfurt-1.aaaaaaaaexistingapp",
  applicationName: "platform-functions",
  vaultId: "ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaaexistingvault",
  vaultCompartmentId: SECURITY,
  masterKeyId: "ocid1.key.oc1.eu-frankfurt-1.aaaaaaaaexistingvault.aaaaaaaaexistingkey",
  logGroupId: "ocid1.loggroup.oc1.eu-frankfurt-1.amaaaaaaexistinglogs",
  gatewaySubnetId: "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaexistingpublic",
};

function build(existing: typeof EXISTING = EXISTING, app: App = Testing.app({ outdir: testOutdir() })) {
  const shared = new TerraformStack(app, `shared-${config.name}`);
  new OciEnvironment(shared, { name: config.name, region: config.region, homeRegion: config.homeRegion, tenancyOcid: config.tenancyOcid, compartmentOcid: CMP, auth: { mode: "ApiKey" } });
  const foundation: PipelineFoundation = importFoundation(shared, "foundation", existing);
  const stacks = Object.fromEntries(buildPipelines(app, config, foundation).map((s) => [s.node.id, s]));
  return { app, shared, stacks };
}

let built: ReturnType<typeof build>;
let docs: Record<string, any>;
let outdir: string;
beforeAll(() => {
  // The app's own synthesis (every validation, the schema check, cdktf's cross-stack references), into a fresh directory.
  outdir = mkdtempSync(join(tmpdir(), "imported-foundation-"));
  built = build(EXISTING, new App({ outdir }));
  built.app.synth();
  docs = Object.fromEntries(
    listSynthesizedStacks(outdir)
      .filter((s) => s.name !== built.shared.node.id)
      .map((s) => [s.name, JSON.parse(readFileSync(s.file, "utf8"))]),
  );
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("pipelines on an imported foundation", () => {
  test("every pipeline stack synthesizes valid JSON without references to a foundation stack; the imports create nothing", () => {
    expect(Object.keys(docs).sort()).toEqual(["alarm-incident-dev", "object-upload-dev", "order-fanout-dev", "ords-webhook-dev", "resource-alerts-dev", "sms-webhook-dev"]);
    // Only the alarm stack reads other stacks: the OCIDs of the functions and deployments it watches.
    const remote = Object.fromEntries(Object.entries(docs).map(([name, doc]) => [name, Object.keys(doc.data?.terraform_remote_state ?? {}).sort()]));
    expect(remote).toEqual({
      "alarm-incident-dev": ["object-upload-dev", "order-fanout-dev", "ords-webhook-dev", "resource-alerts-dev", "sms-webhook-dev"].map((s) => `cross-stack-reference-input-${s}`),
      "object-upload-dev": [],
      "order-fanout-dev": [],
      "ords-webhook-dev": [],
      "resource-alerts-dev": [],
      "sms-webhook-dev": [],
    });
    expect(synthValid(built.shared).resource).toBeUndefined();
  });

  test("functions go into the existing application; secrets into the existing vault with its key", () => {
    const doc = docs["object-upload-dev"];
    const fn = Object.values(resourcesOf(doc, "oci_functions_function"))[0] as any;
    expect(fn.application_id).toBe(EXISTING.applicationId);
    const secret = Object.values(resourcesOf(doc, "oci_vault_secret"))[0] as any;
    expect([secret.vault_id, secret.key_id, secret.compartment_id]).toEqual([EXISTING.vaultId, EXISTING.masterKeyId, SECURITY]);
    expect(Object.values(resourcesOf(doc, "oci_identity_dynamic_group")).map((g: any) => g.description)).toEqual([
      "Resource principal of function event-forwarder-oic-forwarder in application platform-functions",
    ]);
  });

  test("the same least-privilege grants: secret reads in the vault's compartment, Events invoke in the application's", () => {
    const doc = docs["object-upload-dev"];
    const [group] = Object.keys(resourcesOf(doc, "oci_identity_dynamic_group"));
    const [secret] = Object.keys(resourcesOf(doc, "oci_vault_secret"));
    expect(policyStatements(doc)).toEqual([
      `Allow dynamic-group \${oci_identity_dynamic_group.${group}.name} to read secret-bundles in compartment id ${SECURITY} where target.secret.id = '\${oci_vault_secret.${secret}.id}'`,
      `Allow service cloudEvents to use functions-family in compartment id ${CMP}`,
    ]);
    expect(Object.values(resourcesOf(doc, "oci_identity_policy")).map((p: any) => [p.compartment_id, p.provider]).sort()).toEqual([
      [CMP, "oci.home"],
      [SECURITY, "oci.home"],
    ]);
  });

  test("the webhook's gateway runs in the existing subnet and logs to the existing log group; its functions are invoked by it", () => {
    const doc = docs["sms-webhook-dev"];
    expect((Object.values(resourcesOf(doc, "oci_apigateway_gateway"))[0] as any).subnet_id).toBe(EXISTING.gatewaySubnetId);
    expect(Object.values(resourcesOf(doc, "oci_logging_log")).map((l: any) => l.log_group_id)).toEqual([EXISTING.logGroupId, EXISTING.logGroupId]);
    expect(resourcesOf(doc, "oci_logging_log_group")).toEqual({});
    expect(policyStatements(doc)).toContain(`Allow any-user to use functions-family in compartment id ${CMP} where ALL {request.principal.type = 'ApiGateway', request.resource.compartment.id = '${CMP}'}`);
    expect(policyStatements(doc).filter((s) => s.includes(`read secret-bundles in compartment id ${SECURITY}`))).toHaveLength(3);
  });
});

describe("an imported foundation with wrong OCIDs", () => {
  const wrong = {
    ...EXISTING,
    applicationId: EXISTING.vaultId, // the vault's OCID where the application's belongs
    masterKeyId: "ocid1.key.oc1.iad.aaaaaaaaexistingkey", // a key of another region (us-ashburn-1)
    gatewaySubnetId: "ocid1.vcn.oc1.eu-frankfurt-1.aaaaaaaaexistingvcn", // the VCN instead of its subnet
  };
  const EXPECTED = [
    `shared-dev/foundation/application: applicationId = "${EXISTING.vaultId}" is not allowed: must be an OCID of the form ocid1.fnapp.<realm>.<region>.<id> (this is a vault OCID)`,
    `shared-dev/foundation/gateway-subnet: ocid = "ocid1.vcn.oc1.eu-frankfurt-1.aaaaaaaaexistingvcn" is not allowed: must be an OCID of the form ocid1.subnet.<realm>.<region>.<id> (this is a vcn OCID)`,
    `shared-dev/foundation/master-key: keyId = "ocid1.key.oc1.iad.aaaaaaaaexistingkey" is not allowed: must be in the environment's region ${config.region} (this key is in us-ashburn-1)`,
  ];

  test("importFoundation records every importer's error, each with its path, field, value and what is allowed", () => {
    const app = Testing.app({ outdir: testOutdir() });
    const shared = new TerraformStack(app, `shared-${config.name}`);
    new OciEnvironment(shared, { name: config.name, region: config.region, homeRegion: config.homeRegion, tenancyOcid: config.tenancyOcid, compartmentOcid: CMP, auth: { mode: "ApiKey" } });
    expect(rejected(shared, () => importFoundation(shared, "foundation", wrong)).split("\n").sort()).toEqual(EXPECTED);
  });

  test("the pipelines built on it add no second report of the same OCIDs: the app's errors are the importers' three", () => {
    const { app } = build(wrong);
    expect(validationErrors(app)).toEqual(EXPECTED);
  });
});
