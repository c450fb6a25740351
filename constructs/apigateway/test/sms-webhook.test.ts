import { TerraformOutput, Testing } from "cdktf";
import { ApiGateway, Authorization, Authorizer, Backend } from "..";
import { Duration } from "../../core";
import { FunctionApplication } from "../../functions";
import { Subnet } from "../../network";
import { policyStatements, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, testStack, validationErrors } from "../../testing";
import { gatewayInvoke, PUBLIC_SUBNET } from "./fixtures";

const PRIVATE_SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaprivate";
const IMAGE = "fra.ocir.io/frtenancy/sms";

/** A realistic deployment: an SMS provider's webhook, with the real OciFunction. */
function smsWebhook() {
  const { stack } = testStack();
  const app = new FunctionApplication(stack, "fn-app", { displayName: "sms-webhook", subnets: [Subnet.fromOcid(stack, "private-subnet", PRIVATE_SUBNET)], invokeLogs: false });
  const authorizer = app.addFunction("authorizer", { displayName: "sms-authorizer", image: `${IMAGE}/authorizer:1.0.0` });
  const handler = app.addFunction("handler", { displayName: "sms-handler", image: `${IMAGE}/handler:1.0.0` });
  const gateway = new ApiGateway(stack, "gateway", { displayName: "sms-webhook", endpointType: "PUBLIC", subnet: Subnet.fromOcid(stack, "public-subnet", PUBLIC_SUBNET) });
  const sms = gateway.addDeployment("sms", {
    pathPrefix: "/sms",
    displayName: "sms-webhook",
    authentication: Authorizer.functionWithParameters(authorizer, {
      parameters: { signature: "request.headers[X-Sms-Signature]", timestamp: "request.headers[X-Sms-Timestamp]", account: "request.query[account]" },
      cacheKey: ["signature", "timestamp"],
      validationFailure: { responseCode: 401, responseMessage: "invalid signature", responseHeaders: { "WWW-Authenticate": "Signature" } },
    }),
    cors: { allowedOrigins: ["https://ops.example.com"], allowedMethods: ["POST"], allowedHeaders: ["Content-Type", "X-Sms-Signature", "X-Sms-Timestamp"], maxAge: Duration.minutes(5) },
    rateLimit: { requestsPerSecond: 20, key: "CLIENT_IP" },
    logging: { retention: Duration.days(90) },
  });
  sms.addRoute({
    path: "/incoming",
    methods: ["POST"],
    backend: Backend.function(handler),
    headerValidations: [{ name: "X-Sms-Signature" }, { name: "X-Sms-Timestamp" }],
    queryValidations: [{ name: "account" }],
    bodyValidation: { mediaTypes: ["application/x-www-form-urlencoded"] },
  });
  return { stack, gateway, sms, authorizer, handler, doc: synthValid(stack) };
}

