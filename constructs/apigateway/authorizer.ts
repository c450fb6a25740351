import {
  ApigatewayDeploymentSpecificationRequestPoliciesAuthentication,
  ApigatewayDeploymentSpecificationRequestPoliciesAuthenticationValidationFailurePolicy,
  ApigatewayDeploymentSpecificationRequestPoliciesAuthenticationVerifyClaims,
} from "../../.gen/providers/oci/apigateway-deployment";
import { byShapeOnly, Duration, DurationBounds } from "../core";
import type { IFunction } from "../functions/function-base";
import { ApiBindContext, durationAt, rejectAt, grantGatewayInvoke } from "./bind";
import { HEADER_NAME, HEADER_NAME_RULE, QUERY_PARAM_NAME, QUERY_PARAM_RULE } from "./limits";
import { TokenKeys } from "./token-keys";

/** The response the gateway sends when authentication fails (`MODIFY_RESPONSE`). */
export interface ValidationFailureResponse {
  /** HTTP status, 300-599 (a redirect to a login page, or an error; never 2xx, which would look like success). */
  readonly responseCode: number;
  /** Response body text. Default: OCI's. */
  readonly responseMessage?: string;
  /** Headers set on the response (e.g. `WWW-Authenticate`). Default none. */
  readonly responseHeaders?: Readonly<Record<string, string>>;
}

/** Where a single token is read from: exactly one of the two. */
export interface TokenSource {
  /** Request header holding the token, e.g. `Authorization`. */
  readonly tokenHeader?: string;
  /** Query parameter holding the token, e.g. `access_token`. */
  readonly tokenQueryParam?: string;
}

export interface FunctionAuthorizerOptions extends TokenSource {
  /** Response when the function denies the request. Default: OCI's (401). */
  readonly validationFailure?: ValidationFailureResponse;
}

export interface ParameterAuthorizerOptions {
  /**
   * Arguments passed to the function: argument name (letters, digits, `_`,
   * starting with a letter or `_`) to context expression, one of
   * `request.headers[<name>]`, `request.query[<name>]`, `request.path[<name>]`,
   * `request.subdomain[<name>]` or `request.host`. At least one.
   */
  readonly parameters: Readonly<Record<string, string>>;
  /** Argument names whose values key the gateway's authorizer cache; each must be a key of {@link parameters}. Default: not set (OCI's caching default). */
  readonly cacheKey?: readonly string[];
  /** Response when the function denies the request. Default: OCI's (401). */
  readonly validationFailure?: ValidationFailureResponse;
}

/** A claim the token must carry. */
export interface ClaimCheck {
  /** Claim name, e.g. `tenant`. */
  readonly key: string;
  /** Accepted values. Default: any value. */
  readonly values?: readonly string[];
  /** Whether the claim must be present. Default true. */
  readonly required?: boolean;
}

interface TokenOptionsBase extends TokenSource {
  /** Accepted `iss` values; at least one. */
  readonly issuers: readonly string[];
  /** Accepted `aud` values; at least one (a token issued for another application must not pass). */
  readonly audiences: readonly string[];
  /** Scheme before the token in {@link tokenHeader}; only with a header. Default `Bearer`. */
  readonly tokenAuthScheme?: string;
  /** Tolerated clock difference with the issuer, 0 to 10 minutes (`Duration.seconds(30)`). Default: OCI's (0). */
  readonly maxClockSkew?: Duration;
  /** Further claims to check. Default none. */
  readonly verifyClaims?: readonly ClaimCheck[];
}

export interface JwtAuthorizerOptions extends TokenOptionsBase {
  /** Keys that verify the signature: {@link TokenKeys.remoteJwks} or {@link TokenKeys.staticKeys}. */
  readonly publicKeys: TokenKeys;
}

export interface TokenAuthorizerOptions extends TokenOptionsBase {
  /** How tokens are validated: {@link TokenKeys.remoteJwks}, {@link TokenKeys.staticKeys} or {@link TokenKeys.remoteDiscovery}. */
  readonly validation: TokenKeys;
  /** Response when validation fails. Default: OCI's (401). */
  readonly validationFailure?: ValidationFailureResponse;
}

