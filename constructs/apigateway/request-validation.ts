import { IConstruct } from "constructs";
import {
  ApigatewayDeploymentSpecificationRoutesRequestPoliciesBodyValidation,
  ApigatewayDeploymentSpecificationRoutesRequestPoliciesHeaderValidations,
  ApigatewayDeploymentSpecificationRoutesRequestPoliciesQueryParameterValidations,
} from "../../.gen/providers/oci/apigateway-deployment";
import { checkOneOf, reject } from "../core";
import { HEADER_NAME, HEADER_NAME_RULE, QUERY_PARAM_NAME, QUERY_PARAM_RULE, VALIDATION_MODES, ValidationMode } from "./limits";

/** A header or query parameter the route checks for. */
export interface ParameterValidation {
  /** Header name (case-insensitive) or query parameter name (case-sensitive). */
  readonly name: string;
  /** Whether a request without it is rejected. Default true. */
  readonly required?: boolean;
}

/** What request bodies the route accepts. */
export interface BodyValidation {
  /** Accepted media types, e.g. `application/json`, `application/*`, `*\/*`. At least one. */
  readonly mediaTypes: readonly string[];
  /** Whether a request without a body is rejected. Default true. */
  readonly required?: boolean;
}

/** A route's request validations and what a failure does. */
export interface RequestValidationOptions {
  /** Headers to check. Default none. */
  readonly headerValidations?: readonly ParameterValidation[];
  /** Query parameters to check. Default none. */
  readonly queryValidations?: readonly ParameterValidation[];
  /** Body media types to check. Default none. */
  readonly bodyValidation?: BodyValidation;
  /** ENFORCING (reject with 4xx), PERMISSIVE (count in metrics only) or DISABLED; applies to all three. Default ENFORCING. */
  readonly validationMode?: ValidationMode;
}

const MEDIA_TYPE = /^(\*\/\*|[A-Za-z0-9!#$&^_.+-]+\/(\*|[A-Za-z0-9!#$&^_.+-]+))$/;

type Rendered = {
  headerValidations?: ApigatewayDeploymentSpecificationRoutesRequestPoliciesHeaderValidations;
  queryParameterValidations?: ApigatewayDeploymentSpecificationRoutesRequestPoliciesQueryParameterValidations;
  bodyValidation?: ApigatewayDeploymentSpecificationRoutesRequestPoliciesBodyValidation;
};

/** Validates a route's request validations (`field` is the route prefix) and returns their blocks. */
export function renderRequestValidations(scope: IConstruct, field: string, o: RequestValidationOptions): Rendered {
  const validationMode = checkOneOf(scope, `${field}.validationMode`, o.validationMode ?? "ENFORCING", VALIDATION_MODES);
  const params = (name: string, list: readonly ParameterValidation[], pattern: RegExp, rule: string, caseInsensitive: boolean) => {
    const seen = new Set<string>();
    return list.map((p) => {
      if (typeof p.name !== "string" || !pattern.test(p.name)) reject(scope, `${field}.${name}`, p.name, rule);
      const key = caseInsensitive ? String(p.name).toLowerCase() : p.name;
      if (seen.has(key)) reject(scope, `${field}.${name}`, p.name, `each name is validated once${caseInsensitive ? " (header names are case-insensitive)" : ""}`);
      seen.add(key);
      return { name: p.name, required: p.required ?? true };
    });
  };
  const out: Rendered = {};
  if (o.validationMode !== undefined && !o.headerValidations?.length && !o.queryValidations?.length && !o.bodyValidation) {
    reject(scope, `${field}.validationMode`, o.validationMode, "applies only together with headerValidations, queryValidations or bodyValidation");
  }
  if (o.headerValidations?.length) {
    out.headerValidations = { headers: params("headerValidations", o.headerValidations, HEADER_NAME, HEADER_NAME_RULE, true), validationMode };
  }
  if (o.queryValidations?.length) {
    out.queryParameterValidations = { parameters: params("queryValidations", o.queryValidations, QUERY_PARAM_NAME, QUERY_PARAM_RULE, false), validationMode };
  }
  if (o.bodyValidation) {
    const types = o.bodyValidation.mediaTypes ?? [];
    if (!types.length) reject(scope, `${field}.bodyValidation.mediaTypes`, types, "at least one media type is required");
    for (const t of types) if (!MEDIA_TYPE.test(t)) reject(scope, `${field}.bodyValidation.mediaTypes`, t, "must be a media type such as application/json, application/* or */*");
    if (new Set(types).size !== types.length) reject(scope, `${field}.bodyValidation.mediaTypes`, types, "must not repeat a media type");
    out.bodyValidation = {
      content: types.map((mediaType) => ({ mediaType, validationType: "NONE" })),
      required: o.bodyValidation.required ?? true,
      validationMode,
    };
  }
  return out;
}
