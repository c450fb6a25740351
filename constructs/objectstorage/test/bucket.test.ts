import { TerraformStack } from "cdktf";
import { Bucket, BucketProps } from "..";
import { EventType, EventTypes } from "../../events";
import { Principals } from "../../iam";
import { NotificationTopic, Subscription } from "../../notifications";
import { onlyResource, policyStatements, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, TEST_TENANCY, testStack } from "../../testing";
import { MasterKey, Vault } from "../../vault";

const CMP = TEST_COMPARTMENT;
const BUCKET_CMP = "ocid1.compartment.oc1..aaaaaaaastorage";
const KEY = "ocid1.key.oc1.eu-frankfurt-1.aaaaaaaavault.aaaaaaaakey";
const TOPIC_ID = "${oci_ons_notification_topic.alerts_topic_3313844B.id}";

/** A bucket `inbound` (final name `dev-inbound`) and a topic `alerts`; `props` may need the stack (for importers). */
function bucket(props: Partial<BucketProps> | ((stack: TerraformStack) => Partial<BucketProps>) = {}) {
  const t = testStack();
  const topic = new NotificationTopic(t.stack, "alerts", { name: "alerts", subscriptions: [Subscription.email("ops@example.com")] });
  const given = typeof props === "function" ? props(t.stack) : props;
  return { ...t, topic, bucket: new Bucket(t.stack, "inbound", { name: "inbound", ...given }) };
}

/** An existing vault key, imported. */
const existingKey = (scope: TerraformStack, keyId = KEY) =>
  MasterKey.fromMasterKeyAttributes(scope, "key", { keyId, vault: Vault.fromVaultAttributes(scope, "vault", { vaultId: "ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaavault", compartmentId: CMP }) });

describe("Bucket rendering", () => {
  test("secure defaults: private, object events on, the name with the environment prefix, namespace from one data source per stack", () => {
    const { stack } = bucket();
    new Bucket(stack, "archive", { name: "archive" });
    const doc = synthValid(stack);
    const namespace = "${data.oci_objectstorage_namespace.objectstorage-namespace.namespace}";
    expect(resourcesOf(doc, "oci_objectstorage_bucket")).toEqual({
      inbound_bucket_94FAF7F3: { compartment_id: CMP, name: "dev-inbound", namespace, access_type: "NoPublicAccess", object_events_enabled: true, versioning: "Disabled", freeform_tags: {} },
      archive_bucket_B42367AB: { compartment_id: CMP, name: "dev-archive", namespace, access_type: "NoPublicAccess", object_events_enabled: true, versioning: "Disabled", freeform_tags: {} },
    });
    expect(doc.data).toEqual({ oci_objectstorage_namespace: { "objectstorage-namespace": { compartment_id: TEST_TENANCY } } });
  });

  test("every option: explicit namespace (no data source), versioning, KMS key, events off, public with the opt-in", () => {
    const { stack } = bucket((scope) => ({ namespace: "frtenancy", compartmentId: BUCKET_CMP, versioning: "Enabled", kmsKey: existingKey(scope), objectEvents: false, accessType: "ObjectRead", allowPublicAccess: true }));
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_objectstorage_bucket")).toEqual({
      compartment_id: BUCKET_CMP,
      name: "dev-inbound",
      namespace: "frtenancy",
      access_type: "ObjectRead",
      object_events_enabled: false,
      versioning: "Enabled",
      kms_key_id: KEY,
      freeform_tags: {},
    });
    expect(doc.data).toBeUndefined();
  });

  test("the longest final name: 63 letters, digits, '-', '_' and '.', prefix included", () => {
    const { bucket: b } = bucket({ name: `In_bound.v1-${"a".repeat(47)}` });
    expect(b.bucketName).toHaveLength(63);
    expect(rejected(() => bucket({ name: `In_bound.v1-${"a".repeat(48)}` }))).toMatch(`pipeline-dev/inbound: name = "dev-In_bound.v1-${"a".repeat(48)}" is not allowed: the final name <env>-<name> must be 1-63`);
  });

  test("allowUnprefixedName: the name exactly as given (e.g. an existing naming scheme)", () => {
    const { stack, bucket: b } = bucket({ name: "shared-inbound", allowUnprefixedName: true });
    expect(b.bucketName).toBe("shared-inbound");
    expect(onlyResource(synthValid(stack), "oci_objectstorage_bucket").name).toBe("shared-inbound");
    expect(rejected(() => bucket({ name: "a".repeat(64), allowUnprefixedName: true }))).toMatch(`pipeline-dev/inbound: name = "${"a".repeat(64)}" is not allowed: the name must be 1-63`);
  });
});