describe("SMS-provider webhook", () => {
  test("renders the specification exactly", () => {
    const { doc } = smsWebhook();
    const fn = (name: string) => `\${oci_functions_function.fn-app_${name}.id}`;
    const deployment = resourcesOf(doc, "oci_apigateway_deployment")["gateway_sms_deployment_72C0A80D"];
    expect(deployment).toEqual({
      compartment_id: TEST_COMPARTMENT,
      gateway_id: "${oci_apigateway_gateway.gateway_4F29084A.id}",
      path_prefix: "/sms",
      display_name: "sms-webhook",
      freeform_tags: {},
      specification: {
        request_policies: {
          authentication: {
            type: "CUSTOM_AUTHENTICATION",
            function_id: fn("authorizer_function_69646375"),
            parameters: { signature: "request.headers[X-Sms-Signature]", timestamp: "request.headers[X-Sms-Timestamp]", account: "request.query[account]" },
            cache_key: ["signature", "timestamp"],
            is_anonymous_access_allowed: false,
            validation_failure_policy: {
              type: "MODIFY_RESPONSE",
              response_code: "401",
              response_message: "invalid signature",
              response_header_transformations: { set_headers: { items: [{ name: "WWW-Authenticate", values: ["Signature"], if_exists: "OVERWRITE" }] } },
            },
          },
          cors: {
            allowed_origins: ["https://ops.example.com"],
            allowed_methods: ["POST"],
            allowed_headers: ["Content-Type", "X-Sms-Signature", "X-Sms-Timestamp"],
            is_allow_credentials_enabled: false,
            max_age_in_seconds: 300,
          },
          rate_limiting: { rate_in_requests_per_second: 20, rate_key: "CLIENT_IP" },
        },
        logging_policies: { access_log: { is_enabled: true }, execution_log: { is_enabled: true, log_level: "WARN" } },
        routes: [
          {
            path: "/incoming",
            methods: ["POST"],
            backend: { type: "ORACLE_FUNCTIONS_BACKEND", function_id: fn("handler_function_52ADE482") },
            request_policies: {
              authorization: { type: "AUTHENTICATION_ONLY" },
              header_validations: {
                headers: [
                  { name: "X-Sms-Signature", required: true },
                  { name: "X-Sms-Timestamp", required: true },
                ],
                validation_mode: "ENFORCING",
              },
              query_parameter_validations: { parameters: [{ name: "account", required: true }], validation_mode: "ENFORCING" },
              body_validation: { content: [{ media_type: "application/x-www-form-urlencoded", validation_type: "NONE" }], required: true, validation_mode: "ENFORCING" },
            },
          },
        ],
      },
    });
  });

  test("generates one gateway-invoke statement for both functions (same compartment)", () => {
    const { doc } = smsWebhook();
    expect(policyStatements(doc)).toEqual([gatewayInvoke(TEST_COMPARTMENT)]);
  });

  test("locks the Terraform addresses of gateway, deployment and logs", () => {
    const { doc } = smsWebhook();
    const addresses = (type: string) => Object.keys(resourcesOf(doc, type)).map((name) => `${type}.${name}`);
    expect([
      ...addresses("oci_apigateway_gateway"),
      ...addresses("oci_apigateway_deployment"),
      ...addresses("oci_logging_log_group"),
      ...addresses("oci_logging_log").sort(),
    ]).toEqual([
      "oci_apigateway_gateway.gateway_4F29084A",
      "oci_apigateway_deployment.gateway_sms_deployment_72C0A80D",
      "oci_logging_log_group.gateway_sms_logs_group_AE53919C",
      "oci_logging_log.gateway_sms_access-log_8D021496",
      "oci_logging_log.gateway_sms_execution-log_6C3CDFCA",
    ]);
    const logs = resourcesOf(doc, "oci_logging_log");
    expect(Object.values(logs).map((l: any) => [l.display_name, l.retention_duration, l.configuration.source.category, l.configuration.source.resource])).toEqual([
      ["sms-webhook-access", 90, "access", "${oci_apigateway_deployment.gateway_sms_deployment_72C0A80D.id}"],
      ["sms-webhook-execution", 90, "execution", "${oci_apigateway_deployment.gateway_sms_deployment_72C0A80D.id}"],
    ]);
  });

  test("exposes the deployment's base URL and the gateway's hostname", () => {
    const { stack, sms, gateway } = smsWebhook();
    new TerraformOutput(stack, "webhook-url", { value: sms.endpoint });
    new TerraformOutput(stack, "hostname", { value: gateway.hostname });
    const doc = synthValid(stack);
    expect(doc.output["webhook-url"].value).toBe("${oci_apigateway_deployment.gateway_sms_deployment_72C0A80D.endpoint}");
    expect(doc.output.hostname.value).toBe("${oci_apigateway_gateway.gateway_4F29084A.hostname}");
  });

  test("an anonymous route is refused on the webhook deployment (no allowAnonymousRoutes), leaving it unchanged", () => {
    const { stack, sms } = smsWebhook();
    expect(rejected(() => sms.addRoute({ path: "/health", methods: ["GET"], backend: Backend.stockResponse({ status: 200 }), authorization: Authorization.anonymous() }))).toMatch(
      "pipeline-dev/gateway/sms: routes[/health].authorization = \"ANONYMOUS\" is not allowed: set allowAnonymousRoutes: true on the deployment to opt in to unauthenticated routes explicitly",
    );
    // Read without validation, which stops at the recorded error: the refused route was not added.
    expect(validationErrors(stack)).toHaveLength(1);
    expect(Object.values(resourcesOf(JSON.parse(Testing.synth(stack)), "oci_apigateway_deployment")).map((d: any) => d.specification.routes.map((r: any) => r.path))).toEqual([["/incoming"]]);
  });
});