/** The tolerated clock skew (`max_clock_skew_in_seconds`, decimal seconds): 0 to 10 minutes, the library's bound (a larger one weakens expiry checks). */
export const MAX_CLOCK_SKEW: DurationBounds = { unit: "seconds", min: Duration.seconds(0), max: Duration.minutes(10), fractional: true };

const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CONTEXT_EXPRESSION = /^request\.(headers|query|path|subdomain)\[([^\[\]]+)\]$/;
const CONTEXT_EXPRESSION_RULE = "must be request.headers[<name>], request.query[<name>], request.path[<name>], request.subdomain[<name>] or request.host";

type AuthenticationBlock = ApigatewayDeploymentSpecificationRequestPoliciesAuthentication;

/**
 * How a deployment authenticates requests (`request_policies.authentication`).
 * Binding checks the settings (errors name the deployment) and grants the
 * gateway invoke on an authorizer function.
 */
export abstract class Authorizer {
  /** An authorizer function (`CUSTOM_AUTHENTICATION`) that receives one token, from a header or a query parameter. */
  static function(fn: IFunction, options: FunctionAuthorizerOptions): Authorizer {
    return new FunctionAuthorizer(fn, options);
  }

  /** An authorizer function (`CUSTOM_AUTHENTICATION`) that receives several named arguments (`parameters`) and caches on `cacheKey`. */
  static functionWithParameters(fn: IFunction, options: ParameterAuthorizerOptions): Authorizer {
    return new ParameterFunctionAuthorizer(fn, options);
  }

  /** JSON Web Token validation by the gateway (`JWT_AUTHENTICATION`). */
  static jwt(options: JwtAuthorizerOptions): Authorizer {
    return new JwtAuthorizer(options);
  }

  /** Token validation by the gateway (`TOKEN_AUTHENTICATION`): JWKS, static keys, or OAuth 2.0 discovery. */
  static token(options: TokenAuthorizerOptions): Authorizer {
    return new TokenAuthorizer(options);
  }

  /** Validates the settings for one deployment, adds its grants and returns the `authentication` block. */
  abstract bind(ctx: ApiBindContext): AuthenticationBlock;
}

class FunctionAuthorizer extends Authorizer {
  constructor(
    private readonly fn: IFunction,
    private readonly options: FunctionAuthorizerOptions,
  ) {
    super();
  }

  bind(ctx: ApiBindContext): AuthenticationBlock {
    const source = tokenSource(ctx, this.options);
    const validationFailurePolicy = validationFailure(ctx, this.options.validationFailure);
    grantGatewayInvoke(this.fn, ctx);
    return { type: "CUSTOM_AUTHENTICATION", functionId: this.fn.functionId, ...source, validationFailurePolicy };
  }
}

class ParameterFunctionAuthorizer extends Authorizer {
  constructor(
    private readonly fn: IFunction,
    private readonly options: ParameterAuthorizerOptions,
  ) {
    super();
  }

  bind(ctx: ApiBindContext): AuthenticationBlock {
    const { parameters = {}, cacheKey } = this.options;
    const names = Object.keys(parameters);
    if (!names.length) rejectAt(ctx, "parameters", parameters, "at least one argument is required");
    for (const name of names) {
      if (!ARG_NAME.test(name)) rejectAt(ctx, "parameters", name, "argument names must be letters, digits or '_', starting with a letter or '_'");
      checkContextExpression(ctx, `parameters.${name}`, parameters[name]);
    }
    if (cacheKey !== undefined) {
      if (!cacheKey.length) rejectAt(ctx, "cacheKey", cacheKey, "must name at least one argument, or be left out");
      for (const key of cacheKey) if (!names.includes(key)) rejectAt(ctx, "cacheKey", key, `must be an argument name from parameters (${names.join(", ")})`);
      if (new Set(cacheKey).size !== cacheKey.length) rejectAt(ctx, "cacheKey", cacheKey, "must not repeat an argument");
    }
    const validationFailurePolicy = validationFailure(ctx, this.options.validationFailure);
    grantGatewayInvoke(this.fn, ctx);
    return { type: "CUSTOM_AUTHENTICATION", functionId: this.fn.functionId, parameters: { ...parameters }, cacheKey: cacheKey && [...cacheKey], validationFailurePolicy };
  }
}

