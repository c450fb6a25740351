import { Testing } from "cdktf";
import { ApiDeployment, ApiGateway, Authorization, Authorizer, Backend, MAX_ROUTES_PER_DEPLOYMENT } from "..";
import { Duration } from "../../core";
import { LogGroup } from "../../logging";
import { Subnet } from "../../network";
import { rejected, resourcesOf, synthValid, TEST_COMPARTMENT, testStack, validationErrors } from "../../testing";
import { errorOf, gatewayStack, okRoute, openDeployment, PUBLIC_SUBNET, specOf } from "./fixtures";

const P = "pipeline-dev/gateway/api";

describe("ApiDeployment: path prefix", () => {
  test.each(["/", "/sms", "/v1/sms-webhook", "/a.b_c~d", `/${"p".repeat(254)}`])("accepts %s", (pathPrefix) => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway, { pathPrefix, routes: [okRoute("/x")] });
    expect(Object.values(resourcesOf(synthValid(stack), "oci_apigateway_deployment"))[0].path_prefix).toBe(pathPrefix);
  });

  const RULE = "must start with '/', have no empty segments, whitespace, '{', '}', '?' or '#', and no trailing slash (except '/' itself)";
  test.each([
    ["sms", RULE],
    ["", RULE],
    ["/sms/", RULE],
    ["/sms//in", RULE],
    ["/sms hooks", RULE],
    ["/{tenant}", RULE],
    ["/sms?x=1", RULE],
    [`/${"p".repeat(255)}`, "must be at most 255 characters (it has 256)"],
  ])("rejects %j", (pathPrefix, allowed) => {
    const { gateway } = gatewayStack();
    expect(errorOf(() => openDeployment(gateway, { pathPrefix }))).toBe(`${P}: pathPrefix = ${JSON.stringify(pathPrefix.length > 120 ? `${pathPrefix.slice(0, 117)}...` : pathPrefix)} is not allowed: ${allowed}`);
  });

  test("a rejected deployment takes no slot: its prefix stays free, so the errors are its own only", () => {
    const { stack, gateway } = gatewayStack();
    expect(rejected(() => gateway.addDeployment("bad", { pathPrefix: "/sms" }))).toMatch("pipeline-dev/gateway/bad: authentication = (not set) is not allowed");
    expect(rejected(() => openDeployment(gateway, { pathPrefix: "/sms", routes: [okRoute("/x")] }))).toBe("");
    expect(validationErrors(stack).filter((e) => !e.startsWith("pipeline-dev/gateway/bad: "))).toEqual([]);
  });

  test("is unique on a gateway, but may repeat on another gateway", () => {
    const { gateway } = gatewayStack();
    openDeployment(gateway, { pathPrefix: "/sms", routes: [okRoute("/x")] });
    expect(rejected(() => gateway.addDeployment("again", { pathPrefix: "/sms", allowUnauthenticated: true }))).toMatch(
      'pipeline-dev/gateway/again: pathPrefix = "/sms" is not allowed: must be unique on gateway pipeline-dev/gateway; pipeline-dev/gateway/api already uses it',
    );
    const fresh = gatewayStack();
    openDeployment(fresh.gateway, { pathPrefix: "/sms", routes: [okRoute("/x")] });
    const other = new ApiGateway(fresh.stack, "other", { endpointType: "PRIVATE", subnet: Subnet.fromOcid(fresh.stack, "other-subnet", PUBLIC_SUBNET) });
    openDeployment(other, { pathPrefix: "/sms", routes: [okRoute("/x")] });
    expect(Object.keys(resourcesOf(synthValid(fresh.stack), "oci_apigateway_deployment"))).toHaveLength(2);
  });
});

