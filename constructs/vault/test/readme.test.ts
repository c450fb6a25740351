import { readmeExample } from "../../../test/readme/examples";
import { byDisplayNameOf } from "./fixtures";
import { onlyResource, policyStatements, resourcesOf, TEST_COMPARTMENT } from "../../testing";

// The README's examples themselves, extracted from README.md (test/readme/examples.ts).
test("README: the Vault side of the SMS-provider webhook (with the generated secret that continues it)", () => {
  const { doc } = readmeExample("constructs/vault/README.md", 0);
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

test("README: a secret of a vault managed elsewhere is granted in its own compartment", () => {
  const { doc } = readmeExample("constructs/vault/README.md", 2);
  const existing = "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaab2ccredentials";
  expect(resourcesOf(doc, "oci_vault_secret")).toEqual({});
  expect(onlyResource(doc, "oci_functions_function").config).toEqual({ B2C_CREDENTIALS_SECRET_OCID: existing });
  const group = Object.keys(resourcesOf(doc, "oci_identity_dynamic_group"))[0];
  expect(onlyResource(doc, "oci_identity_policy")).toMatchObject({
    compartment_id: "ocid1.compartment.oc1..aaaaaaaasecurity",
    statements: [`Allow dynamic-group \${oci_identity_dynamic_group.${group}.name} to read secret-bundles in compartment id ocid1.compartment.oc1..aaaaaaaasecurity where target.secret.id = '${existing}'`],
  });
});