class JwtAuthorizer extends Authorizer {
  constructor(private readonly options: JwtAuthorizerOptions) {
    super();
  }

  bind(ctx: ApiBindContext): AuthenticationBlock {
    const o = this.options;
    const common = tokenChecks(ctx, o);
    const keys = o.publicKeys instanceof TokenKeys ? o.publicKeys : undefined;
    if (!keys) rejectAt(ctx, "publicKeys", o.publicKeys, "must be TokenKeys.remoteJwks(...) or TokenKeys.staticKeys(...)");
    return {
      type: "JWT_AUTHENTICATION",
      ...common.source,
      issuers: common.issuers,
      audiences: common.audiences,
      verifyClaims: common.verifyClaims,
      maxClockSkewInSeconds: common.maxClockSkewInSeconds,
      publicKeys: keys?.bindPublicKeys({ ...ctx, field: `${ctx.field}.publicKeys` }),
    };
  }
}

class TokenAuthorizer extends Authorizer {
  constructor(private readonly options: TokenAuthorizerOptions) {
    super();
  }

  bind(ctx: ApiBindContext): AuthenticationBlock {
    const o = this.options;
    const common = tokenChecks(ctx, o);
    const validation = o.validation instanceof TokenKeys ? o.validation : undefined;
    if (!validation) rejectAt(ctx, "validation", o.validation, "must be TokenKeys.remoteJwks(...), TokenKeys.staticKeys(...) or TokenKeys.remoteDiscovery(...)");
    const validationFailurePolicy = validationFailure(ctx, o.validationFailure);
    const policy = validation?.bindValidationPolicy({ ...ctx, field: `${ctx.field}.validation` }) ?? { type: "REMOTE_JWKS" };
    return {
      type: "TOKEN_AUTHENTICATION",
      ...common.source,
      maxClockSkewInSeconds: common.maxClockSkewInSeconds,
      validationPolicy: {
        ...policy,
        additionalValidationPolicy: { issuers: common.issuers, audiences: common.audiences, verifyClaims: common.verifyClaims },
      },
      validationFailurePolicy,
    };
  }
}

/** Exactly one of tokenHeader / tokenQueryParam, each a valid name. */
function tokenSource(ctx: ApiBindContext, o: TokenSource): { tokenHeader?: string; tokenQueryParam?: string } {
  const { tokenHeader, tokenQueryParam } = o;
  if ((tokenHeader === undefined) === (tokenQueryParam === undefined)) {
    rejectAt(ctx, "tokenHeader", { tokenHeader, tokenQueryParam }, "give exactly one of tokenHeader or tokenQueryParam");
  }
  if (tokenHeader !== undefined && !HEADER_NAME.test(tokenHeader)) rejectAt(ctx, "tokenHeader", tokenHeader, HEADER_NAME_RULE);
  if (tokenQueryParam !== undefined && !QUERY_PARAM_NAME.test(tokenQueryParam)) rejectAt(ctx, "tokenQueryParam", tokenQueryParam, QUERY_PARAM_RULE);
  return tokenHeader !== undefined ? { tokenHeader } : { tokenQueryParam };
}

