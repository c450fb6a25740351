import { IConstruct } from "constructs";
import { checkOneOf, Duration, DurationBounds, reject } from "../core";

/** Application and function names: letters, digits, `-` and `_` (the Fn naming rule). */
export const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,255}$/;
export const FUNCTION_NAME_RULE = "must be 1-255 letters, digits, '-' or '_'";

/** Memory sizes OCI Functions offers, in MB. */
export const MEMORY_SIZES_MB = [128, 256, 512, 1024, 2048, 3072] as const;
export type FunctionMemory = (typeof MEMORY_SIZES_MB)[number];

/** A synchronous invocation's timeout: whole seconds (`timeout_in_seconds`), 1 second to 5 minutes. */
export const FUNCTION_TIMEOUT: DurationBounds = { unit: "seconds", min: Duration.seconds(1), max: Duration.minutes(5) };
/** OCI's default synchronous timeout. */
export const DEFAULT_TIMEOUT = Duration.seconds(30);
/** A detached invocation's timeout: whole seconds (`detached_mode_timeout_in_seconds`), 5 seconds to 1 hour. */
export const DETACHED_TIMEOUT: DurationBounds = { unit: "seconds", min: Duration.seconds(5), max: Duration.hours(1) };

export const PROVISIONED_CONCURRENCY_STRATEGIES = ["CONSTANT", "NONE"] as const;

/** Provisioned concurrency: instances kept warm, counted in provisioned concurrency units (PCUs). */
export interface ProvisionedConcurrency {
  /** `CONSTANT` keeps {@link count} PCUs provisioned; `NONE` provisions nothing. */
  readonly strategy: (typeof PROVISIONED_CONCURRENCY_STRATEGIES)[number];
  /**
   * PCUs, required for `CONSTANT` and refused for `NONE`. Depends on memory:
   * 128 MB a multiple of 40 (at least 40), 256 MB a multiple of 20 (at least
   * 20), 512 MB and more a multiple of 10 (at least 10).
   */
  readonly count?: number;
}

/** The PCU step (and minimum) OCI requires for a memory size. */
export function pcuStep(memoryInMbs: FunctionMemory): number {
  return memoryInMbs === 128 ? 40 : memoryInMbs === 256 ? 20 : 10;
}

/** Validates a provisioned-concurrency setting against the function's memory. */
export function checkProvisionedConcurrency(scope: IConstruct, pc: ProvisionedConcurrency, memoryInMbs: FunctionMemory): ProvisionedConcurrency {
  checkOneOf(scope, "provisionedConcurrency.strategy", pc.strategy, PROVISIONED_CONCURRENCY_STRATEGIES);
  if (pc.strategy === "NONE") {
    if (pc.count !== undefined) reject(scope, "provisionedConcurrency.count", pc.count, "must not be set when strategy is NONE");
    return pc;
  }
  const step = pcuStep(memoryInMbs);
  const count = pc.count;
  if (count === undefined || !Number.isInteger(count) || count < step || count % step !== 0) {
    reject(scope, "provisionedConcurrency.count", count, `must be a multiple of ${step} and at least ${step} for a CONSTANT strategy at ${memoryInMbs} MB`);
  }
  return pc;
}
