import { IConstruct } from "constructs";
import { ApigatewayDeploymentSpecificationRequestPoliciesCors } from "../../.gen/providers/oci/apigateway-deployment";
import { checkDuration, Duration, DurationBounds, reject } from "../core";
import { HEADER_NAME, HEADER_NAME_RULE } from "./limits";

/** Cross-origin resource sharing for browsers calling the API. */
export interface CorsOptions {
  /**
   * Origins allowed to call: `*`, `null` (file: pages), or
   * `https://host[:port]`. `http://` origins are refused except for
   * `localhost` / `127.0.0.1` (local development) unless
   * {@link allowInsecureOrigins} is set. Required, at least one.
   */
  readonly allowedOrigins: readonly string[];
  /** Methods allowed (`*` or GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS). Default: OCI's (none besides simple requests). */
  readonly allowedMethods?: readonly string[];
  /** Request headers allowed (`*` or header names). Default: OCI's. */
  readonly allowedHeaders?: readonly string[];
  /** Response headers exposed to the browser (`*` or header names). Default: OCI's. */
  readonly exposedHeaders?: readonly string[];
  /** Sends `Access-Control-Allow-Credentials: true`; refused with origin `*`. Default false. */
  readonly allowCredentials?: boolean;
  /** How long browsers may cache the preflight answer, whole seconds from 0 to 1 day (`Duration.hours(1)`; 0 sends no header). Default 0. */
  readonly maxAge?: Duration;
  /** Explicit opt-in for `http://` origins other than localhost. Default false. */
  readonly allowInsecureOrigins?: boolean;
}

/** The preflight cache time (`max_age_in_seconds`): whole seconds from 0 to the longest browsers honour (Firefox: 24 h). */
export const CORS_MAX_AGE: DurationBounds = { unit: "seconds", min: Duration.seconds(0), max: Duration.days(1) };
const CORS_METHODS = ["*", "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const ORIGIN = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:\d{1,5})?$/;
const LOCAL = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/** Validates CORS settings (`field` is e.g. `cors` or `routes[/x].cors`) and returns the `cors` block. */
export function renderCors(scope: IConstruct, field: string, cors: CorsOptions): ApigatewayDeploymentSpecificationRequestPoliciesCors {
  const origins = cors.allowedOrigins ?? [];
  if (!origins.length) reject(scope, `${field}.allowedOrigins`, origins, "at least one origin is required");
  for (const origin of origins) {
    if (origin === "*" || origin === "null") continue;
    const m = ORIGIN.exec(origin);
    if (!m) {
      reject(scope, `${field}.allowedOrigins`, origin, "must be *, null or scheme://host[:port] without a path or trailing slash");
      continue;
    }
    if (m[1] === "http" && !LOCAL.test(m[2]) && !cors.allowInsecureOrigins) {
      reject(scope, `${field}.allowedOrigins`, origin, "must use https:// (http:// only for localhost); set allowInsecureOrigins: true to opt in explicitly");
    }
  }
  if (cors.allowCredentials && origins.includes("*")) {
    reject(scope, `${field}.allowCredentials`, true, "credentials cannot be allowed for origin *; list the origins");
  }
  for (const m of cors.allowedMethods ?? []) if (!CORS_METHODS.includes(m)) reject(scope, `${field}.allowedMethods`, m, `must be one of ${CORS_METHODS.join(", ")}`);
  const headers = (name: string, list: readonly string[] | undefined) => {
    for (const h of list ?? []) if (h !== "*" && !HEADER_NAME.test(h)) reject(scope, `${field}.${name}`, h, `must be * or a header name: ${HEADER_NAME_RULE}`);
    return list && [...list];
  };
  const maxAge = checkDuration(scope, `${field}.maxAge`, cors.maxAge ?? Duration.seconds(0), CORS_MAX_AGE);
  return {
    allowedOrigins: [...origins],
    allowedMethods: cors.allowedMethods && [...cors.allowedMethods],
    allowedHeaders: headers("allowedHeaders", cors.allowedHeaders),
    exposedHeaders: headers("exposedHeaders", cors.exposedHeaders),
    isAllowCredentialsEnabled: cors.allowCredentials ?? false,
    maxAgeInSeconds: maxAge,
  };
}
