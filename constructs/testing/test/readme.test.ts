import { readmeExample } from "../../../test/readme/examples";
import { onlyResource, policyStatements, TEST_COMPARTMENT } from "..";

// The README's example, extracted from README.md: what its comments claim about `doc`.
test("the README example's document holds the topic and the grant its comments name", () => {
  const { doc } = readmeExample("constructs/testing/README.md").scope;
  expect(onlyResource(doc, "oci_ons_notification_topic").name).toBe("dev-alerts");
  expect(policyStatements(doc)).toEqual([`Allow dynamic-group shop-app to use ons-topics in compartment id ${TEST_COMPARTMENT}`]);
});

test("the README's refused bucket: recorded once, and the only error of its app", () => {
  const { refused, all } = readmeExample("constructs/testing/README.md", 1).scope;
  const message = "uploads-dev/inbound: name = \"dev-in bound\" is not allowed: the final name <env>-<name> must be 1-63 letters, digits, '-', '_' or '.'";
  expect(refused).toBe(message);
  expect(all).toEqual([message]);
});
