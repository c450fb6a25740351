import { TerraformVariable } from "cdktf";
import { FunctionApplication } from "../../functions";
import { Subnet } from "../../network";
import { Secret, SecretContent, Vault } from "..";
import { byDisplayNameOf, IMAGE, SUBNET } from "./fixtures";
import { onlyResource, policyStatements, resourcesOf, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";

// A copy of the README example; keep the two in step.
test("README: the Vault side of the SMS-provider webhook", () => {
  const { stack } = testStack();
  const privateSubnet = Subnet.fromOcid(stack, "private-subnet", SUBNET);
  const ocirPath = IMAGE.slice(0, IMAGE.lastIndexOf("/"));

  const vault = new Vault(stack, "vault", { displayName: "sms-webhook-secrets" });
  const key = vault.addKey("key", { displayName: "sms-webhook-secrets-key" }); // AES-256, HSM

  const b2cValue = new TerraformVariable(stack, "b2c_credentials", { type: "string", sensitive: true, description: "SMS provider B2C API credentials (JSON)" });
  const signingValue = new TerraformVariable(stack, "webhook_signing_key", { type: "string", sensitive: true, description: "Key the SMS provider signs webhook calls with" });

  const b2cCredentials = new Secret(stack, "b2c-credentials", {
    vault, key, secretName: "sms-b2c-credentials", description: "SMS provider B2C API credentials",
    content: SecretContent.fromSensitiveVariable(b2cValue),
    expiry: { versionExpiryInterval: "P90D" },
  });
  const signingKey = new Secret(stack, "webhook-signing-key", {
    vault, key, secretName: "sms-webhook-signing-key",
    content: SecretContent.fromSensitiveVariable(signingValue),
  });

  const app = new FunctionApplication(stack, "sms", { displayName: "sms-webhook", subnets: [privateSubnet] });

  const authorizer = app.addFunction("authorizer", { displayName: "sms-authorizer", image: `${ocirPath}/sms-authorizer:1.0.0` });
  authorizer.addConfig("WEBHOOK_SIGNING_KEY_SECRET_OCID", signingKey.secretId);
  signingKey.grantRead(authorizer);

  const handler = app.addFunction("handler", { displayName: "sms-handler", image: `${ocirPath}/sms-handler:1.0.0` });
  handler.addConfig("B2C_CREDENTIALS_SECRET_OCID", b2cCredentials.secretId);
  b2cCredentials.grantRead(handler);

  new Secret(stack, "forward-hmac", { vault, key, secretName: "sms-forward-hmac", content: SecretContent.generated({ type: "BYTES", template: "BYTES_1024" }) });

  const doc = synthValid(stack);
  const secrets = byDisplayNameOf(doc, "oci_vault_secret", "secret_name");
  expect(secrets["sms-b2c-credentials"].secret_content).toEqual({ content_type: "BASE64", content: "${base64encode(var.b2c_credentials)}" });
  expect(secrets["sms-webhook-signing-key"].secret_content).toEqual({ content_type: "BASE64", content: "${base64encode(var.webhook_signing_key)}" });
  expect(secrets["sms-forward-hmac"].secret_generation_context).toEqual({ generation_type: "BYTES", generation_template: "BYTES_1024" });

  const secretAddress = Object.fromEntries(Object.entries(resourcesOf(doc, "oci_vault_secret")).map(([address, body]) => [body.secret_name, address]));
  const secretRef = (name: string) => `\${oci_vault_secret.${secretAddress[name]}.id}`;
  const functions = byDisplayNameOf(doc, "oci_functions_function", "display_name");
  expect(functions["sms-authorizer"].config).toEqual({ WEBHOOK_SIGNING_KEY_SECRET_OCID: secretRef("sms-webhook-signing-key") });
  expect(functions["sms-handler"].config).toEqual({ B2C_CREDENTIALS_SECRET_OCID: secretRef("sms-b2c-credentials") });

  const groups = Object.keys(resourcesOf(doc, "oci_identity_dynamic_group")).sort();
  expect(groups).toHaveLength(2);
  const [authorizerGroup, handlerGroup] = groups;
  expect(policyStatements(doc)).toEqual([
    `Allow dynamic-group \${oci_identity_dynamic_group.${authorizerGroup}.name} to read secret-bundles in compartment id ${TEST_COMPARTMENT} where target.secret.id = '${secretRef("sms-webhook-signing-key")}'`,
    `Allow dynamic-group \${oci_identity_dynamic_group.${handlerGroup}.name} to read secret-bundles in compartment id ${TEST_COMPARTMENT} where target.secret.id = '${secretRef("sms-b2c-credentials")}'`,
  ]);
  expect(onlyResource(doc, "oci_kms_key").protection_mode).toBe("HSM");
});
