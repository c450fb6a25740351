/**
 * OCI API Gateway service limits and enumerations checked at synthesis time
 * (docs/oci-facts.md#api-gateway, which marks the ones not re-read as unverified;
 * https://docs.oracle.com/iaas/Content/General/Concepts/servicelimits.htm).
 */

/** Active deployments per gateway. */
export const MAX_DEPLOYMENTS_PER_GATEWAY = 20;
/** Routes per deployment. */
export const MAX_ROUTES_PER_DEPLOYMENT = 50;
/** Characters in a deployment's path prefix. */
export const MAX_PATH_PREFIX_LENGTH = 255;
/** Characters in a route path. */
export const MAX_ROUTE_PATH_LENGTH = 2000;

/** Stock-response limits, in UTF-8 bytes. */
export const STOCK_RESPONSE_LIMITS = {
  bodyBytes: 4096,
  headers: 50,
  headerNameBytes: 1024,
  headerValueBytes: 4096,
  /** All headers together, measured as the JSON OCI receives (`[{"name":..,"value":..}]`). */
  allHeadersBytes: 4096,
} as const;

/** HTTP methods a route can serve. `ANY` stands for all of them and is used alone. */
export const ROUTE_METHODS = ["ANY", "HEAD", "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

/** What a failed header, query or body validation does: 4xx (ENFORCING), metrics only (PERMISSIVE), nothing (DISABLED). */
export const VALIDATION_MODES = ["ENFORCING", "PERMISSIVE", "DISABLED"] as const;
export type ValidationMode = (typeof VALIDATION_MODES)[number];

/** Execution-log verbosity. */
export const EXECUTION_LOG_LEVELS = ["INFO", "WARN", "ERROR"] as const;
export type ExecutionLogLevel = (typeof EXECUTION_LOG_LEVELS)[number];

/** Rate-limit buckets: one per client IP, or one for the whole deployment. */
export const RATE_LIMIT_KEYS = ["CLIENT_IP", "TOTAL"] as const;
export type RateLimitKey = (typeof RATE_LIMIT_KEYS)[number];

/** HTTP header names are RFC 9110 tokens. */
export const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Query parameter names the gateway can address: no reserved URL characters. */
export const QUERY_PARAM_NAME = /^[A-Za-z0-9._~-]+$/;
/** A header name, for error messages. */
export const HEADER_NAME_RULE = "must be an HTTP header name (RFC 9110 token: letters, digits and !#$%&'*+.^_`|~-)";
/** A query parameter name, for error messages. */
export const QUERY_PARAM_RULE = "must be a query parameter name (letters, digits, '.', '_', '~', '-')";

/** UTF-8 size of a string. */
export const utf8Bytes = (s: string): number => Buffer.byteLength(s, "utf8");
