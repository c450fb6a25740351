/**
 * The metrics API Gateway publishes, namespace `oci_apigateway`: per gateway
 * (dimension `resourceId` = the gateway's OCID) and per deployment (dimension
 * `deploymentId` = the deployment's OCID):
 * https://docs.oracle.com/iaas/Content/APIGateway/Reference/apigatewaymetrics.htm
 * (docs/oci-facts.md, Monitoring).
 */
export const API_GATEWAY_METRICS = {
  namespace: "oci_apigateway",
  /** Requests from API clients (count). */
  httpRequests: "HttpRequests",
  /** Responses the gateway sent, by `httpStatusCode` and `httpStatusCategory` (count). */
  httpResponses: "HttpResponses",
  /** Responses of the back ends, by `backendHttpStatusCode` and `backendHttpStatusCategory` (count). */
  backendHttpResponses: "BackendHttpResponses",
  /** From the first byte of a request to the response sent: integration plus internal latency (seconds). */
  latency: "Latency",
  /** Time spent calling back ends, authorizer functions and other integrations (seconds). */
  integrationLatency: "IntegrationLatency",
} as const;

/** Values of the `httpStatusCategory` and `backendHttpStatusCategory` dimensions. */
export const HTTP_STATUS_CATEGORIES = ["2xx", "3xx", "4xx", "5xx"] as const;
export type HttpStatusCategory = (typeof HTTP_STATUS_CATEGORIES)[number];
