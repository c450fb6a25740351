/** Rules over API Gateway deployments. */
import { JsonObject } from "../model";
import { block, blocks, dig, str } from "../nested";
import { authorizerFunction, corsPolicies, isCredentialedWildcard, rateLimit, routeAccess, wildcardOrigins } from "../apigw";
import { ChangeRule, Hit, Rule } from "./types";

export const anonymousRoute: Rule = {
  id: "OCI-APIGW-001",
  severity: "high",
  title: "anonymous API route",
  remediation:
    "Add a deployment `request_policies.authentication` (CUSTOM_AUTHENTICATION, JWT or TOKEN) and keep route authorization AUTHENTICATION_ONLY or ANY_OF; leave ANONYMOUS only for routes that must be public.",
  types: ["oci_apigateway_deployment"],
  check: (r) =>
    [...routeAccess(r.body).values()]
      .filter((a) => a.anonymous)
      .map((a) => ({ path: "specification.routes", message: `route \`${a.route}\` accepts unauthenticated calls (${a.why})` })),
};

/** Backends of a route, including those behind dynamic routing. */
export function backendsOf(route: JsonObject): JsonObject[] {
  const direct = block(route.backend);
  const dynamic = blocks(dig(route, "backend", "routing_backends")).map((rb) => block(rb.backend));
  return [direct, ...dynamic].filter((b): b is JsonObject => !!b);
}

export const plainHttpBackend: Rule = {
  id: "OCI-APIGW-002",
  severity: "medium",
  title: "plain-HTTP API backend",
  remediation: "Use an `https://` backend URL (and keep `is_ssl_verify_disabled` false).",
  types: ["oci_apigateway_deployment"],
  check: (r) => {
    const hits: Hit[] = [];
    blocks(block(r.body.specification)?.routes).forEach((route, i) => {
      for (const b of backendsOf(route)) {
        if (/^http:\/\//i.test(str(b.url) ?? "")) hits.push({ path: `specification.routes[${i}].backend`, message: `route \`${str(route.path) ?? "?"}\` forwards over plain HTTP` });
      }
    });
    return hits;
  },
};

export const credentialedWildcardCors: Rule = {
  id: "OCI-APIGW-003",
  severity: "high",
  title: "CORS allows any origin with credentials",
  remediation:
    "List the exact origins that may call the API (`https://app.example.com`) in `allowed_origins`, or set `is_allow_credentials_enabled = false` for a public, cookie-less API.",
  types: ["oci_apigateway_deployment"],
  check: (r) =>
    corsPolicies(r.body)
      .filter(isCredentialedWildcard)
      .map((p) => ({
        path: p.scope === "deployment" ? "specification.request_policies.cors" : "specification.routes",
        message: `${p.scope} CORS allows origin ${wildcardOrigins(p).map((o) => `\`${o}\``).join(", ")} with credentials: any web page can call the API with its visitors' cookies or authorization headers`,
      })),
};

export const rateLimitRemoved: ChangeRule = {
  id: "OCI-APIGW-004",
  severity: "high",
  title: "rate limiting removed",
  remediation:
    "Keep `request_policies.rate_limiting` (e.g. `rate_key = \"CLIENT_IP\"`) on deployments reachable from outside; it is the gateway's only throttle in front of the functions (and their cost).",
  types: ["oci_apigateway_deployment"],
  check: (d) => {
    const was = rateLimit(d.before?.specification);
    if (!was || !d.after) return [];
    if (!rateLimit(d.after.specification)) return [{ path: "specification.request_policies.rate_limiting", message: `rate limiting removed (was ${was})` }];
    // Plans: the provider keeps an Optional+Computed block that the configuration dropped; only the configuration shows it.
    if (d.declared && !block(dig(d.declared.specification, "request_policies", "rate_limiting"))) {
      return [
        {
          path: "specification.request_policies.rate_limiting",
          message: `rate limiting removed from the configuration (was ${was}); the plan keeps the live policy, so it shows no change, but a replacement or a new environment gets none`,
        },
      ];
    }
    return [];
  },
};

export const authorizerSwapped: ChangeRule = {
  id: "OCI-APIGW-005",
  severity: "high",
  title: "authorizer function swapped",
  remediation:
    "Confirm the new function is the reviewed authorizer (it decides who gets in for every route), and that its image, config and IAM grants are part of this review.",
  types: ["oci_apigateway_deployment"],
  check: (d, ctx) => {
    const before = authorizerFunction(d.before);
    const after = authorizerFunction(d.after);
    if (!before || !after || before === after) return [];
    const was = ctx.baseEnv.resolve(before, ctx.stack, "oci_functions_function");
    const now = ctx.env.resolve(after, ctx.stack, "oci_functions_function");
    // A replaced authorizer keeps its address: a new OCID, the same function.
    if (was && now && was.stack === now.stack && was.resource.address === now.resource.address) return [];
    const name = (l: typeof was, raw: string) => `\`${l ? l.resource.address : raw}\``;
    return [
      {
        path: "specification.request_policies.authentication.function_id",
        message: `authorizer function changed from ${name(was, before)} to ${name(now, after)}: every request to this deployment is now admitted or denied by another function`,
      },
    ];
  },
};
