import { IConstruct } from "constructs";
import { reject } from "../core";
import { Authorization } from "./authorization";
import { Backend } from "./backend";
import { CorsOptions } from "./cors";
import { MAX_ROUTE_PATH_LENGTH, ROUTE_METHODS, RouteMethod } from "./limits";
import { RouteLoggingOptions } from "./logging-policy";
import { RequestValidationOptions } from "./request-validation";

/** One route of a deployment: a path, its methods and where requests go. */
export interface RouteOptions extends RequestValidationOptions {
  /**
   * Path below the deployment's prefix: starts with `/`, at most 2000
   * characters, no empty segments; a segment is literal text, a parameter
   * `{name}`, or (last segment only) a wildcard `{name*}`.
   */
  readonly path: string;
  /** HTTP methods: any of HEAD, GET, POST, PUT, PATCH, DELETE, OPTIONS, or `ANY` alone. No repeats. */
  readonly methods: readonly RouteMethod[];
  /** Where requests go: {@link Backend.function}, {@link Backend.http} or {@link Backend.stockResponse}. */
  readonly backend: Backend;
  /** Who may call it once authenticated. Default {@link Authorization.authenticationOnly} (on an authenticated deployment). */
  readonly authorization?: Authorization;
  /** CORS for this route, replacing the deployment's. Default: the deployment's. */
  readonly cors?: CorsOptions;
  /** Log settings for this route. Default: the deployment's. */
  readonly logging?: RouteLoggingOptions;
}

const LITERAL_SEGMENT = /^[A-Za-z0-9\-._~!$&'()+,;=:@%]+$/;
const PARAM_SEGMENT = /^\{([A-Za-z_][A-Za-z0-9_]*)(\*?)\}$/;
const PATH_RULE = "must start with '/' and consist of non-empty segments, each literal text (letters, digits, -._~!$&'()+,;=:@%), a parameter {name}, or a final wildcard {name*}";

/**
 * Checks a route path and returns its shape: parameter names replaced, so
 * `/a/{x}` and `/a/{y}` compare equal (the gateway cannot tell them apart).
 */
export function checkRoutePath(scope: IConstruct, field: string, path: string): string {
  if (typeof path !== "string" || !path.startsWith("/")) {
    reject(scope, field, path, PATH_RULE);
    return String(path);
  }
  if (path.length > MAX_ROUTE_PATH_LENGTH) {
    reject(scope, field, path, `must be at most ${MAX_ROUTE_PATH_LENGTH} characters (it has ${path.length})`);
    return path;
  }
  if (path === "/") return "/";
  // One error per path: the first problem found.
  let rejected = false;
  const problem = (allowed: string) => {
    if (!rejected) reject(scope, field, path, allowed);
    rejected = true;
  };
  const segments = path.slice(1).split("/");
  const params = new Set<string>();
  const shape = segments.map((segment, i) => {
    const m = PARAM_SEGMENT.exec(segment);
    if (!m) {
      if (!LITERAL_SEGMENT.test(segment)) problem(PATH_RULE);
      return segment;
    }
    const [, name, wildcard] = m;
    if (wildcard && i !== segments.length - 1) problem(`the wildcard {${name}*} must be the last segment`);
    if (params.has(name)) problem(`parameter {${name}} appears twice`);
    params.add(name);
    return wildcard ? "{*}" : "{}";
  });
  return `/${shape.join("/")}`;
}

/** Checks a route's methods: known, no repeats, `ANY` alone. */
export function checkMethods(scope: IConstruct, field: string, methods: readonly RouteMethod[]): RouteMethod[] {
  if (!Array.isArray(methods) || !methods.length) {
    reject(scope, field, methods, `at least one of ${ROUTE_METHODS.join(", ")}`);
    return [];
  }
  for (const m of methods) if (!ROUTE_METHODS.includes(m)) reject(scope, field, m, `must be one of ${ROUTE_METHODS.join(", ")}`);
  if (new Set(methods).size !== methods.length) reject(scope, field, methods, "must not repeat a method");
  if (methods.includes("ANY") && methods.length > 1) reject(scope, field, methods, "ANY already covers every method; use it alone");
  return [...methods];
}
