import { Bucket } from "..";
import { FakeFunction, FUNCTION_COMPARTMENT } from "../../events/test/fake-function";
import { Principals } from "../../iam";
import { onlyResource, policyStatements, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";

test("the README example synthesizes, validates and grants what it says", () => {
  const { stack } = testStack();
  const processor = new FakeFunction(stack, "processor");

  // --- copy of the README example ---
  const inbound = new Bucket(stack, "inbound", { name: "inbound", versioning: "Enabled" });

  const uploads = inbound.onObjectCreated("on-upload", { objectName: "incoming/*" });
  uploads.addTarget(processor);

  inbound.grantRead(Principals.dynamicGroup("reporting"));
  inbound.grantWrite(Principals.group("Uploaders"));
  // --- end of copy ---

  const doc = synthValid(stack);
  expect(onlyResource(doc, "oci_objectstorage_bucket")).toMatchObject({ name: "dev-inbound", versioning: "Enabled", object_events_enabled: true, access_type: "NoPublicAccess" });
  expect(onlyResource(doc, "oci_events_rule")).toMatchObject({
    display_name: "dev-inbound-objectcreated",
    condition: '{"data":{"additionalDetails":{"bucketName":"dev-inbound"},"resourceName":"incoming/*"},"eventType":["com.oraclecloud.objectstorage.createobject"]}',
    actions: { actions: [{ action_type: "FAAS", is_enabled: true, function_id: processor.functionId }] },
  });
  expect(policyStatements(doc)).toEqual([
    `Allow dynamic-group reporting to read objects in compartment id ${TEST_COMPARTMENT} where target.bucket.name = 'dev-inbound'`,
    `Allow group Uploaders to manage objects in compartment id ${TEST_COMPARTMENT} where target.bucket.name = 'dev-inbound'`,
    `Allow service cloudEvents to use functions-family in compartment id ${FUNCTION_COMPARTMENT}`,
  ]);
});
