/** Rules over API Gateway deployments. */
import { JsonObject } from "../model";
import { block, blocks, dig, str } from "../nested";
import { routeAccess } from "../exposure";
import { Hit, Rule } from "./types";

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
function backendsOf(route: JsonObject): JsonObject[] {
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
