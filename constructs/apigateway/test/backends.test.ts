import { Backend } from "..";
import { Duration } from "../../core";
import { policyStatements, rejected, synthValid, TEST_COMPARTMENT } from "../../testing";
import { FakeFunction } from "./fake-function";
import { errorOf, FN_COMPARTMENT, gatewayInvoke, gatewayStack, openDeployment, specOf } from "./fixtures";

const P = "pipeline-dev/gateway/api";

describe("Backend.function", () => {
  test("renders the function and grants the gateway's compartment invoke, narrowed to ApiGateway principals", () => {
    const { stack, gateway, handler } = gatewayStack();
    const remote = new FakeFunction(stack, "remote", FN_COMPARTMENT);
    const api = openDeployment(gateway);
    api.addRoute({ path: "/local", methods: ["POST"], backend: Backend.function(handler) });
    api.addRoute({ path: "/remote", methods: ["POST"], backend: Backend.function(remote) });
    api.addRoute({ path: "/again", methods: ["GET"], backend: Backend.function(handler) });
    const doc = synthValid(stack);
    expect(specOf(doc).routes.map((r: any) => r.backend)).toEqual([
      { type: "ORACLE_FUNCTIONS_BACKEND", function_id: handler.functionId },
      { type: "ORACLE_FUNCTIONS_BACKEND", function_id: remote.functionId },
      { type: "ORACLE_FUNCTIONS_BACKEND", function_id: handler.functionId },
    ]);
    // One statement per function compartment (deduplicated), each in that compartment's grants policy.
    expect(policyStatements(doc)).toEqual([gatewayInvoke(FN_COMPARTMENT), gatewayInvoke(TEST_COMPARTMENT)].sort());
  });
});

describe("Backend.http", () => {
  test("https with timeouts; TLS verification stays on", () => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway).addRoute({
      path: "/orders",
      methods: ["GET", "POST"],
      backend: Backend.http("https://orders.internal.example.com:8443/v1", { connectTimeout: Duration.seconds(5), readTimeout: Duration.millis(30_500), sendTimeout: Duration.seconds(10) }),
    });
    const doc = synthValid(stack);
    expect(specOf(doc).routes[0].backend).toEqual({
      type: "HTTP_BACKEND",
      url: "https://orders.internal.example.com:8443/v1",
      connect_timeout_in_seconds: 5,
      read_timeout_in_seconds: 30.5,
      send_timeout_in_seconds: 10,
      is_ssl_verify_disabled: false,
    });
    expect(policyStatements(doc)).toEqual([]);
  });

  test("plain http and disabled TLS verification only through explicit opt-ins", () => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway).addRoute({ path: "/legacy", methods: ["ANY"], backend: Backend.http("http://10.0.1.5:8080", { allowInsecureHttp: true, allowSslVerifyDisabled: true }) });
    expect(specOf(synthValid(stack)).routes[0].backend).toEqual({ type: "HTTP_BACKEND", url: "http://10.0.1.5:8080", is_ssl_verify_disabled: true });
  });

  test.each([
    ["http://10.0.1.5:8080", {}, 'routes[/x].backend.url = "http://10.0.1.5:8080" is not allowed: must use https://; set allowInsecureHttp: true to opt in to plain http explicitly'],
    ["ftp://files.example.com", {}, 'routes[/x].backend.url = "ftp://files.example.com" is not allowed: must be an absolute https:// URL'],
    ["orders.example.com/v1", {}, 'routes[/x].backend.url = "orders.example.com/v1" is not allowed: must be an absolute https:// URL'],
    // The password never reaches the message (issue 12): scheme and host only.
    ["https://user:pw@orders.example.com", {}, 'routes[/x].backend.url = "https://orders.example.com/(rest redacted)" is not allowed: must not carry credentials'],
    ["https://o.example.com", { connectTimeout: Duration.seconds(0) }, 'routes[/x].backend.connectTimeout = "0 seconds" is not allowed: must be a Duration (Duration.seconds(n), ...) of seconds: more than 0 seconds and at most 75 seconds'],
    ["https://o.example.com", { connectTimeout: Duration.seconds(76) }, 'routes[/x].backend.connectTimeout = "76 seconds" is not allowed: must be a Duration (Duration.seconds(n), ...) of seconds: more than 0 seconds and at most 75 seconds'],
    ["https://o.example.com", { readTimeout: Duration.seconds(301) }, 'routes[/x].backend.readTimeout = "301 seconds" is not allowed: must be a Duration (Duration.seconds(n), ...) of seconds: more than 0 seconds and at most 300 seconds (5 minutes)'],
    ["https://o.example.com", { sendTimeout: Duration.seconds(-1) }, 'routes[/x].backend.sendTimeout = "-1 seconds" is not allowed: must be a Duration (Duration.seconds(n), ...) of seconds: more than 0 seconds and at most 300 seconds (5 minutes)'],
    ["https://o.example.com", { sendTimeout: 10 as any }, "routes[/x].backend.sendTimeout = 10 is not allowed: must be a Duration"],
  ])("rejects %s %j", (url, options, message) => {
    const { gateway } = gatewayStack();
    const api = openDeployment(gateway);
    expect(rejected(() => api.addRoute({ path: "/x", methods: ["GET"], backend: Backend.http(url, options) }))).toMatch(`${P}: ${message}`);
  });

  test("accepts the upper timeout bounds", () => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway).addRoute({ path: "/x", methods: ["GET"], backend: Backend.http("https://o.example.com", { connectTimeout: Duration.seconds(75), readTimeout: Duration.minutes(5), sendTimeout: Duration.seconds(300) }) });
    expect(specOf(synthValid(stack)).routes[0].backend).toMatchObject({ connect_timeout_in_seconds: 75, read_timeout_in_seconds: 300, send_timeout_in_seconds: 300 });
  });
});

