import { readmeExample } from "../../../test/readme/examples";
import { onlyResource, policyStatements, TEST_COMPARTMENT } from "../../testing";

// The README's example itself, extracted from README.md (test/readme/examples.ts).
test("the README example synthesizes, validates and grants what it says", () => {
  const { doc } = readmeExample("constructs/streaming/README.md");
  expect(onlyResource(doc, "oci_streaming_stream")).toEqual({ name: "audit-events", partitions: 2, retention_in_hours: 72, compartment_id: TEST_COMPARTMENT, freeform_tags: {} });
  expect(onlyResource(doc, "oci_events_rule").actions.actions).toMatchObject([{ action_type: "OSS" }]);
  expect(policyStatements(doc)).toEqual([
    `Allow dynamic-group shop-app to use stream-push in compartment id ${TEST_COMPARTMENT}`,
    `Allow group SecurityAnalysts to use stream-pull in compartment id ${TEST_COMPARTMENT}`,
    `Allow service cloudEvents to use stream-push in compartment id ${TEST_COMPARTMENT}`,
  ]);
});
