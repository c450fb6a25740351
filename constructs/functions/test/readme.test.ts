import { readmeExample } from "../../../test/readme/examples";
import { onlyResource, policyStatements, resourcesOf, TEST_COMPARTMENT } from "../../testing";

// The README's example itself, extracted from README.md (test/readme/examples.ts).
test("the README example synthesizes, validates and grants what it says", () => {
  const { doc } = readmeExample("constructs/functions/README.md");
  const secretOcid = "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaaforwarder";
  expect(onlyResource(doc, "oci_functions_function")).toMatchObject({
    display_name: "event-forwarder",
    memory_in_mbs: "256",
    timeout_in_seconds: 60,
    config: { TARGET_URL: "https://hooks.example.com/events", TARGET_CREDENTIALS_SECRET_OCID: secretOcid },
  });
  expect(Object.keys(resourcesOf(doc, "oci_logging_log"))).toHaveLength(1);
  expect(onlyResource(doc, "oci_identity_dynamic_group").name).toMatch(/^dev-fn-event-forwarder-[0-9a-f]{8}$/);
  expect(policyStatements(doc)).toEqual([
    `Allow dynamic-group \${oci_identity_dynamic_group.fn-app_forwarder_identity_group_19BF075C.name} to read secret-bundles in compartment id ${TEST_COMPARTMENT} where target.secret.id = '${secretOcid}'`,
    `Allow service cloudEvents to use functions-family in compartment id ${TEST_COMPARTMENT}`,
  ]);
});
