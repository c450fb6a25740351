/**
 * The metrics OCI Functions publishes, namespace `oci_faas`, per function
 * (dimension `resourceId` = the function's OCID), posted in the compartment
 * of the function's application:
 * https://docs.oracle.com/iaas/Content/Functions/Reference/functionsmetrics.htm
 * (docs/oci-facts.md, Monitoring).
 */
export const FUNCTION_METRICS = {
  namespace: "oci_faas",
  /** Invocations of the function (count). */
  invocations: "FunctionInvocationCount",
  /** Execution time of the function (ms). */
  duration: "FunctionExecutionDuration",
  /** Responses, by `responseType`: `Success`, `Error` or `Throttled` (a 429 Too Many Requests) (count). */
  responses: "FunctionResponseCount",
  /** Memory taken by the function's provisioned concurrency (megabytes). */
  allocatedProvisionedConcurrency: "AllocatedProvisionedConcurrency",
} as const;

/** Values of the `responseType` dimension of `FunctionResponseCount`. */
export const FUNCTION_RESPONSE_TYPES = ["Success", "Error", "Throttled"] as const;
