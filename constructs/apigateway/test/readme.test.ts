import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TerraformVariable } from "cdktf";
import { ApiGateway, Authorization, Authorizer, Backend } from "..";
import { FunctionApplication } from "../../functions";
import { Subnet } from "../../network";
import { policyStatements, resourcesOf, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";
import { Secret, SecretContent, Vault } from "../../vault";
import { gatewayInvoke, PUBLIC_SUBNET } from "./fixtures";

/** The README example, run as written (a copy; the last test checks the two stay in step). */
function readmeExample() {
  const { stack } = testStack();
  const privateSubnet = Subnet.fromOcid(stack, "private-subnet", "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaprivate");
  const publicSubnet = Subnet.fromOcid(stack, "public-subnet", PUBLIC_SUBNET);
  const ocirPath = "fra.ocir.io/frtenancy/sms";

  // --- README example begins ---
  // Secrets: values come from sensitive variables set at plan time, never from code (../vault).
  const vault = new Vault(stack, "vault", { displayName: "sms-webhook-secrets" });
  const key = vault.addKey("key", { displayName: "sms-webhook-secrets-key" });
  const signingKey = new Secret(stack, "webhook-signing-key", {
    vault, key, secretName: "sms-webhook-signing-key",
    content: SecretContent.fromSensitiveVariable(new TerraformVariable(stack, "webhook_signing_key", { type: "string", sensitive: true })),
  });
  const b2cCredentials = new Secret(stack, "b2c-credentials", {
    vault, key, secretName: "sms-b2c-credentials",
    content: SecretContent.fromSensitiveVariable(new TerraformVariable(stack, "b2c_credentials", { type: "string", sensitive: true })),
  });

  // Functions get secret OCIDs in their configuration and read access to exactly that secret.
  const app = new FunctionApplication(stack, "sms", { displayName: "sms-webhook", subnets: [privateSubnet] });
  const authorizer = app.addFunction("authorizer", { displayName: "sms-authorizer", image: `${ocirPath}/sms-authorizer:1.0.0` });
  authorizer.addConfig("WEBHOOK_SIGNING_KEY_SECRET_OCID", signingKey.secretId);
  signingKey.grantRead(authorizer);
  const handler = app.addFunction("handler", { displayName: "sms-handler", image: `${ocirPath}/sms-handler:1.0.0` });
  handler.addConfig("B2C_CREDENTIALS_SECRET_OCID", b2cCredentials.secretId);
  b2cCredentials.grantRead(handler);

  // The gateway: PUBLIC because the provider calls from the internet (there is no default).
  const gateway = new ApiGateway(stack, "gateway", { displayName: "sms-webhook", endpointType: "PUBLIC", subnet: publicSubnet });

  const sms = gateway.addDeployment("sms", {
    pathPrefix: "/sms",
    // Multi-argument authorizer: the function gets {"type":"USER_DEFINED","data":{"signature":…,"timestamp":…,"account":…}}.
    authentication: Authorizer.functionWithParameters(authorizer, {
      parameters: {
        signature: "request.headers[X-Sms-Signature]",
        timestamp: "request.headers[X-Sms-Timestamp]",
        account: "request.query[account]",
      },
      cacheKey: ["signature", "timestamp"],
      validationFailure: { responseCode: 401, responseMessage: "invalid signature" },
    }),
    allowAnonymousRoutes: true, // only for the health check below
    rateLimit: { requestsPerSecond: 20, key: "CLIENT_IP" },
    // Access and execution logs are on by default (log group `sms-logs`).
  });

  sms.addRoute({
    path: "/incoming",
    methods: ["POST"],
    backend: Backend.function(handler),
    headerValidations: [{ name: "X-Sms-Signature" }, { name: "X-Sms-Timestamp" }],
    bodyValidation: { mediaTypes: ["application/x-www-form-urlencoded", "application/json"] },
  });
  sms.addRoute({
    path: "/health",
    methods: ["GET"],
    backend: Backend.stockResponse({ status: 200, body: '{"status":"ok"}', headers: { "Content-Type": "application/json" } }),
    authorization: Authorization.anonymous(),
  });
  // sms.endpoint is the URL to register with the provider (+ "/incoming?account=<id>").
  // --- README example ends ---

  return { stack, doc: synthValid(stack), authorizer, handler, signingKey, b2cCredentials };
}

describe("README example", () => {
  test("synthesizes and passes the offline schema check", () => {
    const { doc } = readmeExample();
    const spec = (Object.values(resourcesOf(doc, "oci_apigateway_deployment"))[0] as any).specification;
    expect(spec.request_policies.authentication).toMatchObject({ type: "CUSTOM_AUTHENTICATION", cache_key: ["signature", "timestamp"], is_anonymous_access_allowed: true });
    expect(spec.routes.map((r: any) => [r.path, r.methods, r.backend.type, r.request_policies.authorization.type])).toEqual([
      ["/incoming", ["POST"], "ORACLE_FUNCTIONS_BACKEND", "AUTHENTICATION_ONLY"],
      ["/health", ["GET"], "STOCK_RESPONSE_BACKEND", "ANONYMOUS"],
    ]);
    expect(Object.values(resourcesOf(doc, "oci_logging_log_group")).map((g: any) => g.display_name)).toContain("sms-logs");
  });

  test("generates the IAM the README describes: one gateway-invoke statement and one secret read per function", () => {
    const { doc } = readmeExample();
    const statements = policyStatements(doc);
    expect(statements.filter((s) => s.includes("functions-family"))).toEqual([gatewayInvoke(TEST_COMPARTMENT)]);
    const reads = statements.filter((s) => s.includes("secret-bundles"));
    expect(reads).toHaveLength(2);
    for (const read of reads) expect(read).toMatch(new RegExp(`^Allow dynamic-group \\S+ to read secret-bundles in compartment id ${TEST_COMPARTMENT} where target\\.secret\\.id = '\\$\\{oci_vault_secret\\.[^}]+\\.id\\}'$`));
    expect(statements).toHaveLength(3);
  });

  test("the copy above matches the README's code block", () => {
    const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
    const block = /```ts\n([\s\S]*?)```/.exec(readme)![1];
    const test = readFileSync(__filename, "utf8");
    const copy = test.slice(test.indexOf("// --- README example begins ---"), test.indexOf("// --- README example ends ---"));
    const norm = (s: string) => s.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("import ") && !l.startsWith("// ---"));
    expect(norm(copy)).toEqual(norm(block));
  });
});
