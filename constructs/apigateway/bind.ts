import { IConstruct } from "constructs";
import { checkDuration, Duration, DurationBounds, isToken, reject, secretValueReason } from "../core";
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

/** Records an error on the bound deployment, for field `<prefix>.<field>`. */
export function rejectAt(ctx: ApiBindContext, field: string, value: unknown, allowed: string): void {
  reject(ctx.deployment, `${ctx.field}.${field}`, value, allowed);
}

/** Checks a duration of the bound backend or authorizer, for field `<prefix>.<field>` (see `checkDuration`), and returns it in the field's unit. */
export function durationAt(ctx: ApiBindContext, field: string, value: Duration | undefined, bounds: DurationBounds): number | undefined {
  return checkDuration(ctx.deployment, `${ctx.field}.${field}`, value, bounds);
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
 * `allowHttp` is set (`optOut` names the prop that sets it), that carries no
 * credential (the project's credential rule: a password, a token in the
 * query, a secret-bearing webhook URL): the deployment specification is plain
 * text in plans and in the console. Tokens pass unchecked.
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
    rejectAt(ctx, field, url, "must be an absolute https:// URL");
    return url;
  }
  if (parsed.protocol === "http:" && !allowHttp) rejectAt(ctx, field, url, `must use https://${optOut ? `; set ${optOut}: true to opt in to plain http explicitly` : ""}`);
  if (parsed.username || parsed.password) rejectAt(ctx, field, url, "must not carry credentials (user:password@); keep them in Vault");
  else {
    const secret = secretValueReason(url);
    if (secret) rejectAt(ctx, field, url, `must not carry credentials (${secret}): the deployment specification is plain text in plans; keep them in Vault`);
  }
  return url;
}
