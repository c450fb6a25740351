import { ApigatewayDeploymentSpecificationRoutesBackend } from "../../.gen/providers/oci/apigateway-deployment";
import { isToken } from "../core";
import type { IFunction } from "../functions/function-base";
import { ApiBindContext, checkUrl, rejectAt, grantGatewayInvoke } from "./bind";
import { HEADER_NAME, HEADER_NAME_RULE, STOCK_RESPONSE_LIMITS, utf8Bytes } from "./limits";

/** Upper bounds of HTTP backend timeouts, in seconds (commonly quoted OCI values; docs/oci-facts.md#api-gateway marks them unverified). */
export const HTTP_BACKEND_TIMEOUTS = { connect: 75, read: 300, send: 300 } as const;

export interface HttpBackendOptions {
  /** Seconds to wait for the TCP/TLS connection, more than 0 and at most 75. Default: OCI's (60). */
  readonly connectTimeoutInSeconds?: number;
  /** Seconds to wait for the response, more than 0 and at most 300. Default: OCI's (10). */
  readonly readTimeoutInSeconds?: number;
  /** Seconds to wait while sending the request, more than 0 and at most 300. Default: OCI's (10). */
  readonly sendTimeoutInSeconds?: number;
  /** Explicit opt-in for a plain `http://` backend URL. Default false: https only. */
  readonly allowInsecureHttp?: boolean;
  /** Explicit opt-in that turns off TLS certificate verification of the backend. Default false. */
  readonly allowSslVerifyDisabled?: boolean;
}

export interface StockResponseOptions {
  /** HTTP status, 100-599. */
  readonly status: number;
  /** Response body, at most 4096 UTF-8 bytes. Default empty. */
  readonly body?: string;
  /** Response headers: at most 50; name at most 1024 B, value at most 4096 B, all together at most 4096 B. Default none. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Where a route sends its requests. Binding happens when the route is added:
 * the backend checks its settings (errors name the deployment and route) and
 * adds what the gateway needs, e.g. the invoke grant for a function.
 */
export abstract class Backend {
  /** An OCI function (`ORACLE_FUNCTIONS_BACKEND`); grants the gateway's compartment invoke on it. */
  static function(fn: IFunction): Backend {
    return new FunctionBackend(fn);
  }

  /** An HTTPS endpoint (`HTTP_BACKEND`). */
  static http(url: string, options: HttpBackendOptions = {}): Backend {
    return new HttpBackend(url, options);
  }

  /** A fixed response from the gateway itself (`STOCK_RESPONSE_BACKEND`), e.g. a health check. */
  static stockResponse(options: StockResponseOptions): Backend {
    return new StockResponseBackend(options);
  }

  /** Validates the backend for one route and returns its `backend` block. */
  abstract bind(ctx: ApiBindContext): ApigatewayDeploymentSpecificationRoutesBackend;
}

/** A function backend. */
export class FunctionBackend extends Backend {
  constructor(public readonly fn: IFunction) {
    super();
  }

  bind(ctx: ApiBindContext): ApigatewayDeploymentSpecificationRoutesBackend {
    grantGatewayInvoke(this.fn, ctx);
    return { type: "ORACLE_FUNCTIONS_BACKEND", functionId: this.fn.functionId };
  }
}

/** An HTTP backend. */
export class HttpBackend extends Backend {
  constructor(
    public readonly url: string,
    public readonly options: HttpBackendOptions,
  ) {
    super();
  }

  bind(ctx: ApiBindContext): ApigatewayDeploymentSpecificationRoutesBackend {
    const o = this.options;
    checkUrl(ctx, "url", this.url, o.allowInsecureHttp ?? false, "allowInsecureHttp");
    const timeout = (field: string, value: number | undefined, max: number) => {
      if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > max)) {
        rejectAt(ctx, field, value, `must be a number of seconds greater than 0 and at most ${max}`);
      }
      return value;
    };
    return {
      type: "HTTP_BACKEND",
      url: this.url,
      connectTimeoutInSeconds: timeout("connectTimeoutInSeconds", o.connectTimeoutInSeconds, HTTP_BACKEND_TIMEOUTS.connect),
      readTimeoutInSeconds: timeout("readTimeoutInSeconds", o.readTimeoutInSeconds, HTTP_BACKEND_TIMEOUTS.read),
      sendTimeoutInSeconds: timeout("sendTimeoutInSeconds", o.sendTimeoutInSeconds, HTTP_BACKEND_TIMEOUTS.send),
      isSslVerifyDisabled: o.allowSslVerifyDisabled ?? false,
    };
  }
}

/** A stock-response backend. */
export class StockResponseBackend extends Backend {
  constructor(public readonly options: StockResponseOptions) {
    super();
  }

  bind(ctx: ApiBindContext): ApigatewayDeploymentSpecificationRoutesBackend {
    const { status, body, headers = {} } = this.options;
    const L = STOCK_RESPONSE_LIMITS;
    if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) rejectAt(ctx, "status", status, "must be an integer HTTP status from 100 to 599");
    if (body !== undefined && !isToken(body) && utf8Bytes(body) > L.bodyBytes) rejectAt(ctx, "body", body, `must be at most ${L.bodyBytes} UTF-8 bytes (it has ${utf8Bytes(body)})`);
    const list = Object.entries(headers).map(([name, value]) => ({ name, value }));
    if (list.length > L.headers) rejectAt(ctx, "headers", Object.keys(headers), `at most ${L.headers} headers (it has ${list.length})`);
    const seen = new Set<string>();
    for (const { name, value } of list) {
      if (seen.has(name.toLowerCase())) rejectAt(ctx, "headers", name, "must not repeat a header (names are case-insensitive)");
      seen.add(name.toLowerCase());
      if (!HEADER_NAME.test(name) || utf8Bytes(name) > L.headerNameBytes) rejectAt(ctx, "headers", name, `${HEADER_NAME_RULE}, at most ${L.headerNameBytes} UTF-8 bytes`);
      if (typeof value !== "string" || utf8Bytes(value) > L.headerValueBytes) rejectAt(ctx, `headers[${name}]`, value, `must be a string of at most ${L.headerValueBytes} UTF-8 bytes`);
    }
    const total = utf8Bytes(JSON.stringify(list));
    if (total > L.allHeadersBytes) rejectAt(ctx, "headers", Object.keys(headers), `all headers together must be at most ${L.allHeadersBytes} UTF-8 bytes as JSON (they take ${total})`);
    return { type: "STOCK_RESPONSE_BACKEND", status, body, headers: list.length ? list : undefined };
  }
}
