import { resourcePrincipal } from "./keys";

/**
 * Environment for a function under test: the resource-principal variables the OCI SDK reads,
 * the Secrets endpoint pointed at the loopback mock, and short retry delays so fault-injection
 * tests finish quickly (the production defaults are in functions/README.md).
 */
export function functionEnv(secretsUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...resourcePrincipal().env,
    OCI_SECRETS_ENDPOINT: secretsUrl,
    HTTP_TIMEOUT_MS: "1000",
    HTTP_MAX_ATTEMPTS: "3",
    HTTP_RETRY_BASE_MS: "5",
    HTTP_RETRY_MAX_MS: "20",
    ...extra,
  };
}

/** A CloudEvents 0.1 envelope as Events emits it for an Object Storage upload. */
export function objectEvent(eventID: string, objectName = "invoice-42.csv"): Record<string, unknown> {
  return {
    eventType: "com.oraclecloud.objectstorage.createobject",
    cloudEventsVersion: "0.1",
    eventTypeVersion: "2.0",
    source: "ObjectStorage",
    eventTime: "2025-11-20T10:15:00Z",
    contentType: "application/json",
    eventID,
    extensions: { compartmentId: "ocid1.compartment.oc1..finance" },
    data: {
      compartmentId: "ocid1.compartment.oc1..finance",
      compartmentName: "finance",
      resourceName: objectName,
      resourceId: `/n/acme/b/incoming/o/${objectName}`,
      availabilityDomain: "all",
      additionalDetails: { bucketName: "incoming", namespace: "acme", eTag: "abc-123", archivalState: "Available" },
    },
  };
}
