import { readmeExample } from "../../../test/readme/examples";
import { FUNCTION_COMPARTMENT } from "../../events/test/fake-function";
import { onlyResource, policyStatements, resourcesOf, TEST_COMPARTMENT } from "../../testing";

// The README's example itself, extracted from README.md (test/readme/examples.ts).
test("the README example synthesizes, validates and grants what it says", () => {
  const { doc } = readmeExample("constructs/objectstorage/README.md");
  const processor = Object.keys(resourcesOf(doc, "oci_functions_function"))[0];
  expect(onlyResource(doc, "oci_objectstorage_bucket")).toMatchObject({ name: "dev-inbound", versioning: "Enabled", object_events_enabled: true, access_type: "NoPublicAccess" });
  expect(onlyResource(doc, "oci_events_rule")).toMatchObject({
    display_name: "dev-inbound-objectcreated",
    condition: '{"data":{"additionalDetails":{"bucketName":"dev-inbound"},"resourceName":"incoming/*"},"eventType":["com.oraclecloud.objectstorage.createobject"]}',
    actions: { actions: [{ action_type: "FAAS", is_enabled: true, function_id: `\${oci_functions_function.${processor}.id}` }] },
  });
  expect(policyStatements(doc)).toEqual([
    `Allow dynamic-group reporting to read objects in compartment id ${TEST_COMPARTMENT} where target.bucket.name = 'dev-inbound'`,
    `Allow group Uploaders to manage objects in compartment id ${TEST_COMPARTMENT} where target.bucket.name = 'dev-inbound'`,
    `Allow service cloudEvents to use functions-family in compartment id ${FUNCTION_COMPARTMENT}`,
  ]);
});