describe("ApiDeployment: authentication", () => {
  test("is required: a deployment without it fails", () => {
    const { gateway } = gatewayStack();
    expect(rejected(() => gateway.addDeployment("api", { pathPrefix: "/api" }))).toMatch(
      `${P}: authentication = (not set) is not allowed: a deployment needs an authorizer (Authorizer.function, functionWithParameters, jwt or token); set allowUnauthenticated: true to opt out explicitly`,
    );
  });

  test("allowUnauthenticated is the explicit opt-out: no authentication block, no route authorization", () => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway, { routes: [okRoute("/x")] });
    const spec = specOf(synthValid(stack));
    expect(spec.request_policies).toBeUndefined();
    expect(spec.routes[0].request_policies).toBeUndefined();
  });

  test("allowUnauthenticated contradicts an authorizer", () => {
    const { gateway, handler } = gatewayStack();
    expect(rejected(() => gateway.addDeployment("api", { pathPrefix: "/api", authentication: Authorizer.function(handler, { tokenHeader: "X-Token" }), allowUnauthenticated: true }))).toMatch(
      `${P}: allowUnauthenticated = true is not allowed: contradicts the authentication given; remove one of them`,
    );
  });

  test("routes on an open deployment take no authorization", () => {
    const { gateway } = gatewayStack();
    const api = openDeployment(gateway);
    expect(rejected(() => api.addRoute({ ...okRoute("/x"), authorization: Authorization.anonymous() }))).toMatch(
      `${P}: routes[/x].authorization = "ANONYMOUS" is not allowed: needs deployment authentication; this deployment is open (allowUnauthenticated)`,
    );
  });
});

describe("ApiDeployment: route authorization", () => {
  const authed = (allowAnonymousRoutes?: boolean) => {
    const t = gatewayStack();
    const api = t.gateway.addDeployment("api", { pathPrefix: "/api", authentication: Authorizer.function(t.handler, { tokenHeader: "X-Token" }), allowAnonymousRoutes, logging: { accessLog: false, executionLog: false } });
    return { ...t, api };
  };

  test("AUTHENTICATION_ONLY by default, ANY_OF with scopes, ANONYMOUS with the deployment's opt-in", () => {
    const { stack, api } = authed(true);
    api.addRoute(okRoute("/default"));
    api.addRoute({ ...okRoute("/admin"), authorization: Authorization.anyOf("sms:admin", "ops") });
    api.addRoute({ ...okRoute("/explicit"), authorization: Authorization.authenticationOnly() });
    api.addRoute({ ...okRoute("/health"), authorization: Authorization.anonymous() });
    const spec = specOf(synthValid(stack));
    expect(spec.request_policies.authentication.is_anonymous_access_allowed).toBe(true);
    expect(spec.routes.map((r: any) => r.request_policies.authorization)).toEqual([
      { type: "AUTHENTICATION_ONLY" },
      { type: "ANY_OF", allowed_scope: ["sms:admin", "ops"] },
      { type: "AUTHENTICATION_ONLY" },
      { type: "ANONYMOUS" },
    ]);
  });

  test("ANONYMOUS without allowAnonymousRoutes fails; is_anonymous_access_allowed stays false", () => {
    const { stack, api } = authed();
    expect(rejected(() => api.addRoute({ ...okRoute("/health"), authorization: Authorization.anonymous() }))).toMatch(
      `${P}: routes[/health].authorization = "ANONYMOUS" is not allowed: set allowAnonymousRoutes: true on the deployment to opt in to unauthenticated routes explicitly`,
    );
    api.addRoute(okRoute("/x"));
    // The refused route changes nothing else: the flag stays off (read without validation, which would stop at the recorded error).
    expect(specOf(JSON.parse(Testing.synth(stack))).request_policies.authentication.is_anonymous_access_allowed).toBe(false);
    expect(validationErrors(stack)).toEqual([`${P}: routes[/health].authorization = "ANONYMOUS" is not allowed: set allowAnonymousRoutes: true on the deployment to opt in to unauthenticated routes explicitly`]);
  });

  test("allowAnonymousRoutes needs authentication", () => {
    const { gateway } = gatewayStack();
    expect(rejected(() => gateway.addDeployment("api", { pathPrefix: "/api", allowUnauthenticated: true, allowAnonymousRoutes: true }))).toMatch(
      `${P}: allowAnonymousRoutes = true is not allowed: needs authentication: without it every route is already open`,
    );
  });

  test.each([
    [Authorization.anyOf(), "routes[/x].authorization = [] is not allowed: ANY_OF needs at least one scope"],
    [Authorization.anyOf("a b"), 'routes[/x].authorization = "a b" is not allowed: scopes are printable ASCII without spaces, quotes or backslashes (RFC 6749)'],
    [Authorization.anyOf("a", "a"), 'routes[/x].authorization = ["a","a"] is not allowed: must not repeat a scope'],
    [{ type: "ANONYMOUS" }, 'routes[/x].authorization = {"type":"ANONYMOUS"} is not allowed: must be Authorization.authenticationOnly(), Authorization.anyOf(...) or Authorization.anonymous()'],
  ])("rejects %#", (authorization, message) => {
    const { api } = authed();
    expect(rejected(() => api.addRoute({ ...okRoute("/x"), authorization: authorization as any }))).toMatch(`${P}: ${message}`);
  });
});

