/**
 * Exposure changes: what this change makes reachable from outside, one row
 * per real change. API deployments that lost authentication (with the routes
 * that became anonymous) or whose routes became anonymous, CORS opened to any
 * origin with credentials, subscription endpoints added or changed (where
 * notifications now go), buckets, gateways and repositories made public, and
 * ingress opened to the internet.
 */
import { ExposureChange, JsonObject, ResourceChange, Severity, worstSeverity } from "./model";
import { authenticationPolicy, corsPolicies, isCredentialedWildcard, routeAccess, wildcardOrigins } from "./apigw";
import { SECURITY_RULE_TYPES, describeOpening, newlyOpened, openingSeverity } from "./network";
import { str, truthy } from "./nested";
import { Redactor } from "./mask";

function quoteList(items: readonly string[]): string {
  return items.map((i) => `\`${i}\``).join(", ");
}

/** At most one row per deployment for authentication: the routes it opened and why. */
function authenticationExposure(c: ResourceChange): ExposureChange[] {
  const before = routeAccess(c.before);
  const opened = [...routeAccess(c.after).values()].filter((r) => r.anonymous && !before.get(r.route)?.anonymous);
  const authBefore = authenticationPolicy(c.before);
  const authAfter = authenticationPolicy(c.after);
  const routes = opened.length ? `; now anonymous: ${quoteList(opened.map((r) => r.route))}` : "";
  if (authBefore && !authAfter) {
    return [{ address: c.address, kind: "authentication-removed", severity: "high", detail: `deployment authentication policy removed (was ${str(authBefore.type) ?? "?"})${routes}` }];
  }
  const anonymousAllowed = authBefore && authAfter && !truthy(authBefore.is_anonymous_access_allowed) && truthy(authAfter.is_anonymous_access_allowed);
  if (!opened.length) {
    return anonymousAllowed ? [{ address: c.address, kind: "authentication-removed", severity: "medium", detail: "authentication policy now allows anonymous access (no route is ANONYMOUS yet)" }] : [];
  }
  const detail = opened.map((r) => `\`${r.route}\` (${r.why}${c.before && before.has(r.route) ? ", was authenticated" : ", new route"})`).join(", ");
  return [{ address: c.address, kind: "anonymous-route", severity: "high", detail: `anonymous: ${detail}${anonymousAllowed ? "; the policy now allows anonymous access" : ""}` }];
}

function corsExposure(c: ResourceChange): ExposureChange[] {
  const before = new Map(corsPolicies(c.before).map((p) => [p.scope, p]));
  return corsPolicies(c.after)
    .filter((p) => isCredentialedWildcard(p) && !(before.get(p.scope) && isCredentialedWildcard(before.get(p.scope)!)))
    .map((p) => ({
      address: c.address,
      kind: "cors-widened" as const,
      severity: "high" as const,
      detail: `${p.scope} CORS allows origin ${quoteList(wildcardOrigins(p))} with credentials${before.has(p.scope) ? ` (was ${quoteList(before.get(p.scope)!.origins)}${before.get(p.scope)!.credentials ? " with credentials" : ""})` : ""}`,
    }));
}

function subscriptionExposure(c: ResourceChange, redactor: Redactor): ExposureChange[] {
  const endpoint = str(c.after?.endpoint) ?? "";
  const protocol = str(c.after?.protocol) ?? "?";
  const oldEndpoint = str(c.before?.endpoint);
  const oldProtocol = str(c.before?.protocol);
  if (c.before && oldEndpoint === endpoint && oldProtocol === protocol) return [];
  const plain = /^http:\/\//i.test(endpoint);
  const was = c.before ? `was ${oldProtocol ?? "?"} ${redactor.value(oldEndpoint ?? "?", "endpoint")}` : "new subscription";
  return [
    {
      address: c.address,
      kind: "subscription-endpoint",
      severity: plain ? "high" : "low",
      detail: `${protocol} ${redactor.value(endpoint, "endpoint")}${plain ? " — plain HTTP" : ""} (${was})`,
    },
  ];
}

function networkExposure(c: ResourceChange): ExposureChange[] {
  const opened = newlyOpened(c.type, c.before, c.after);
  if (!opened.length) return [];
  const severity = worstSeverity(...opened.map(openingSeverity))!;
  return [{ address: c.address, kind: "network-opened", severity, detail: `ingress opened to the internet: ${opened.map(describeOpening).join(", ")}` }];
}

const PUBLIC_BUCKET = new Set(["ObjectRead", "ObjectReadWithoutList"]);

/** A boolean-ish attribute that became public on this change (created public, or flipped). */
function becamePublic(c: ResourceChange, isPublic: (body: JsonObject | null) => boolean): boolean {
  return isPublic(c.after) && !isPublic(c.before);
}

function publicExposure(c: ResourceChange, kind: ExposureChange["kind"], severity: Severity, detail: string, isPublic: (b: JsonObject | null) => boolean): ExposureChange[] {
  return becamePublic(c, isPublic) ? [{ address: c.address, kind, severity, detail }] : [];
}

/** Exposure changes of one stack's changes, in address order. */
export function exposureChanges(changes: readonly ResourceChange[], redactor: Redactor): ExposureChange[] {
  const out: ExposureChange[] = [];
  for (const c of changes) {
    if (!c.after) continue;
    if ((SECURITY_RULE_TYPES as readonly string[]).includes(c.type)) {
      out.push(...networkExposure(c));
      continue;
    }
    switch (c.type) {
      case "oci_apigateway_deployment":
        out.push(...authenticationExposure(c), ...corsExposure(c));
        break;
      case "oci_ons_subscription":
        out.push(...subscriptionExposure(c, redactor));
        break;
      case "oci_objectstorage_bucket":
        out.push(
          ...publicExposure(c, "public-bucket", "high", `access_type ${str(c.before?.access_type) ?? "NoPublicAccess"} → ${str(c.after.access_type)}`, (b) =>
            PUBLIC_BUCKET.has(str(b?.access_type) ?? ""),
          ),
        );
        break;
      case "oci_apigateway_gateway":
        out.push(...publicExposure(c, "public-gateway", "medium", "gateway endpoint_type PUBLIC", (b) => str(b?.endpoint_type)?.toUpperCase() === "PUBLIC"));
        break;
      case "oci_artifacts_container_repository":
        out.push(...publicExposure(c, "public-repository", "high", "container repository is_public = true (anyone can pull its images)", (b) => truthy(b?.is_public)));
        break;
    }
  }
  return out;
}
