/**
 * Exposure changes: what this change makes reachable from outside. API
 * routes that became anonymous or lost authentication, subscription
 * endpoints added or changed (where notifications now go), and buckets,
 * gateways or repositories made public.
 */
import { ExposureChange, JsonObject, ResourceChange, compareStrings } from "./model";
import { block, blocks, dig, str, strings, truthy } from "./nested";
import { Redactor } from "./mask";

export interface RouteAccess {
  readonly route: string;
  readonly anonymous: boolean;
  readonly why: string;
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
  const policies = dig(spec, "request_policies");
  const authentication = block(dig(policies, "authentication")) ?? block(dig(policies, "dynamic_authentication"));
  for (const route of blocks(spec.routes)) {
    const methods = strings(route.methods);
    const key = `${methods.length ? [...methods].sort(compareStrings).join(",") : "ANY"} ${str(route.path) ?? "?"}`;
    const type = str(dig(route, "request_policies", "authorization", "type")) ?? "AUTHENTICATION_ONLY";
    if (!authentication) out.set(key, { route: key, anonymous: true, why: "no authentication policy on the deployment" });
    else if (type.toUpperCase() === "ANONYMOUS") out.set(key, { route: key, anonymous: true, why: "route authorization ANONYMOUS" });
    else out.set(key, { route: key, anonymous: false, why: `authorization ${type}` });
  }
  return out;
}

function deploymentExposure(c: ResourceChange): ExposureChange[] {
  const out: ExposureChange[] = [];
  const before = routeAccess(c.before);
  for (const [key, r] of routeAccess(c.after)) {
    const was = before.get(key);
    if (!r.anonymous || was?.anonymous) continue;
    out.push({ address: c.address, kind: "anonymous-route", detail: `\`${key}\` is anonymous (${r.why})${was ? ", was authenticated" : ", new route"}` });
  }
  const authBefore = block(dig(c.before?.specification, "request_policies", "authentication"));
  const authAfter = block(dig(c.after?.specification, "request_policies", "authentication"));
  if (authBefore && !authAfter) {
    out.push({ address: c.address, kind: "authentication-removed", detail: `deployment authentication policy removed (was ${str(authBefore.type) ?? "?"})` });
  } else if (authBefore && authAfter && !truthy(authBefore.is_anonymous_access_allowed) && truthy(authAfter.is_anonymous_access_allowed)) {
    out.push({ address: c.address, kind: "authentication-removed", detail: "authentication policy now allows anonymous access" });
  }
  return out;
}

function subscriptionExposure(c: ResourceChange, redactor: Redactor): ExposureChange[] {
  const endpoint = str(c.after?.endpoint) ?? "";
  const protocol = str(c.after?.protocol) ?? "?";
  const oldEndpoint = str(c.before?.endpoint);
  const oldProtocol = str(c.before?.protocol);
  if (c.before && oldEndpoint === endpoint && oldProtocol === protocol) return [];
  const plain = /^http:\/\//i.test(endpoint) ? " — plain HTTP" : "";
  const was = c.before ? `was ${oldProtocol ?? "?"} ${redactor.url(oldEndpoint ?? "?")}` : "new subscription";
  return [{ address: c.address, kind: "subscription-endpoint", detail: `${protocol} ${redactor.url(endpoint)}${plain} (${was})` }];
}

const PUBLIC_BUCKET = new Set(["ObjectRead", "ObjectReadWithoutList"]);

/** A boolean-ish attribute that became public on this change (created public, or flipped). */
function becamePublic(c: ResourceChange, isPublic: (body: JsonObject | null) => boolean): boolean {
  return isPublic(c.after) && !isPublic(c.before);
}

/** Exposure changes of one stack's changes, in address order. */
export function exposureChanges(changes: readonly ResourceChange[], redactor: Redactor): ExposureChange[] {
  const out: ExposureChange[] = [];
  for (const c of changes) {
    if (!c.after) continue;
    switch (c.type) {
      case "oci_apigateway_deployment":
        out.push(...deploymentExposure(c));
        break;
      case "oci_ons_subscription":
        out.push(...subscriptionExposure(c, redactor));
        break;
      case "oci_objectstorage_bucket":
        if (becamePublic(c, (b) => PUBLIC_BUCKET.has(str(b?.access_type) ?? ""))) {
          out.push({ address: c.address, kind: "public-bucket", detail: `access_type ${str(c.before?.access_type) ?? "NoPublicAccess"} → ${str(c.after.access_type)}` });
        }
        break;
      case "oci_apigateway_gateway":
        if (becamePublic(c, (b) => str(b?.endpoint_type)?.toUpperCase() === "PUBLIC")) {
          out.push({ address: c.address, kind: "public-gateway", detail: "gateway endpoint_type PUBLIC" });
        }
        break;
      case "oci_artifacts_container_repository":
        if (becamePublic(c, (b) => truthy(b?.is_public))) out.push({ address: c.address, kind: "public-repository", detail: "container repository is_public = true" });
        break;
    }
  }
  return out;
}
