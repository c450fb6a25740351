import { ApiDeployment, ApiDeploymentOptions, ApiGateway, Backend } from "..";
import { Subnet } from "../../network";
import { rejected, resourcesOf, TEST_COMPARTMENT, testStack } from "../../testing";
import { FakeFunction } from "./fake-function";

export const PUBLIC_SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaapublic";
/** A compartment other than the environment's, for functions kept apart from the gateway. */
export const FN_COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaafunctions";

/** The statement every function backend or authorizer function generates. */
export const gatewayInvoke = (fnCompartment: string, gatewayCompartment = TEST_COMPARTMENT): string =>
  `Allow any-user to use functions-family in compartment id ${fnCompartment} where ALL {request.principal.type = 'ApiGateway', request.resource.compartment.id = '${gatewayCompartment}'}`;

/** A stack with a PUBLIC gateway `gateway` and a function double `handler` in the environment's compartment. */
export function gatewayStack() {
  const t = testStack();
  const gateway = new ApiGateway(t.stack, "gateway", { endpointType: "PUBLIC", subnet: Subnet.fromOcid(t.stack, "public-subnet", PUBLIC_SUBNET) });
  const handler = new FakeFunction(t.stack, "handler", TEST_COMPARTMENT);
  return { ...t, gateway, handler };
}

/** A deployment without authentication or logs (explicit opt-outs), for tests about routes. */
export function openDeployment(gateway: ApiGateway, options: Partial<ApiDeploymentOptions> = {}): ApiDeployment {
  return gateway.addDeployment("api", { pathPrefix: "/api", allowUnauthenticated: true, logging: { accessLog: false, executionLog: false }, ...options });
}

/** A route that always answers 200. */
export const okRoute = (path: string, methods: any[] = ["GET"]) => ({ path, methods, backend: Backend.stockResponse({ status: 200 }) });

/** The deployment's `specification` (the only deployment in the document). */
export function specOf(doc: unknown): any {
  const all = Object.values(resourcesOf(doc, "oci_apigateway_deployment"));
  if (all.length !== 1) throw new Error(`expected one deployment, found ${all.length}`);
  return (all[0] as any).specification;
}

/** The validation errors `fn` records, one per line (fails the test when it records none). */
export function errorOf(fn: () => unknown): string {
  const errors = rejected(fn);
  if (!errors) throw new Error("expected a validation error, none was recorded");
  return errors;
}
