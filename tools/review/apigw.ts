/**
 * Reading an `oci_apigateway_deployment` specification: which routes are
 * anonymous, the authorizer, CORS and rate-limiting policies. Shared by the
 * exposure pass and the API Gateway rules.
 */
import { Json, JsonObject, compareStrings } from "./model";
import { block, blocks, dig, str, strings, truthy } from "./nested";

export interface RouteAccess {
  readonly route: string;
  readonly anonymous: boolean;
  readonly why: string;
}

function routeKey(route: JsonObject): string {
  const methods = strings(route.methods);
  return `${methods.length ? [...methods].sort(compareStrings).join(",") : "ANY"} ${str(route.path) ?? "?"}`;
}

/** The deployment-wide authentication policy (`authentication` or `dynamic_authentication`), if any. */
export function authenticationPolicy(body: JsonObject | null): JsonObject | undefined {
  const policies = dig(body?.specification, "request_policies");
  return block(dig(policies, "authentication")) ?? block(dig(policies, "dynamic_authentication"));
}

/**
 * Effective access of every route of a deployment body. Without a
 * deployment-wide authentication policy every route is open; with one, a
 * route is open only when its authorization type is ANONYMOUS.
 */
export function routeAccess(body: JsonObject | null): Map<string, RouteAccess> {
  const out = new Map<string, RouteAccess>();
  const spec = block(body?.specification);
  if (!spec) return out;
  const authentication = authenticationPolicy(body);
  for (const route of blocks(spec.routes)) {
    const key = routeKey(route);
    const type = str(dig(route, "request_policies", "authorization", "type")) ?? "AUTHENTICATION_ONLY";
    if (!authentication) out.set(key, { route: key, anonymous: true, why: "no authentication policy on the deployment" });
    else if (type.toUpperCase() === "ANONYMOUS") out.set(key, { route: key, anonymous: true, why: "route authorization ANONYMOUS" });
    else out.set(key, { route: key, anonymous: false, why: `authorization ${type}` });
  }
  return out;
}

/** The authorizer function of a CUSTOM_AUTHENTICATION policy (an OCID or a reference), if any. */
export function authorizerFunction(body: JsonObject | null): string | undefined {
  const auth = block(dig(body?.specification, "request_policies", "authentication"));
  return str(auth?.type)?.toUpperCase() === "CUSTOM_AUTHENTICATION" ? str(auth?.function_id) : undefined;
}

export interface CorsPolicy {
  /** `deployment` or the route key (`GET /orders`). */
  readonly scope: string;
  readonly origins: readonly string[];
  readonly credentials: boolean;
}

/** CORS policies of the deployment and of each route. */
export function corsPolicies(body: JsonObject | null): CorsPolicy[] {
  const spec = block(body?.specification);
  if (!spec) return [];
  const policy = (scope: string, cors: Json | undefined): CorsPolicy[] => {
    const b = block(cors);
    return b ? [{ scope, origins: strings(b.allowed_origins), credentials: truthy(b.is_allow_credentials_enabled) }] : [];
  };
  return [
    ...policy("deployment", dig(spec, "request_policies", "cors")),
    ...blocks(spec.routes).flatMap((route) => policy(`route ${routeKey(route)}`, dig(route, "request_policies", "cors"))),
  ];
}

/**
 * `*` matches every origin and `null` the opaque origins of files and sandboxed
 * frames; with credentials allowed, pages on any such origin can call the API
 * with the user's cookies or authorization headers:
 * https://docs.oracle.com/en-us/iaas/tools/dotnet/latest/api/Oci.ApigatewayService.Models.CorsPolicy.html
 */
export function wildcardOrigins(p: CorsPolicy): string[] {
  return p.origins.filter((o) => o === "*" || o === "null");
}

/** A CORS policy that lets any origin make credentialed calls. */
export function isCredentialedWildcard(p: CorsPolicy): boolean {
  return p.credentials && wildcardOrigins(p).length > 0;
}

/**
 * The deployment-wide rate limit, when configured: `50/s per CLIENT_IP`. It applies to every route:
 * https://docs.oracle.com/en-us/iaas/Content/APIGateway/Tasks/apigatewaylimitingbackendaccess.htm
 */
export function rateLimit(spec: Json | undefined): string | undefined {
  const rl = block(dig(spec, "request_policies", "rate_limiting"));
  if (!rl) return undefined;
  const rate = rl.rate_in_requests_per_second;
  return `${typeof rate === "number" || typeof rate === "string" ? rate : "?"}/s per ${str(rl.rate_key) ?? "?"}`;
}
