import { IConstruct } from "constructs";
import { checkDuration, Duration, DurationBounds } from "../core";

/**
 * How Notifications retries a failed delivery. Exponential backoff is the
 * only policy type OCI offers.
 */
export interface DeliveryPolicy {
  /**
   * How long to keep retrying, whole milliseconds from 1 minute to 2 hours
   * (`Duration.minutes(30)`; OCI stores milliseconds). Default 2 hours.
   */
  readonly maxRetryDuration?: Duration;
}

/**
 * The retry window accepted (`maxRetryDuration`, in milliseconds). 1 minute
 * is our floor: shorter windows barely cover one backoff step. OCI documents
 * 2 hours (7 200 000 ms) as the default and no higher bound, so the default
 * is also our maximum.
 */
export const RETRY_DURATION: DurationBounds = { unit: "milliseconds", min: Duration.minutes(1), max: Duration.hours(2) };

/**
 * Validates `policy` for `scope` and renders the `delivery_policy` JSON string
 * exactly as OCI returns it (keys sorted, compact), so plans do not churn:
 * `{"backoffRetryPolicy":{"maxRetryDuration":<ms>,"policyType":"EXPONENTIAL"}}`.
 */
export function renderDeliveryPolicy(scope: IConstruct, policy: DeliveryPolicy): string {
  const ms = checkDuration(scope, "deliveryPolicy.maxRetryDuration", policy.maxRetryDuration ?? RETRY_DURATION.max, RETRY_DURATION) ?? RETRY_DURATION.max.toMilliseconds();
  return JSON.stringify({ backoffRetryPolicy: { maxRetryDuration: ms, policyType: "EXPONENTIAL" } });
}
