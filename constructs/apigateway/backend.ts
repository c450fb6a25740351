import { ApigatewayDeploymentSpecificationRoutesBackend } from "../../.gen/providers/oci/apigateway-deployment";
import { Duration, DurationBounds, isToken } from "../core";
import type { IFunction } from "../functions/function-base";
import { ApiBindContext, checkUrl, durationAt, rejectAt, grantGatewayInvoke } from "./bind";
import { HEADER_NAME, HEADER_NAME_RULE, STOCK_RESPONSE_LIMITS, utf8Bytes } from "./limits";

/** A timeout of an HTTP backend (`*_timeout_in_seconds`, decimal seconds) greater than 0 and at most `max`. */
const backendTimeout = (max: Duration): DurationBounds => ({ unit: "seconds", min: Duration.seconds(0), exclusiveMin: true, max, fractional: true });

/** Bounds of HTTP backend timeouts (commonly quoted OCI values; docs/oci-facts.md#api-gateway marks the upper bounds unverified). */
export const HTTP_BACKEND_TIMEOUTS = { connect: backendTimeout(Duration.seconds(75)), read: backendTimeout(Duration.minutes(5)), send: backendTimeout(Duration.minutes(5)) } as const;

export interface HttpBackendOptions {
  /** How long to wait for the TCP/TLS connection, more than 0 and at most 75 seconds (`Duration.seconds(10)`). Default: OCI's (60 seconds). */
  readonly connectTimeout?: Duration;
  /** How long to wait for the response, more than 0 and at most 5 minutes. Default: OCI's (10 seconds). */
  readonly readTimeout?: Duration;
  /** How long to wait while sending the request, more than 0 and at most 5 minutes. Default: OCI's (10 seconds). */
  readonly sendTimeout?: Duration;
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
    return {
      type: "HTTP_BACKEND",
      url: this.url,
      connectTimeoutInSeconds: durationAt(ctx, "connectTimeout", o.connectTimeout, HTTP_BACKEND_TIMEOUTS.connect),
      readTimeoutInSeconds: durationAt(ctx, "readTimeout", o.readTimeout, HTTP_BACKEND_TIMEOUTS.read),
      sendTimeoutInSeconds: durationAt(ctx, "sendTimeout", o.sendTimeout, HTTP_BACKEND_TIMEOUTS.send),
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
