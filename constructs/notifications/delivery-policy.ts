import { IConstruct } from "constructs";
import { reject } from "../core";

/** A retry window: whole minutes, or milliseconds as OCI stores it. */
export type RetryDuration = { readonly minutes: number } | { readonly milliseconds: number };

/**
 * How Notifications retries a failed delivery. Exponential backoff is the
 * only policy type OCI offers.
 */
export interface DeliveryPolicy {
  /**
   * How long to keep retrying, from {@link MIN_RETRY_DURATION_MS} (1 minute)
   * to {@link MAX_RETRY_DURATION_MS} (2 hours). Default 2 hours.
   */
  readonly maxRetryDuration?: RetryDuration;
}

/** Shortest retry window accepted: 1 minute (our floor: shorter windows barely cover one backoff step). */
export const MIN_RETRY_DURATION_MS = 60_000;
/**
 * Longest retry window accepted: 2 hours. OCI documents 2 hours (7 200 000 ms)
 * as the default and no higher bound, so the default is also our maximum.
 */
export const MAX_RETRY_DURATION_MS = 7_200_000;

/**
 * Validates `policy` for `scope` and renders the `delivery_policy` JSON string
 * exactly as OCI returns it (keys sorted, compact), so plans do not churn:
 * `{"backoffRetryPolicy":{"maxRetryDuration":<ms>,"policyType":"EXPONENTIAL"}}`.
 */
export function renderDeliveryPolicy(scope: IConstruct, policy: DeliveryPolicy): string {
  const d = policy.maxRetryDuration;
  let ms = MAX_RETRY_DURATION_MS;
  if (d !== undefined) {
    const minutes = "minutes" in d;
    const amount = minutes ? d.minutes : d.milliseconds;
    ms = minutes ? amount * 60_000 : amount;
    if (!Number.isInteger(amount) || ms < MIN_RETRY_DURATION_MS || ms > MAX_RETRY_DURATION_MS) {
      reject(scope, "deliveryPolicy.maxRetryDuration", d, `must be whole ${minutes ? "minutes" : "milliseconds"} from 1 minute to 2 hours (${MIN_RETRY_DURATION_MS}-${MAX_RETRY_DURATION_MS} ms)`);
    }
  }
  return JSON.stringify({ backoffRetryPolicy: { maxRetryDuration: ms, policyType: "EXPONENTIAL" } });
}
