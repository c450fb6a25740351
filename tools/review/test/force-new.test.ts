/**
 * The ForceNew table against the provider: the top-level attributes oracle/oci
 * 7.27.0 declares `ForceNew: true` (internal/service/<service>/<type>_resource.go
 * at tag v7.27.0; docs/oci-facts.md#terraform-provider-oracleoci-7270).
 */
import { diffSynth } from "../diff";
import { FORCE_NEW, isForceNew } from "../force-new";
import { snapshotFromStackJson } from "../load-synth";
import { Redactor } from "../mask";

const PROVIDER_7_27_0: Record<string, string[]> = {
  oci_ons_notification_topic: ["name"],
  oci_ons_subscription: ["endpoint", "protocol", "topic_id"],
  oci_functions_application: ["display_name", "shape", "subnet_ids"],
  oci_functions_function: ["application_id", "display_name", "source_details"],
  oci_apigateway_gateway: ["endpoint_type", "ip_mode", "ipv4address_configuration", "ipv6address_configuration", "subnet_id"],
  oci_apigateway_deployment: ["gateway_id", "path_prefix"],
  oci_identity_policy: ["compartment_id", "name"],
  oci_identity_dynamic_group: ["compartment_id", "name"],
  oci_kms_vault: ["external_key_manager_metadata", "vault_type"],
  oci_kms_key: ["external_key_reference", "key_shape", "management_endpoint", "protection_mode"],
  oci_vault_secret: ["key_id", "secret_name", "vault_id"],
  oci_objectstorage_bucket: ["name", "namespace", "storage_tier"],
  oci_streaming_stream: ["name", "partitions", "retention_in_hours"],
  oci_streaming_stream_pool: ["private_endpoint_settings"],
  oci_logging_log: ["configuration", "log_type"],
  oci_artifacts_container_repository: ["display_name"],
};

test("the table lists exactly the provider's top-level ForceNew attributes", () => {
  const table = Object.fromEntries(Object.entries(FORCE_NEW).map(([type, attrs]) => [type, [...attrs].sort()]));
  expect(table).toEqual(PROVIDER_7_27_0);
});

test("a stream pool's encryption key and Kafka settings change in place; its private endpoint replaces it", () => {
  expect(isForceNew("oci_streaming_stream_pool", "custom_encryption_key[0].kms_key_id")).toBe(false);
  expect(isForceNew("oci_streaming_stream_pool", "kafka_settings")).toBe(false);
  expect(isForceNew("oci_streaming_stream_pool", "private_endpoint_settings.subnet_id")).toBe(true);
  const pool = (body: Record<string, unknown>) => snapshotFromStackJson("streams-dev", { resource: { oci_streaming_stream_pool: { pool: { compartment_id: "c", name: "pool", ...body } } } });
  const action = (before: Record<string, unknown>, after: Record<string, unknown>) => diffSynth([pool(before)], [pool(after)], new Redactor())[0].changes[0]?.action;
  expect(action({ custom_encryption_key: { kms_key_id: "ocid1.key.oc1..a" } }, { custom_encryption_key: { kms_key_id: "ocid1.key.oc1..b" } })).toBe("update");
  expect(action({ private_endpoint_settings: { subnet_id: "ocid1.subnet.oc1..a" } }, { private_endpoint_settings: { subnet_id: "ocid1.subnet.oc1..b" } })).toBe("replace");
});