describe("Bucket validation", () => {
  test.each<[Partial<BucketProps>, string]>([
    [{ name: "in bound" }, "name = \"dev-in bound\" is not allowed: the final name <env>-<name> must be 1-63 letters, digits, '-', '_' or '.'"],
    [{ name: "a".repeat(64) }, 'name = "dev-aaaa'],
    [{ name: "" }, 'name = "" is not allowed: a bucket name is required'],
    [{ accessType: "ObjectRead" }, 'accessType = "ObjectRead" is not allowed: public buckets need the explicit opt-in allowPublicAccess: true (default NoPublicAccess)'],
    [{ accessType: "ObjectReadWithoutList", allowPublicAccess: false }, 'accessType = "ObjectReadWithoutList" is not allowed: public buckets need the explicit opt-in'],
    [{ accessType: "Public" as never, allowPublicAccess: true }, 'accessType = "Public" is not allowed: must be one of NoPublicAccess, ObjectRead, ObjectReadWithoutList'],
    [{ versioning: "On" as never }, 'versioning = "On" is not allowed: must be one of Enabled, Disabled, Suspended'],
    [{ namespace: "FR-Tenancy" }, 'namespace = "FR-Tenancy" is not allowed: must be the tenancy\'s Object Storage namespace (lower-case letters and digits)'],
    [{ compartmentId: "storage" }, 'compartmentId = "storage" is not allowed: must be a compartment or tenancy OCID'],
  ])("rejects %j", (props, message) => {
    expect(rejected(() => bucket(props))).toMatch(`pipeline-dev/inbound: ${message}`);
  });

  test("versioning: Enabled and Disabled at creation; Suspended only as the update of a versioned bucket (versioningWasEnabled)", () => {
    for (const versioning of ["Enabled", "Disabled"] as const) {
      const { stack } = bucket({ versioning });
      expect(onlyResource(synthValid(stack), "oci_objectstorage_bucket").versioning).toBe(versioning);
    }
    expect(rejected(() => bucket({ versioning: "Suspended" }))).toBe(
      'pipeline-dev/inbound: versioning = "Suspended" is not allowed: OCI accepts only Enabled or Disabled when it creates a bucket; Suspended is an update of a bucket whose versioning is Enabled: set versioningWasEnabled: true once it is',
    );
    const { stack } = bucket({ versioning: "Suspended", versioningWasEnabled: true });
    expect(onlyResource(synthValid(stack), "oci_objectstorage_bucket").versioning).toBe("Suspended");
  });

  test("kmsKey must be a key of the bucket's region: an imported one is checked where it is imported (once), a hand-made one here", () => {
    expect(rejected(() => bucket((scope) => ({ kmsKey: existingKey(scope, "ocid1.vault.oc1.eu-frankfurt-1.x") })))).toBe(
      'pipeline-dev/key: keyId = "ocid1.vault.oc1.eu-frankfurt-1.x" is not allowed: must be an OCID of the form ocid1.key.<realm>.<region>.<id> (this is a vault OCID)',
    );
    expect(rejected(() => bucket({ kmsKey: { keyId: "ocid1.vault.oc1.eu-frankfurt-1.x" } as any }))).toBe(
      'pipeline-dev/inbound: kmsKey.keyId = "ocid1.vault.oc1.eu-frankfurt-1.x" is not allowed: must be an OCID of the form ocid1.key.<realm>.<region>.<id> (this is a vault OCID)',
    );
    expect(rejected(() => bucket({ kmsKey: { keyId: "ocid1.key.oc1.iad.aaaa" } as any }))).toBe(
      'pipeline-dev/inbound: kmsKey.keyId = "ocid1.key.oc1.iad.aaaa" is not allowed: must be in the bucket\'s region eu-frankfurt-1 (this key is in us-ashburn-1)',
    );
    expect(rejected(() => bucket({ kmsKey: KEY as any }))).toBe(
      `pipeline-dev/inbound: kmsKey = "${KEY}" is not allowed: must be a Vault master key (vault.addKey(...), or MasterKey.fromMasterKeyAttributes)`,
    );
  });
});

