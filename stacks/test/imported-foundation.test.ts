/**
 * The pipelines built on a foundation made only of importers: a team whose
 * tenancy already has the function application, vault, key, log group and
 * gateway subnet deploys the same pipeline stacks without a FoundationStack.
 */
import { Testing, TerraformStack } from "cdktf";
import { OciEnvironment } from "../../constructs/core";
import { policyStatements, resourcesOf, synthValid, testOutdir } from "../../constructs/testing";
import { PIPELINES } from "../app";
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

function build() {
  const app = Testing.app({ outdir: testOutdir() });
  const shared = new TerraformStack(app, `shared-${config.name}`);
  new OciEnvironment(shared, { name: config.name, region: config.region, homeRegion: config.homeRegion, tenancyOcid: config.tenancyOcid, compartmentOcid: CMP, auth: { mode: "ApiKey" } });
  const foundation: PipelineFoundation = importFoundation(shared, "foundation", EXISTING);
  const stacks = Object.fromEntries(PIPELINES.map((Pipeline) => new Pipeline(app, config, foundation)).map((s) => [s.node.id, s]));
  return { shared, stacks };
}

let built: ReturnType<typeof build>;
let docs: Record<string, any>;
beforeAll(() => {
  built = build();
  docs = Object.fromEntries(Object.entries(built.stacks).map(([name, stack]) => [name, synthValid(stack)]));
});

describe("pipelines on an imported foundation", () => {
  test("every pipeline stack synthesizes valid JSON without cross-stack references; the imports create nothing", () => {
    expect(Object.keys(docs).sort()).toEqual(["alarm-incident-dev", "object-upload-dev", "order-fanout-dev", "ords-webhook-dev", "resource-alerts-dev", "sms-webhook-dev"]);
    for (const [name, doc] of Object.entries(docs)) expect({ name, remote: doc.data?.terraform_remote_state }).toEqual({ name, remote: undefined });
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
