import { IConstruct } from "constructs";
import { fail, isToken } from "../core";
import type { IFunction } from "../functions/function-base";
import { Grant, Principals } from "../iam";

/** What a backend or authorizer sees while it is bound to a deployment. */
export interface ApiBindContext {
  /** The deployment being configured: errors name its path, and grants are kept in its stack. */
  readonly deployment: IConstruct;
  /** Compartment of the deployment's gateway: invoke grants are narrowed to it. */
  readonly gatewayCompartmentId: string;
  /** Field prefix for error messages, e.g. `routes[/sms/incoming].backend` or `authentication`. */
  readonly field: string;
}

/** Fails with the bound deployment's path and `<prefix>.<field>`. */
export function failAt(ctx: ApiBindContext, field: string, value: unknown, allowed: string): never {
  fail(ctx.deployment, `${ctx.field}.${field}`, value, allowed);
}

/**
 * Lets the gateways of the deployment's compartment invoke `fn`:
 * `Allow any-user to use functions-family in compartment id <fn compartment>
 * where ALL {request.principal.type = 'ApiGateway', request.resource.compartment.id = '<gateway compartment>'}`.
 * Used by function backends and authorizer functions alike.
 */
export function grantGatewayInvoke(fn: IFunction, ctx: ApiBindContext): Grant {
  return fn.grantInvoke(Principals.apiGateway(ctx.gatewayCompartmentId, ctx.deployment));
}

/**
 * Checks an absolute URL: `https://host[:port][/path]`, or `http://` when
 * `allowHttp` is set (`optOut` names the prop that sets it). Tokens pass unchecked.
 */
export function checkUrl(ctx: ApiBindContext, field: string, url: string, allowHttp = false, optOut?: string): string {
  if (isToken(url)) return url;
  let parsed: URL | undefined;
  try {
    parsed = typeof url === "string" && !/\s/.test(url) ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || !parsed.hostname || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
    failAt(ctx, field, url, "must be an absolute https:// URL");
  }
  if (parsed.protocol === "http:" && !allowHttp) failAt(ctx, field, url, `must use https://${optOut ? `; set ${optOut}: true to opt in to plain http explicitly` : ""}`);
  if (parsed.username || parsed.password) failAt(ctx, field, url, "must not carry credentials (user:password@); keep them in Vault");
  return url;
}
