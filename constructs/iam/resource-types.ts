/**
 * OCI IAM resource types and families the pipeline grants on (policy reference
 * pages of each service). Statements naming anything else need the explicit
 * `customResourceType` escape hatch.
 */
export const RESOURCE_TYPES = [
  // aggregate and individual types, grouped by service
  "all-resources",
  "cloudevents-rules",
  "ons-family", "ons-topics", "ons-subscriptions",
  "functions-family", "fn-app", "fn-function", "fn-invocation",
  "api-gateway-family", "api-gateways", "api-deployments", "api-certificates",
  "secret-family", "secrets", "secret-versions", "secret-bundles",
  "vaults", "keys", "key-delegate",
  "stream-family", "streams", "stream-pools", "stream-push", "stream-pull",
  "object-family", "buckets", "objects", "objectstorage-namespaces",
  "repos",
  "virtual-network-family", "vcns", "subnets", "vnics", "network-security-groups",
  "log-groups", "log-content", "logging-family",
  "alarms", "metrics",
  "queues", "queue-push", "queue-pull",
  "serviceconnectors",
  "compartments", "tag-namespaces", "dynamic-groups", "groups", "policies",
] as const;

export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** Verbs in increasing order of access; each includes the ones before it. */
export const VERBS = ["inspect", "read", "use", "manage"] as const;
export type Verb = (typeof VERBS)[number];

/** Service principal names as OCI policy syntax spells them. */
export const SERVICE_NAMES = ["cloudEvents", "FaaS", "objectstorage", "serviceconnector", "apigateway"] as const;