describe("ApiDeployment: limits", () => {
  test(`${MAX_ROUTES_PER_DEPLOYMENT} routes pass; one more, added after construction, fails synthesis`, () => {
    const { stack, gateway } = gatewayStack();
    const api = openDeployment(gateway);
    for (let i = 0; i < MAX_ROUTES_PER_DEPLOYMENT; i++) api.addRoute(okRoute(`/r${i}`));
    expect(specOf(synthValid(stack)).routes).toHaveLength(50);
    api.addRoute(okRoute("/r50"));
    expect(() => synthValid(stack)).toThrow(`${P}: routes = "51 routes" is not allowed: a deployment takes at most 50 routes (OCI limit); split the API over several deployments`);
  });

  test("a deployment without routes fails synthesis", () => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway);
    expect(() => synthValid(stack)).toThrow(`${P}: routes = [] is not allowed: a deployment needs at least one route (addRoute)`);
  });

  test("20 deployments per gateway pass; the 21st fails", () => {
    const { stack, gateway } = gatewayStack();
    const add = (i: number) => new ApiDeployment(stack, `d${i}`, { gateway, pathPrefix: `/d${i}`, allowUnauthenticated: true, logging: { accessLog: false, executionLog: false }, routes: [okRoute("/x")] });
    for (let i = 0; i < 20; i++) add(i);
    expect(Object.keys(resourcesOf(synthValid(stack), "oci_apigateway_deployment"))).toHaveLength(20);
    expect(rejected(() => add(20))).toMatch('pipeline-dev/d20: gateway = "pipeline-dev/gateway" is not allowed: a gateway takes at most 20 deployments (OCI limit); it already has 20: use another gateway');
  });
});

describe("ApiDeployment: CORS and rate limiting", () => {
  test("renders deployment-wide CORS and the rate limit", () => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway, {
      cors: { allowedOrigins: ["https://console.example.com", "http://localhost:3000"], allowedMethods: ["GET", "POST"], allowedHeaders: ["Content-Type"], exposedHeaders: ["*"], allowCredentials: true, maxAge: Duration.minutes(10) },
      rateLimit: { requestsPerSecond: 5, key: "TOTAL" },
      routes: [okRoute("/x")],
    });
    expect(specOf(synthValid(stack)).request_policies).toEqual({
      cors: {
        allowed_origins: ["https://console.example.com", "http://localhost:3000"],
        allowed_methods: ["GET", "POST"],
        allowed_headers: ["Content-Type"],
        exposed_headers: ["*"],
        is_allow_credentials_enabled: true,
        max_age_in_seconds: 600,
      },
      rate_limiting: { rate_in_requests_per_second: 5, rate_key: "TOTAL" },
    });
  });

  test("accepts *, null and an http origin with the explicit opt-in", () => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway, { cors: { allowedOrigins: ["*", "null", "http://intranet.example.com"], allowInsecureOrigins: true, maxAge: Duration.days(1) }, routes: [okRoute("/x")] });
    expect(specOf(synthValid(stack)).request_policies.cors).toEqual({ allowed_origins: ["*", "null", "http://intranet.example.com"], is_allow_credentials_enabled: false, max_age_in_seconds: 86400 });
  });

  test.each([
    [{ cors: { allowedOrigins: [] } }, "cors.allowedOrigins = [] is not allowed: at least one origin is required"],
    [{ cors: { allowedOrigins: ["http://intranet.example.com"] } }, 'cors.allowedOrigins = "http://intranet.example.com" is not allowed: must use https:// (http:// only for localhost); set allowInsecureOrigins: true to opt in explicitly'],
    [{ cors: { allowedOrigins: ["https://a.example.com/"] } }, 'cors.allowedOrigins = "https://a.example.com/" is not allowed: must be *, null or scheme://host[:port] without a path or trailing slash'],
    [{ cors: { allowedOrigins: ["a.example.com"] } }, 'cors.allowedOrigins = "a.example.com" is not allowed: must be *, null or scheme://host[:port]'],
    [{ cors: { allowedOrigins: ["*"], allowCredentials: true } }, "cors.allowCredentials = true is not allowed: credentials cannot be allowed for origin *; list the origins"],
    [{ cors: { allowedOrigins: ["*"], allowedMethods: ["FETCH"] } }, 'cors.allowedMethods = "FETCH" is not allowed: must be one of *, GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'],
    [{ cors: { allowedOrigins: ["*"], allowedHeaders: ["X Y"] } }, 'cors.allowedHeaders = "X Y" is not allowed: must be * or a header name'],
    [{ cors: { allowedOrigins: ["*"], exposedHeaders: ["a,b"] } }, 'cors.exposedHeaders = "a,b" is not allowed: must be * or a header name'],
    [{ cors: { allowedOrigins: ["*"], maxAge: Duration.seconds(86401) } }, 'cors.maxAge = "86401 seconds" is not allowed: must be a Duration (Duration.seconds(n), ...) of whole seconds: from 0 seconds to 86400 seconds (1 day)'],
    [{ cors: { allowedOrigins: ["*"], maxAge: Duration.millis(1500) } }, 'cors.maxAge = "1500 milliseconds" is not allowed: must be a Duration (Duration.seconds(n), ...) of whole seconds'],
    [{ rateLimit: { requestsPerSecond: 0, key: "CLIENT_IP" } }, "rateLimit.requestsPerSecond = 0 is not allowed: must be an integer of at least 1"],
    [{ rateLimit: { requestsPerSecond: 2.5, key: "CLIENT_IP" } }, "rateLimit.requestsPerSecond = 2.5 is not allowed: must be an integer of at least 1"],
    [{ rateLimit: { requestsPerSecond: 10, key: "USER" } }, 'rateLimit.key = "USER" is not allowed: must be one of CLIENT_IP, TOTAL'],
  ])("rejects %j", (options, message) => {
    const { gateway } = gatewayStack();
    expect(rejected(() => openDeployment(gateway, options as any))).toMatch(`${P}: ${message}`);
  });
});

