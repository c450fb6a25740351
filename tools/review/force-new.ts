/**
 * Attributes the oracle/oci provider marks ForceNew (a change destroys and
 * recreates the resource), for the types the pipelines use: the top-level
 * `ForceNew: true` attributes of each resource's schema in the provider source
 * at v7.27.0 (docs/oci-facts.md#terraform-provider-oracleoci-7270; the
 * provider docs mark every other argument "(Updatable)"). The synth-vs-synth diff has no
 * provider at hand, so this table is how it tells a replacement from an
 * in-place update. A nested block listed here forces replacement when
 * anything inside it changes.
 */
export const FORCE_NEW: Readonly<Record<string, readonly string[]>> = {
  oci_ons_notification_topic: ["name"],
  oci_ons_subscription: ["topic_id", "protocol", "endpoint"],
  oci_functions_application: ["display_name", "subnet_ids", "shape"],
  oci_functions_function: ["application_id", "display_name", "source_details"],
  oci_apigateway_gateway: ["endpoint_type", "subnet_id", "ip_mode", "ipv4address_configuration", "ipv6address_configuration"],
  oci_apigateway_deployment: ["gateway_id", "path_prefix"],
  oci_identity_policy: ["name", "compartment_id"],
  oci_identity_dynamic_group: ["name", "compartment_id"],
  oci_kms_vault: ["vault_type", "external_key_manager_metadata"],
  oci_kms_key: ["management_endpoint", "key_shape", "protection_mode", "external_key_reference"],
  oci_vault_secret: ["vault_id", "key_id", "secret_name"],
  oci_objectstorage_bucket: ["name", "namespace", "storage_tier"],
  oci_streaming_stream: ["name", "partitions", "retention_in_hours"],
  // custom_encryption_key and kafka_settings are updated in place (UpdateStreamPool).
  oci_streaming_stream_pool: ["private_endpoint_settings"],
  oci_logging_log: ["log_type", "configuration"],
  oci_artifacts_container_repository: ["display_name"],
};

/** The top-level attribute of a formatted path (`key_shape.length` → `key_shape`). */
export function topAttribute(path: string): string {
  const m = /^[^.[]+/.exec(path);
  return m ? m[0] : path;
}

export function isForceNew(type: string, path: string): boolean {
  return FORCE_NEW[type]?.includes(topAttribute(path)) ?? false;
}