describe("object event rules", () => {
  test("onObjectCreated / Updated / Deleted: one rule each, filtered to the bucket, in the bucket's compartment", () => {
    const { stack, topic, bucket: b } = bucket({ compartmentId: BUCKET_CMP });
    b.onObjectCreated("on-created", { targets: [topic] });
    b.onObjectUpdated("on-updated", { targets: [topic] });
    b.onObjectDeleted("on-deleted", { targets: [topic], displayName: "inbound-deletions", description: "Audit deletions", enabled: false });
    const rules = resourcesOf(synthValid(stack), "oci_events_rule");
    const condition = (type: string) => `{"data":{"additionalDetails":{"bucketName":"dev-inbound"}},"eventType":["com.oraclecloud.objectstorage.${type}"]}`;
    const actions = { actions: [{ action_type: "ONS", is_enabled: true, topic_id: TOPIC_ID }] };
    expect(rules).toEqual({
      "inbound_on-created_rule_E2397EC0": { compartment_id: BUCKET_CMP, display_name: "dev-inbound-objectcreated", is_enabled: true, condition: condition("createobject"), actions, freeform_tags: {} },
      "inbound_on-updated_rule_B36D2561": { compartment_id: BUCKET_CMP, display_name: "dev-inbound-objectupdated", is_enabled: true, condition: condition("updateobject"), actions, freeform_tags: {} },
      "inbound_on-deleted_rule_BEE812B2": { compartment_id: BUCKET_CMP, display_name: "inbound-deletions", description: "Audit deletions", is_enabled: false, condition: condition("deleteobject"), actions, freeform_tags: {} },
    });
  });

  test("object-name, compartment-name and namespace filters; targets added to the returned rule later", () => {
    const { stack, topic, bucket: b } = bucket({ namespace: "frtenancy" });
    const rule = b.onObjectCreated("on-upload", { objectName: "incoming/*", compartmentName: ["dev", "prod"], namespace: b.namespace, compartmentId: BUCKET_CMP });
    rule.addTarget(topic);
    expect(onlyResource(synthValid(stack), "oci_events_rule")).toMatchObject({
      compartment_id: BUCKET_CMP,
      condition: '{"data":{"additionalDetails":{"bucketName":"dev-inbound","namespace":"frtenancy"},"compartmentName":["dev","prod"],"resourceName":"incoming/*"},"eventType":["com.oraclecloud.objectstorage.createobject"]}',
      actions: { actions: [{ action_type: "ONS", is_enabled: true, topic_id: TOPIC_ID }] },
    });
  });

  test("onObjectEvent takes object event types and wildcards that match them", () => {
    const { stack, topic, bucket: b } = bucket();
    b.onObjectEvent("any-object", { eventTypes: [EventType.custom("com.oraclecloud.objectstorage.*object"), EventTypes.objectStorage.deleteObject], targets: [topic] });
    expect(onlyResource(synthValid(stack), "oci_events_rule")).toMatchObject({
      display_name: "dev-inbound-objectevent",
      condition: '{"data":{"additionalDetails":{"bucketName":"dev-inbound"}},"eventType":["com.oraclecloud.objectstorage.*object","com.oraclecloud.objectstorage.deleteobject"]}',
    });
  });

  test("onObjectEvent refuses types that are not object events, and an empty list", () => {
    const { bucket: b } = bucket();
    expect(rejected(() => b.onObjectEvent("r", { eventTypes: [EventTypes.objectStorage.createObject, EventTypes.objectStorage.createBucket] }))).toMatch(
      'pipeline-dev/inbound: eventTypes[1] = "com.oraclecloud.objectstorage.createbucket" is not allowed: must select object events: com.oraclecloud.objectstorage.createobject, updateobject or deleteobject (or a wildcard matching them)',
    );
    expect(rejected(() => b.onObjectEvent("r2", { eventTypes: [] }))).toMatch("pipeline-dev/inbound: eventTypes = [] is not allowed: list at least one object event type (createobject, updateobject, deleteobject)");
  });

  test("a rule on a bucket whose object events are off fails synthesis", () => {
    const { stack, topic, bucket: b } = bucket({ objectEvents: false });
    b.onObjectCreated("on-upload", { targets: [topic] });
    expect(() => synthValid(stack)).toThrow(
      'pipeline-dev/inbound/on-upload: condition.data.additionalDetails.bucketName = "dev-inbound" is not allowed: bucket pipeline-dev/inbound has objectEvents: false, so OCI emits no object events for it: enable them on the bucket (for an imported bucket, turn them on in OCI and state objectEvents: true)',
    );
  });
});

describe("Bucket grants", () => {
  test("grantRead / grantWrite: read / manage objects, conditioned on the bucket's name", () => {
    const { stack, bucket: b } = bucket({ compartmentId: BUCKET_CMP });
    expect(b.grantRead(Principals.dynamicGroup("reporting")).text).toBe(`Allow dynamic-group reporting to read objects in compartment id ${BUCKET_CMP} where target.bucket.name = 'dev-inbound'`);
    expect(b.grantWrite(Principals.group("Uploaders")).text).toBe(`Allow group Uploaders to manage objects in compartment id ${BUCKET_CMP} where target.bucket.name = 'dev-inbound'`);
    expect(policyStatements(synthValid(stack))).toEqual([
      `Allow dynamic-group reporting to read objects in compartment id ${BUCKET_CMP} where target.bucket.name = 'dev-inbound'`,
      `Allow group Uploaders to manage objects in compartment id ${BUCKET_CMP} where target.bucket.name = 'dev-inbound'`,
    ]);
  });
});