describe("ApiDeployment: logging", () => {
  test("access and execution logs on by default, level WARN, in a new log group", () => {
    const { stack, gateway } = gatewayStack();
    gateway.addDeployment("api", { pathPrefix: "/api", allowUnauthenticated: true, routes: [okRoute("/x")] });
    const doc = synthValid(stack);
    expect(specOf(doc).logging_policies).toEqual({ access_log: { is_enabled: true }, execution_log: { is_enabled: true, log_level: "WARN" } });
    expect(resourcesOf(doc, "oci_logging_log_group")).toEqual({
      gateway_api_logs_group_55740C93: { compartment_id: TEST_COMPARTMENT, display_name: "api-logs", description: "API Gateway logs of deployment api", freeform_tags: {} },
    });
    const logs = resourcesOf(doc, "oci_logging_log");
    expect(Object.keys(logs).sort()).toEqual(["gateway_api_access-log_D592B6B8", "gateway_api_execution-log_647E184E"]);
    expect(logs["gateway_api_execution-log_647E184E"]).toEqual({
      display_name: "api-execution",
      log_group_id: "${oci_logging_log_group.gateway_api_logs_group_55740C93.id}",
      log_type: "SERVICE",
      is_enabled: true,
      retention_duration: 30,
      configuration: { compartment_id: TEST_COMPARTMENT, source: { source_type: "OCISERVICE", service: "apigateway", category: "execution", resource: "${oci_apigateway_deployment.gateway_api_deployment_F02ADE75.id}" } },
      freeform_tags: {},
    });
    expect(logs["gateway_api_access-log_D592B6B8"].configuration.source.category).toBe("access");
  });

  test("a given log group, level, retention; one log turned off", () => {
    const { stack, gateway } = gatewayStack();
    const group = new LogGroup(stack, "shared-logs", { displayName: "shared" });
    const api = gateway.addDeployment("api", { pathPrefix: "/api", allowUnauthenticated: true, logging: { logGroup: group, executionLogLevel: "INFO", accessLog: false, retention: Duration.days(90) }, routes: [okRoute("/x")] });
    const doc = synthValid(stack);
    expect(api.logGroup).toBe(group);
    expect(specOf(doc).logging_policies).toEqual({ access_log: { is_enabled: false }, execution_log: { is_enabled: true, log_level: "INFO" } });
    expect(Object.keys(resourcesOf(doc, "oci_logging_log_group"))).toEqual(["shared-logs_group_79574386"]);
    expect(Object.values(resourcesOf(doc, "oci_logging_log")).map((l: any) => [l.display_name, l.retention_duration, l.log_group_id])).toEqual([["api-execution", 90, "${oci_logging_log_group.shared-logs_group_79574386.id}"]]);
  });

  test("both logs off: no log resources", () => {
    const { stack, gateway } = gatewayStack();
    const api = openDeployment(gateway, { routes: [okRoute("/x")] });
    const doc = synthValid(stack);
    expect(api.logGroup).toBeUndefined();
    expect(resourcesOf(doc, "oci_logging_log")).toEqual({});
    expect(specOf(doc).logging_policies).toEqual({ access_log: { is_enabled: false }, execution_log: { is_enabled: false, log_level: "WARN" } });
  });

  test.each([
    [{ executionLogLevel: "DEBUG" }, `${P}: logging.executionLogLevel = "DEBUG" is not allowed: must be one of INFO, WARN, ERROR`],
    [{ retention: Duration.days(45) }, 'pipeline-dev/gateway/api/access-log: retention = "45 days" is not allowed: must be a Duration (Duration.days(n), ...) of whole days: 30, 60, 90, 120, 150, 180 days'],
    [{ accessLog: false, executionLog: false, retention: Duration.days(60) }, `${P}: logging.retention = "60 days" is not allowed: has no effect with accessLog and executionLog both false`],
  ])("rejects %j", (logging, message) => {
    const { gateway } = gatewayStack();
    expect(rejected(() => gateway.addDeployment("api", { pathPrefix: "/api", allowUnauthenticated: true, logging: logging as any }))).toMatch(message);
  });

  test("rejects a log group when both logs are off", () => {
    const { stack, gateway } = gatewayStack();
    const logGroup = new LogGroup(stack, "shared-logs", { displayName: "shared" });
    expect(rejected(() => gateway.addDeployment("api", { pathPrefix: "/api", allowUnauthenticated: true, logging: { accessLog: false, executionLog: false, logGroup } }))).toMatch(
      `${P}: logging.logGroup = "pipeline-dev/shared-logs" is not allowed: has no effect with accessLog and executionLog both false`,
    );
  });

  test("display name: default the construct id, checked, and used by the logs", () => {
    const { stack, gateway } = gatewayStack();
    gateway.addDeployment("api", { pathPrefix: "/api", displayName: "sms-webhook", allowUnauthenticated: true, routes: [okRoute("/x")] });
    const doc = synthValid(stack);
    expect(Object.values(resourcesOf(doc, "oci_apigateway_deployment"))[0].display_name).toBe("sms-webhook");
    expect(Object.values(resourcesOf(doc, "oci_logging_log")).map((l: any) => l.display_name).sort()).toEqual(["sms-webhook-access", "sms-webhook-execution"]);
    const { gateway: g2 } = gatewayStack();
    expect(rejected(() => g2.addDeployment("api", { pathPrefix: "/api", displayName: "sms webhook", allowUnauthenticated: true }))).toMatch(`${P}: displayName = "sms webhook" is not allowed: must be 1-90 letters, digits, '.', '_' or '-'`);
  });

  test("compartment defaults to the gateway's; a given one is checked", () => {
    const { stack } = testStack();
    const gateway = new ApiGateway(stack, "gateway", { endpointType: "PUBLIC", subnet: Subnet.fromOcid(stack, "subnet", PUBLIC_SUBNET), compartmentId: "ocid1.compartment.oc1..aaaaaaaaedge" });
    gateway.addDeployment("api", { pathPrefix: "/api", allowUnauthenticated: true, routes: [{ path: "/x", methods: ["GET"], backend: Backend.stockResponse({ status: 204 }) }] });
    const doc = synthValid(stack);
    expect(Object.values(resourcesOf(doc, "oci_apigateway_deployment"))[0].compartment_id).toBe("ocid1.compartment.oc1..aaaaaaaaedge");
    expect(Object.values(resourcesOf(doc, "oci_logging_log_group"))[0].compartment_id).toBe("ocid1.compartment.oc1..aaaaaaaaedge");
    expect(rejected(() => gateway.addDeployment("bad", { pathPrefix: "/bad", allowUnauthenticated: true, compartmentId: "dev" }))).toMatch('pipeline-dev/gateway/bad: compartmentId = "dev" is not allowed: must be a compartment or tenancy OCID');
  });
});
