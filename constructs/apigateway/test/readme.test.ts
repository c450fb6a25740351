import { readmeExample } from "../../../test/readme/examples";
import { policyStatements, resourcesOf, TEST_COMPARTMENT } from "../../testing";
import { gatewayInvoke } from "./fixtures";

// The README's example itself, extracted from README.md (test/readme/examples.ts).
const example = () => readmeExample("constructs/apigateway/README.md");

describe("README example", () => {
  test("builds the deployment it describes", () => {
    const { doc } = example();
    const spec = (Object.values(resourcesOf(doc, "oci_apigateway_deployment"))[0] as any).specification;
    expect(spec.request_policies.authentication).toMatchObject({ type: "CUSTOM_AUTHENTICATION", cache_key: ["signature", "timestamp"], is_anonymous_access_allowed: true });
    expect(spec.routes.map((r: any) => [r.path, r.methods, r.backend.type, r.request_policies.authorization.type])).toEqual([
      ["/incoming", ["POST"], "ORACLE_FUNCTIONS_BACKEND", "AUTHENTICATION_ONLY"],
      ["/health", ["GET"], "STOCK_RESPONSE_BACKEND", "ANONYMOUS"],
    ]);
    expect(Object.values(resourcesOf(doc, "oci_logging_log_group")).map((g: any) => g.display_name)).toContain("sms-logs");
  });

  test("generates the IAM the README describes: one gateway-invoke statement and one secret read per function", () => {
    const statements = policyStatements(example().doc);
    expect(statements.filter((s) => s.includes("functions-family"))).toEqual([gatewayInvoke(TEST_COMPARTMENT)]);
    const reads = statements.filter((s) => s.includes("secret-bundles"));
    expect(reads).toHaveLength(2);
    for (const read of reads) expect(read).toMatch(new RegExp(`^Allow dynamic-group \\S+ to read secret-bundles in compartment id ${TEST_COMPARTMENT} where target\\.secret\\.id = '\\$\\{oci_vault_secret\\.[^}]+\\.id\\}'$`));
    expect(statements).toHaveLength(3);
  });
});
