import { Condition, DynamicGroup, MatchingRule } from "../../iam";
import { FunctionApplication } from "../../functions";
import { Secret, SecretContent } from "..";
import { onlyResource, policyStatements, resourcesOf, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";
import { EXISTING_SECRET, IMAGE, SECURITY_COMPARTMENT, SUBNET, vaultStack } from "./fixtures";
import { Subnet } from "../../network";

describe("secret.grantRead", () => {
  test("a dynamic group: read secret-bundles of exactly this secret, in the secret's compartment", () => {
    const { stack, vault, key, credentials } = vaultStack();
    const secret = new Secret(stack, "b2c", { vault, key, secretName: "b2c-credentials", content: SecretContent.fromSensitiveVariable(credentials) });
    const readers = new DynamicGroup(stack, "readers", {
      name: "sms-readers",
      description: "Functions of the SMS webhook",
      matchingRule: MatchingRule.all(Condition.eq("resource.type", "fnfunc"), Condition.eq("resource.compartment.id", TEST_COMPARTMENT)),
    });
    const grant = secret.grantRead(readers);
    const statement = `Allow dynamic-group \${oci_identity_dynamic_group.readers_group_5E99D5BF.name} to read secret-bundles in compartment id ${TEST_COMPARTMENT} where target.secret.id = '\${oci_vault_secret.b2c_secret_EE4349CB.id}'`;
    const doc = synthValid(stack);
    expect(policyStatements(doc)).toEqual([statement]);
    expect(onlyResource(doc, "oci_identity_policy")).toMatchObject({ provider: "oci.home", compartment_id: TEST_COMPARTMENT, name: "dev-pipeline-grants-3e67976d" });
    expect(grant.policy.statements).toHaveLength(1);
  });

  test("a function: its own dynamic group (resource.id = the function), one statement per secret", () => {
    const { stack, vault, key, credentials } = vaultStack();
    const b2c = new Secret(stack, "b2c", { vault, key, secretName: "b2c-credentials", content: SecretContent.fromSensitiveVariable(credentials) });
    const hmac = new Secret(stack, "hmac", { vault, key, secretName: "forward-hmac", content: SecretContent.generated({ type: "BYTES" }) });
    const app = new FunctionApplication(stack, "sms", { displayName: "sms-webhook", subnets: [Subnet.fromOcid(stack, "sms-subnet", SUBNET)], invokeLogs: false });
    const handler = app.addFunction("handler", { displayName: "sms-handler", image: IMAGE });
    handler.addConfig("B2C_CREDENTIALS_SECRET_OCID", b2c.secretId);
    b2c.grantRead(handler);
    b2c.grantRead(handler); // repeated grants do not repeat the statement
    hmac.grantRead(handler);
    const doc = synthValid(stack);
    const fn = Object.keys(resourcesOf(doc, "oci_functions_function"))[0];
    const dg = Object.keys(resourcesOf(doc, "oci_identity_dynamic_group"))[0];
    expect(onlyResource(doc, "oci_identity_dynamic_group").matching_rule).toBe(`ALL {resource.type = 'fnfunc', resource.id = '\${oci_functions_function.${fn}.id}'}`);
    expect(onlyResource(doc, "oci_functions_function").config).toEqual({ B2C_CREDENTIALS_SECRET_OCID: "${oci_vault_secret.b2c_secret_EE4349CB.id}" });
    const subject = `Allow dynamic-group \${oci_identity_dynamic_group.${dg}.name} to read secret-bundles in compartment id ${TEST_COMPARTMENT}`;
    expect(policyStatements(doc)).toEqual([
      `${subject} where target.secret.id = '\${oci_vault_secret.b2c_secret_EE4349CB.id}'`,
      `${subject} where target.secret.id = '\${oci_vault_secret.hmac_secret_A0923E70.id}'`,
    ]);
  });

  test("an existing secret in a security compartment: the grant policy is attached there", () => {
    const { stack } = testStack();
    const secret = Secret.fromSecretAttributes(stack, "b2c", { secretId: EXISTING_SECRET, compartmentId: SECURITY_COMPARTMENT });
    const fn = new FunctionApplication(stack, "sms", { displayName: "sms-webhook", subnets: [Subnet.fromOcid(stack, "sms-subnet", SUBNET)], invokeLogs: false }).addFunction("handler", { displayName: "sms-handler", image: IMAGE });
    fn.addConfig("B2C_CREDENTIALS_SECRET_OCID", secret.secretId);
    secret.grantRead(fn);
    const doc = synthValid(stack);
    const dg = Object.keys(resourcesOf(doc, "oci_identity_dynamic_group"))[0];
    expect(onlyResource(doc, "oci_identity_policy")).toMatchObject({
      compartment_id: SECURITY_COMPARTMENT,
      statements: [`Allow dynamic-group \${oci_identity_dynamic_group.${dg}.name} to read secret-bundles in compartment id ${SECURITY_COMPARTMENT} where target.secret.id = '${EXISTING_SECRET}'`],
    });
    expect(onlyResource(doc, "oci_functions_function").config).toEqual({ B2C_CREDENTIALS_SECRET_OCID: EXISTING_SECRET });
  });
});
