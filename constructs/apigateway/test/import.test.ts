import { ApiDeployment, ApiGateway, Authorizer, Backend } from "..";
import { OciFunction } from "../../functions";
import { onlyResource, policyStatements, resourcesOf, synthValid, TEST_COMPARTMENT, testStack, rejected } from "../../testing";

const GATEWAY = "ocid1.apigateway.oc1.eu-frankfurt-1.aaaaaaaasharedgateway";
const EDGE = "ocid1.compartment.oc1..aaaaaaaaedge";
const FN = "ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaahandler";

function imported() {
  const t = testStack();
  return { ...t, gateway: ApiGateway.fromApiGatewayAttributes(t.stack, "shared-gateway", { gatewayId: GATEWAY, compartmentId: EDGE }) };
}

describe("ApiGateway.fromApiGatewayAttributes", () => {
  test("deployments on an existing gateway: its OCID, its compartment by default, invoke grants narrowed to it", () => {
    const { stack, gateway } = imported();
    const handler = OciFunction.fromFunctionAttributes(stack, "handler", { functionId: FN, compartmentId: TEST_COMPARTMENT });
    const orders = gateway.addDeployment("orders", {
      pathPrefix: "/orders",
      authentication: Authorizer.function(handler, { tokenHeader: "Authorization" }),
      routes: [{ path: "/", methods: ["POST"], backend: Backend.function(handler) }],
    });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_apigateway_deployment")).toMatchObject({ gateway_id: GATEWAY, compartment_id: EDGE, path_prefix: "/orders", display_name: "orders" });
    expect(Object.keys(doc.resource).sort()).toEqual(["oci_apigateway_deployment", "oci_identity_policy", "oci_logging_log", "oci_logging_log_group"]);
    expect(policyStatements(doc)).toEqual([
      `Allow any-user to use functions-family in compartment id ${TEST_COMPARTMENT} where ALL {request.principal.type = 'ApiGateway', request.resource.compartment.id = '${EDGE}'}`,
    ]);
    expect(orders.gateway).toBe(gateway);
  });

  test("path prefixes are unique among this app's deployments on the imported gateway", () => {
    const { gateway } = imported();
    const open = { allowUnauthenticated: true, logging: { accessLog: false, executionLog: false }, routes: [{ path: "/", methods: ["GET" as const], backend: Backend.stockResponse({ status: 200 }) }] };
    gateway.addDeployment("a", { pathPrefix: "/v1", ...open });
    expect(rejected(() => gateway.addDeployment("b", { pathPrefix: "/v1", ...open }))).toMatch(
      'pipeline-dev/shared-gateway/b: pathPrefix = "/v1" is not allowed: must be unique on gateway pipeline-dev/shared-gateway; pipeline-dev/shared-gateway/a already uses it',
    );
  });

  test.each<[string, object, string]>([
    ["a deployment OCID", { gatewayId: "ocid1.apideployment.oc1.eu-frankfurt-1.aaaa", compartmentId: EDGE }, 'gatewayId = "ocid1.apideployment.oc1.eu-frankfurt-1.aaaa" is not allowed: must be an OCID of the form ocid1.apigateway.<realm>.<region>.<id>'],
    ["a hostname", { gatewayId: "abc.apigateway.eu-frankfurt-1.oci.customer-oci.com", compartmentId: EDGE }, 'gatewayId = "abc.apigateway.eu-frankfurt-1.oci.customer-oci.com" is not allowed: must be an OCID of the form ocid1.apigateway.'],
    ["a gateway of another region", { gatewayId: "ocid1.apigateway.oc1.eu-amsterdam-1.aaaa", compartmentId: EDGE }, 'gatewayId = "ocid1.apigateway.oc1.eu-amsterdam-1.aaaa" is not allowed: must be in the environment\'s region eu-frankfurt-1 (this apigateway is in eu-amsterdam-1)'],
    ["no compartment", { gatewayId: GATEWAY }, "compartmentId = (not set) is not allowed: must be a compartment or tenancy OCID"],
  ])("refuses %s", (_what, attributes, message) => {
    const { stack } = testStack();
    expect(rejected(() => ApiGateway.fromApiGatewayAttributes(stack, "shared-gateway", attributes as any))).toMatch(`pipeline-dev/shared-gateway: ${message}`);
  });
});

describe("ApiDeployment.fromApiDeploymentAttributes", () => {
  test("carries the OCID and compartment of an existing deployment; creates nothing", () => {
    const { stack } = testStack();
    const d = ApiDeployment.fromApiDeploymentAttributes(stack, "legacy", { deploymentId: "ocid1.apideployment.oc1.eu-frankfurt-1.aaaaaaaalegacy", compartmentId: EDGE });
    expect([d.deploymentId, d.compartmentId]).toEqual(["ocid1.apideployment.oc1.eu-frankfurt-1.aaaaaaaalegacy", EDGE]);
    expect(resourcesOf(synthValid(stack), "oci_apigateway_deployment")).toEqual({});
  });

  test("refuses a gateway OCID and a compartment name", () => {
    const { stack } = testStack();
    expect(rejected(() => ApiDeployment.fromApiDeploymentAttributes(stack, "a", { deploymentId: GATEWAY, compartmentId: EDGE }))).toMatch(
      `pipeline-dev/a: deploymentId = "${GATEWAY}" is not allowed: must be an OCID of the form ocid1.apideployment.<realm>.<region>.<id>`,
    );
    expect(rejected(() => ApiDeployment.fromApiDeploymentAttributes(stack, "b", { deploymentId: "ocid1.apideployment.oc1.eu-frankfurt-1.aaaa", compartmentId: "edge" }))).toMatch(
      'pipeline-dev/b: compartmentId = "edge" is not allowed: must be a compartment or tenancy OCID',
    );
  });
});