describe("Backend.stockResponse", () => {
  test("renders status, body and headers", () => {
    const { stack, gateway } = gatewayStack();
    openDeployment(gateway).addRoute({ path: "/health", methods: ["GET", "HEAD"], backend: Backend.stockResponse({ status: 200, body: '{"ok":true}', headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } }) });
    expect(specOf(synthValid(stack)).routes[0]).toEqual({
      path: "/health",
      methods: ["GET", "HEAD"],
      backend: {
        type: "STOCK_RESPONSE_BACKEND",
        status: 200,
        body: '{"ok":true}',
        headers: [
          { name: "Content-Type", value: "application/json" },
          { name: "Cache-Control", value: "no-store" },
        ],
      },
    });
  });

  test("accepts the limits exactly: 4096-byte body, 50 headers, 4096 bytes of headers", () => {
    const { stack, gateway } = gatewayStack();
    const headers = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`h${String(i).padStart(2, "0")}`, "v"]));
    const json = JSON.stringify(Object.entries(headers).map(([name, value]) => ({ name, value })));
    const pad = 4096 - Buffer.byteLength(json);
    headers.h00 += "v".repeat(pad);
    openDeployment(gateway).addRoute({ path: "/x", methods: ["GET"], backend: Backend.stockResponse({ status: 599, body: "é".repeat(2048), headers }) });
    const backend = specOf(synthValid(stack)).routes[0].backend;
    expect(backend.headers).toHaveLength(50);
    expect(Buffer.byteLength(JSON.stringify(backend.headers))).toBe(4096);
    expect(Buffer.byteLength(backend.body)).toBe(4096);
  });

  const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`h${i}`, "v"]));
  test.each([
    [{ status: 99 }, "routes[/x].backend.status = 99 is not allowed: must be an integer HTTP status from 100 to 599"],
    [{ status: 600 }, "routes[/x].backend.status = 600 is not allowed: must be an integer HTTP status from 100 to 599"],
    [{ status: 200.5 }, "routes[/x].backend.status = 200.5 is not allowed"],
    [{ status: 200, body: "é".repeat(2049) }, "routes[/x].backend.body = ", "must be at most 4096 UTF-8 bytes (it has 4098)"],
    [{ status: 200, headers: many }, "routes[/x].backend.headers = ", "at most 50 headers (it has 51)"],
    [{ status: 200, headers: { "Bad Name": "x" } }, 'routes[/x].backend.headers = "Bad Name" is not allowed: must be an HTTP header name'],
    [{ status: 200, headers: { ["n".repeat(1025)]: "x" } }, "routes[/x].backend.headers = ", "at most 1024 UTF-8 bytes"],
    [{ status: 200, headers: { big: "v".repeat(4097) } }, "routes[/x].backend.headers[big] = ", "must be a string of at most 4096 UTF-8 bytes"],
    [{ status: 200, headers: { a: "v".repeat(2100), b: "v".repeat(2100) } }, "routes[/x].backend.headers = [\"a\",\"b\"] is not allowed: all headers together must be at most 4096 UTF-8 bytes as JSON (they take 4249)"],
    [{ status: 200, headers: { "Content-Type": "a", "content-type": "b" } }, 'routes[/x].backend.headers = "content-type" is not allowed: must not repeat a header (names are case-insensitive)'],
  ])("rejects %#", (options, message, extra = "") => {
    const { gateway } = gatewayStack();
    const api = openDeployment(gateway);
    const error = errorOf(() => api.addRoute({ path: "/x", methods: ["GET"], backend: Backend.stockResponse(options as any) }));
    expect(error).toContain(`${P}: ${message}`);
    expect(error).toContain(extra);
  });
});
