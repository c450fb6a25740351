import { IConstruct } from "constructs";
import { ApigatewayDeploymentSpecificationRequestPoliciesRateLimiting } from "../../.gen/providers/oci/apigateway-deployment";
import { checkOneOf, reject } from "../core";
import { RATE_LIMIT_KEYS, RateLimitKey } from "./limits";

/** Requests per second the deployment accepts before answering 429. */
export interface RateLimitOptions {
  /** Allowed requests per second, an integer of at least 1. */
  readonly requestsPerSecond: number;
  /** `CLIENT_IP` (a budget per caller address) or `TOTAL` (one budget for everyone). */
  readonly key: RateLimitKey;
}

/** Validates the rate limit and returns the `rate_limiting` block. */
export function renderRateLimit(scope: IConstruct, rate: RateLimitOptions): ApigatewayDeploymentSpecificationRequestPoliciesRateLimiting {
  const rps = rate.requestsPerSecond;
  if (typeof rps !== "number" || !Number.isInteger(rps) || rps < 1) reject(scope, "rateLimit.requestsPerSecond", rps, "must be an integer of at least 1");
  return { rateInRequestsPerSecond: rps, rateKey: checkOneOf(scope, "rateLimit.key", rate.key, RATE_LIMIT_KEYS) };
}
