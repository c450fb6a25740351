import { Testing } from "cdktf";
import { Backend } from "..";
import { rejected, synthValid, validationErrors } from "../../testing";
import { gatewayStack, okRoute, openDeployment, specOf } from "./fixtures";

const P = "pipeline-dev/gateway/api";
const PATH_RULE = "must start with '/' and consist of non-empty segments, each literal text (letters, digits, -._~!$&'()+,;=:@%), a parameter {name}, or a final wildcard {name*}";

describe("route paths", () => {
  test.each(["/", "/incoming", "/messages/{id}", "/tenants/{tenant}/messages/{id}", "/files/{path*}", "/a.b/c~d/e:f@g", `/${"p".repeat(1999)}`])("accepts %s", (path) => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway, { routes: [okRoute(path)] });
    expect(specOf(synthValid(stack)).routes[0].path).toBe(path);
  });

  test.each([
    ["incoming", PATH_RULE],
    ["/in coming", PATH_RULE],
    ["/incoming/", PATH_RULE],
    ["//incoming", PATH_RULE],
    ["/messages/{id", PATH_RULE],
    ["/messages/id}", PATH_RULE],
    ["/files/x{id}", PATH_RULE],
    ["/messages/{1d}", PATH_RULE],
    ["/messages?x=1", PATH_RULE],
    ["/files/{path*}/meta", "the wildcard {path*} must be the last segment"],
    ["/a/{id}/b/{id}", "parameter {id} appears twice"],
    [`/${"p".repeat(2000)}`, "must be at most 2000 characters (it has 2001)"],
  ])("rejects %j", (path, allowed) => {
    const { gateway } = gatewayStack();
    const api = openDeployment(gateway);
    expect(rejected(() => api.addRoute(okRoute(path)))).toMatch(`is not allowed: ${allowed}`);
    expect(rejected(() => api.addRoute(okRoute(path)))).toMatch(`${P}: routes[${path.length > 80 ? `${path.slice(0, 77)}...` : path}].path = `);
  });
});

