import { TerraformStack } from "cdktf";
import { Condition, DynamicGroup, Grant, MatchingRule, Policy, PolicyStatement } from "..";
import { OciEnvironment } from "../../core";
import { NotificationTopic } from "../../notifications";
import { onlyResource, policyStatements, resourcesOf, synthValid, TEST_COMPARTMENT, TEST_TENANCY, testStack, rejected } from "../../testing";
import { Secret } from "../../vault";

const DG = "ocid1.dynamicgroup.oc1..aaaaaaaashopinstances";
const SECRET = "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaashopkey";
const SECURITY = "ocid1.compartment.oc1..aaaaaaaasecurity";

describe("DynamicGroup.fromOcid", () => {
  test("a grantee named by OCID; statements stay in the import's stack, in policies of the target's compartment", () => {
    const { app, stack } = testStack("shop-dev");
    const shop = DynamicGroup.fromOcid(stack, "shop-instances", DG);
    // The topic lives in another stack: the statement is still kept by the stack that imported the group.
    const other = new TerraformStack(app, "alerts-dev");
    new OciEnvironment(other, { name: "dev", region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-1", tenancyOcid: TEST_TENANCY, compartmentOcid: TEST_COMPARTMENT, auth: { mode: "ApiKey" } });
    const topic = new NotificationTopic(other, "orders", { name: "orders", allowNoSubscriptions: true });
    expect(topic.grantPublish(shop).text).toBe(`Allow dynamic-group id ${DG} to use ons-topics in compartment id ${TEST_COMPARTMENT}`);
    Secret.fromSecretAttributes(stack, "shop-key", { secretId: SECRET, compartmentId: SECURITY }).grantRead(shop);
    const doc = synthValid(stack);
    expect(policyStatements(doc)).toEqual([
      `Allow dynamic-group id ${DG} to read secret-bundles in compartment id ${SECURITY} where target.secret.id = '${SECRET}'`,
      `Allow dynamic-group id ${DG} to use ons-topics in compartment id ${TEST_COMPARTMENT}`,
    ]);
    expect(Object.values(resourcesOf(doc, "oci_identity_policy")).map((p: any) => [p.compartment_id, p.provider]).sort()).toEqual([
      [SECURITY, "oci.home"],
      [TEST_COMPARTMENT, "oci.home"],
    ]);
    expect(resourcesOf(doc, "oci_identity_dynamic_group")).toEqual({});
    expect(resourcesOf(synthValid(other), "oci_identity_policy")).toEqual({});
  });

  test("refuses an OCID of another kind, and a name", () => {
    const { stack } = testStack();
    expect(rejected(() => DynamicGroup.fromOcid(stack, "g", "ocid1.group.oc1..aaaaaaaaops"))).toMatch(
      'pipeline-dev/g: ocid = "ocid1.group.oc1..aaaaaaaaops" is not allowed: must be an OCID of the form ocid1.dynamicgroup.<realm>.<region>.<id>',
    );
    expect(rejected(() => DynamicGroup.fromOcid(stack, "h", "shop-instances"))).toMatch('pipeline-dev/h: ocid = "shop-instances" is not allowed: must be an OCID of the form ocid1.dynamicgroup.');
  });

  test("a statement naming a dynamic group by id is checked like one naming it by name", () => {
    const { stack } = testStack();
    expect(
      rejected(() =>
        Grant.addToPrincipal({ grantee: { grantPrincipal: { subject: { kind: "dynamic-group", id: "ocid1.group.oc1..x" }, baseConditions: [] } }, verb: "use", resourceType: "ons-topics", compartmentId: TEST_COMPARTMENT, target: stack }),
      ),
    ).toMatch('statement.subject.id = "ocid1.group.oc1..x" is not allowed: must be a dynamic group OCID');
  });
});

describe("allowUnprefixedName on policies and dynamic groups", () => {
  test("names exactly as given", () => {
    const { stack } = testStack();
    new DynamicGroup(stack, "legacy", { name: "shop-instances", description: "Shop VMs", matchingRule: MatchingRule.all(Condition.eq("instance.compartment.id", TEST_COMPARTMENT)), allowUnprefixedName: true });
    new Policy(stack, "ops", {
      name: "ops-admins",
      description: "Operators",
      allowUnprefixedName: true,
      statements: [new PolicyStatement({ subject: { kind: "group", name: "Ops" }, verb: "read", resourceType: "ons-topics", location: { kind: "compartment", compartmentId: TEST_COMPARTMENT } })],
    });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_identity_dynamic_group").name).toBe("shop-instances");
    expect(onlyResource(doc, "oci_identity_policy").name).toBe("ops-admins");
  });
});
