import { readmeExample } from "../../../test/readme/examples";
import { onlyResource, policyStatements, TEST_COMPARTMENT } from "..";

// The README's example, extracted from README.md: what its comments claim about `doc`.
test("the README example's document holds the topic and the grant its comments name", () => {
  const { doc } = readmeExample("constructs/testing/README.md").scope;
  expect(onlyResource(doc, "oci_ons_notification_topic").name).toBe("dev-alerts");
  expect(policyStatements(doc)).toEqual([`Allow dynamic-group shop-app to use ons-topics in compartment id ${TEST_COMPARTMENT}`]);
});