/** Shared checks of JWT and TOKEN authentication. */
function tokenChecks(ctx: ApiBindContext, o: TokenOptionsBase) {
  const source: { tokenHeader?: string; tokenQueryParam?: string; tokenAuthScheme?: string } = tokenSource(ctx, o);
  if (source.tokenHeader !== undefined) {
    const scheme = o.tokenAuthScheme ?? "Bearer";
    if (!/^[A-Za-z0-9._~+/-]+$/.test(scheme)) rejectAt(ctx, "tokenAuthScheme", scheme, "must be an HTTP authentication scheme such as Bearer");
    source.tokenAuthScheme = scheme;
  } else if (o.tokenAuthScheme !== undefined) {
    rejectAt(ctx, "tokenAuthScheme", o.tokenAuthScheme, "applies only to a token header, not to tokenQueryParam");
  }
  const list = (field: string, values: readonly string[] | undefined) => {
    if (!values?.length || values.some((v) => typeof v !== "string" || !v.trim())) rejectAt(ctx, field, values, "at least one non-empty value is required");
    return [...(values ?? [])];
  };
  const skew = durationAt(ctx, "maxClockSkew", o.maxClockSkew, MAX_CLOCK_SKEW);
  return {
    source,
    issuers: list("issuers", o.issuers),
    audiences: list("audiences", o.audiences),
    verifyClaims: verifyClaims(ctx, o.verifyClaims),
    maxClockSkewInSeconds: skew,
  };
}

function verifyClaims(ctx: ApiBindContext, claims: readonly ClaimCheck[] | undefined): ApigatewayDeploymentSpecificationRequestPoliciesAuthenticationVerifyClaims[] | undefined {
  if (!claims?.length) return undefined;
  const keys = claims.map((c) => c.key);
  return claims.map((c, i) => {
    // `key` is the claim's name here, not key material: redacted only if it looks like a credential.
    if (typeof c.key !== "string" || !/^[\x21-\x7e]+$/.test(c.key)) rejectAt(ctx, `verifyClaims[${i}].key`, byShapeOnly(c.key), "must be a claim name (printable ASCII, no spaces)");
    if (keys.indexOf(c.key) !== i) rejectAt(ctx, `verifyClaims[${i}].key`, byShapeOnly(c.key), "each claim is checked once");
    if (c.values !== undefined && !c.values.length) rejectAt(ctx, `verifyClaims[${i}].values`, c.values, "must list at least one value, or be left out to accept any value");
    return { key: c.key, values: c.values && [...c.values], isRequired: c.required ?? true };
  });
}

function checkContextExpression(ctx: ApiBindContext, field: string, expression: string): void {
  if (expression === "request.host") return;
  const m = typeof expression === "string" ? CONTEXT_EXPRESSION.exec(expression) : null;
  if (!m) {
    rejectAt(ctx, field, expression, CONTEXT_EXPRESSION_RULE);
    return;
  }
  const [, table, name] = m;
  if (table === "headers" && !HEADER_NAME.test(name)) rejectAt(ctx, field, expression, `header ${HEADER_NAME_RULE}`);
  if (table === "query" && !QUERY_PARAM_NAME.test(name)) rejectAt(ctx, field, expression, `query parameter ${QUERY_PARAM_RULE}`);
  if ((table === "path" || table === "subdomain") && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) rejectAt(ctx, field, expression, `${table} parameter names are letters, digits or '_'`);
}

function validationFailure(ctx: ApiBindContext, v: ValidationFailureResponse | undefined): ApigatewayDeploymentSpecificationRequestPoliciesAuthenticationValidationFailurePolicy | undefined {
  if (!v) return undefined;
  if (!Number.isInteger(v.responseCode) || v.responseCode < 300 || v.responseCode > 599) {
    rejectAt(ctx, "validationFailure.responseCode", v.responseCode, "must be an HTTP status from 300 to 599 (a redirect or an error, never 2xx)");
  }
  const headers = Object.entries(v.responseHeaders ?? {});
  for (const [name] of headers) if (!HEADER_NAME.test(name)) rejectAt(ctx, "validationFailure.responseHeaders", name, HEADER_NAME_RULE);
  return {
    type: "MODIFY_RESPONSE",
    responseCode: String(v.responseCode),
    responseMessage: v.responseMessage,
    responseHeaderTransformations: headers.length ? { setHeaders: { items: headers.map(([name, value]) => ({ name, values: [value], ifExists: "OVERWRITE" })) } } : undefined,
  };
}