describe("route methods", () => {
  test.each([[["ANY"]], [["GET", "HEAD"]], [["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]]])("accepts %j", (methods) => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway, { routes: [okRoute("/x", methods)] });
    expect(specOf(synthValid(stack)).routes[0].methods).toEqual(methods);
  });

  test.each([
    [[], "routes[/x].methods = [] is not allowed: at least one of ANY, HEAD, GET, POST, PUT, PATCH, DELETE, OPTIONS"],
    [["FETCH"], 'routes[/x].methods = "FETCH" is not allowed: must be one of ANY, HEAD, GET, POST, PUT, PATCH, DELETE, OPTIONS'],
    [["get"], 'routes[/x].methods = "get" is not allowed: must be one of ANY'],
    [["GET", "GET"], 'routes[/x].methods = ["GET","GET"] is not allowed: must not repeat a method'],
    [["ANY", "GET"], 'routes[/x].methods = ["ANY","GET"] is not allowed: ANY already covers every method; use it alone'],
  ])("rejects %j", (methods, message) => {
    const { gateway } = gatewayStack();
    expect(rejected(() => openDeployment(gateway).addRoute(okRoute("/x", methods)))).toMatch(`${P}: ${message}`);
  });

  test("each (path, method) pair is served once; parameter names do not make paths different; ANY clashes with every method", () => {
    const { stack, gateway } = gatewayStack();
    const api = openDeployment(gateway);
    api.addRoute(okRoute("/messages/{id}", ["GET"]));
    api.addRoute(okRoute("/messages/{id}", ["DELETE"]));
    api.addRoute(okRoute("/messages/{id}/raw", ["GET"]));
    api.addRoute(okRoute("/files/{path*}", ["GET"]));
    api.addRoute(okRoute("/files/{name}", ["GET"]));
    expect(rejected(() => api.addRoute(okRoute("/messages/{messageId}", ["POST", "GET"])))).toMatch(
      `${P}: routes[/messages/{messageId}].methods = "GET" is not allowed: the deployment already serves GET /messages/{id}; each (path, method) pair is served once`,
    );
    expect(rejected(() => api.addRoute(okRoute("/messages/{x}", ["ANY"])))).toMatch(`${P}: routes[/messages/{x}].methods = "ANY" is not allowed: the deployment already serves GET /messages/{id}`);
    api.addRoute(okRoute("/any", ["ANY"]));
    expect(rejected(() => api.addRoute(okRoute("/any", ["OPTIONS"])))).toMatch(`${P}: routes[/any].methods = "OPTIONS" is not allowed: the deployment already serves ANY /any`);
    // A rejected route leaves nothing behind but its error (read without validation, which stops at the errors).
    expect(validationErrors(stack)).toHaveLength(3);
    expect(specOf(JSON.parse(Testing.synth(stack))).routes.map((r: any) => `${r.methods.join(",")} ${r.path}`)).toEqual([
      "GET /messages/{id}",
      "DELETE /messages/{id}",
      "GET /messages/{id}/raw",
      "GET /files/{path*}",
      "GET /files/{name}",
      "ANY /any",
    ]);
  });

  test("the backend must be a Backend", () => {
    const { gateway } = gatewayStack();
    expect(rejected(() => openDeployment(gateway).addRoute({ path: "/x", methods: ["GET"], backend: { type: "HTTP_BACKEND" } as any }))).toMatch(
      `${P}: routes[/x].backend = {"type":"HTTP_BACKEND"} is not allowed: must be Backend.function(...), Backend.http(...) or Backend.stockResponse(...)`,
    );
  });
});

describe("route request policies", () => {
  test("header, query and body validations, with the mode; per-route CORS and logging", () => {
    const { stack, gateway, handler } = gatewayStack();
    openDeployment(gateway, { cors: { allowedOrigins: ["https://a.example.com"] } }).addRoute({
      path: "/incoming",
      methods: ["POST"],
      backend: Backend.function(handler),
      headerValidations: [{ name: "X-Sms-Signature" }, { name: "X-Trace", required: false }],
      queryValidations: [{ name: "account" }, { name: "Account", required: false }],
      bodyValidation: { mediaTypes: ["application/json", "application/*", "*/*"], required: false },
      validationMode: "PERMISSIVE",
      cors: { allowedOrigins: ["https://b.example.com"], allowedMethods: ["POST"] },
      logging: { executionLogLevel: "INFO", accessLog: false },
    });
    expect(specOf(synthValid(stack)).routes[0]).toEqual({
      path: "/incoming",
      methods: ["POST"],
      backend: { type: "ORACLE_FUNCTIONS_BACKEND", function_id: handler.functionId },
      request_policies: {
        cors: { allowed_origins: ["https://b.example.com"], allowed_methods: ["POST"], is_allow_credentials_enabled: false, max_age_in_seconds: 0 },
        header_validations: {
          headers: [
            { name: "X-Sms-Signature", required: true },
            { name: "X-Trace", required: false },
          ],
          validation_mode: "PERMISSIVE",
        },
        query_parameter_validations: {
          parameters: [
            { name: "account", required: true },
            { name: "Account", required: false },
          ],
          validation_mode: "PERMISSIVE",
        },
        body_validation: {
          content: [
            { media_type: "application/json", validation_type: "NONE" },
            { media_type: "application/*", validation_type: "NONE" },
            { media_type: "*/*", validation_type: "NONE" },
          ],
          required: false,
          validation_mode: "PERMISSIVE",
        },
      },
      logging_policies: { access_log: { is_enabled: false }, execution_log: { log_level: "INFO" } },
    });
  });

  test("validation mode defaults to ENFORCING", () => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway, { routes: [{ ...okRoute("/x"), headerValidations: [{ name: "X-Id" }] }] });
    expect(specOf(synthValid(stack)).routes[0].request_policies).toEqual({ header_validations: { headers: [{ name: "X-Id", required: true }], validation_mode: "ENFORCING" } });
  });

  test.each([
    [{ headerValidations: [{ name: "X Id" }] }, 'routes[/x].headerValidations = "X Id" is not allowed: must be an HTTP header name'],
    [{ headerValidations: [{ name: "X-Id" }, { name: "x-id" }] }, 'routes[/x].headerValidations = "x-id" is not allowed: each name is validated once (header names are case-insensitive)'],
    [{ queryValidations: [{ name: "a&b" }] }, 'routes[/x].queryValidations = "a&b" is not allowed: must be a query parameter name'],
    [{ queryValidations: [{ name: "a" }, { name: "a" }] }, 'routes[/x].queryValidations = "a" is not allowed: each name is validated once'],
    [{ bodyValidation: { mediaTypes: [] } }, "routes[/x].bodyValidation.mediaTypes = [] is not allowed: at least one media type is required"],
    [{ bodyValidation: { mediaTypes: ["json"] } }, 'routes[/x].bodyValidation.mediaTypes = "json" is not allowed: must be a media type such as application/json, application/* or */*'],
    [{ bodyValidation: { mediaTypes: ["*/json"] } }, 'routes[/x].bodyValidation.mediaTypes = "*/json" is not allowed: must be a media type'],
    [{ bodyValidation: { mediaTypes: ["text/plain", "text/plain"] } }, 'routes[/x].bodyValidation.mediaTypes = ["text/plain","text/plain"] is not allowed: must not repeat a media type'],
    [{ headerValidations: [{ name: "X-Id" }], validationMode: "STRICT" }, 'routes[/x].validationMode = "STRICT" is not allowed: must be one of ENFORCING, PERMISSIVE, DISABLED'],
    [{ validationMode: "DISABLED" }, 'routes[/x].validationMode = "DISABLED" is not allowed: applies only together with headerValidations, queryValidations or bodyValidation'],
    [{ cors: { allowedOrigins: ["http://evil.example.com"] } }, 'routes[/x].cors.allowedOrigins = "http://evil.example.com" is not allowed: must use https://'],
    [{ logging: { executionLogLevel: "TRACE" } }, 'routes[/x].logging.executionLogLevel = "TRACE" is not allowed: must be one of INFO, WARN, ERROR'],
  ])("rejects %j", (options, message) => {
    const { gateway } = gatewayStack();
    expect(rejected(() => openDeployment(gateway).addRoute({ ...okRoute("/x"), ...(options as any) }))).toMatch(`${P}: ${message}`);
  });
});
