import { Token } from "cdktf";
import { Bucket } from "..";
import { EventRule, EventTypes } from "../../events";
import { OciFunction } from "../../functions";
import { DynamicGroup, Principals } from "../../iam";
import { onlyResource, policyStatements, resourcesOf, synthValid, TEST_COMPARTMENT, TEST_TENANCY, testStack, rejected } from "../../testing";

const DATA_CMP = "ocid1.compartment.oc1..aaaaaaaadatalake";
const FN = "ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaaingest";

function imported(objectEvents?: boolean) {
  const t = testStack();
  const bucket = Bucket.fromBucketAttributes(t.stack, "landing", { bucketName: "Landing-Zone.raw", compartmentId: DATA_CMP, namespace: "frtenancy", objectEvents });
  const ingest = OciFunction.fromFunctionAttributes(t.stack, "ingest", { functionId: FN, compartmentId: TEST_COMPARTMENT });
  return { ...t, bucket, ingest };
}

describe("Bucket.fromBucketAttributes", () => {
  test("object-event rules on an existing bucket with object events on: filtered to its name, in its compartment", () => {
    const { stack, bucket, ingest } = imported(true);
    bucket.onObjectCreated("on-landing", { targets: [ingest], objectName: "incoming/*" });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_events_rule")).toEqual({
      compartment_id: DATA_CMP,
      display_name: "Landing-Zone.raw-objectcreated",
      is_enabled: true,
      condition: '{"data":{"additionalDetails":{"bucketName":"Landing-Zone.raw"},"resourceName":"incoming/*"},"eventType":["com.oraclecloud.objectstorage.createobject"]}',
      actions: { actions: [{ action_type: "FAAS", function_id: FN, is_enabled: true }] },
      freeform_tags: {},
    });
    expect(policyStatements(doc)).toEqual([`Allow service cloudEvents to use functions-family in compartment id ${TEST_COMPARTMENT}`]);
    // Nothing of the bucket's own: no bucket, and no namespace lookup while the namespace is given.
    expect(resourcesOf(doc, "oci_objectstorage_bucket")).toEqual({});
    expect(doc.data).toBeUndefined();
  });

  test("a plain rule filtering on the imported bucket's name needs no objectEventsSourceConfirmed", () => {
    const { stack, ingest } = imported(true);
    new EventRule(stack, "by-name", {
      displayName: "by-name",
      condition: { eventTypes: [EventTypes.objectStorage.createObject], data: { additionalDetails: { bucketName: "Landing-Zone.raw" } } },
      targets: [ingest],
    });
    expect(Object.keys(resourcesOf(synthValid(stack), "oci_events_rule"))).toHaveLength(1);
  });

  test("object events are off unless stated (OCI's default): a rule on the import is refused at synthesis", () => {
    const { stack, bucket, ingest } = imported();
    bucket.onObjectCreated("on-landing", { targets: [ingest] });
    expect(() => synthValid(stack)).toThrow(
      'pipeline-dev/landing/on-landing: condition.data.additionalDetails.bucketName = "Landing-Zone.raw" is not allowed: bucket pipeline-dev/landing has objectEvents: false, so OCI emits no object events for it: enable them on the bucket (for an imported bucket, turn them on in OCI and state objectEvents: true)',
    );
  });

  test("grantRead / grantWrite: read / manage objects where target.bucket.name, in the bucket's compartment", () => {
    const { stack, bucket, ingest } = imported();
    bucket.grantRead(ingest);
    bucket.grantWrite(DynamicGroup.fromOcid(stack, "etl", "ocid1.dynamicgroup.oc1..aaaaaaaaetl"));
    bucket.grantRead(Principals.group("Analysts"));
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_identity_policy")).toMatchObject({
      provider: "oci.home",
      compartment_id: DATA_CMP,
      statements: [
        `Allow dynamic-group \${oci_identity_dynamic_group.ingest_identity_group_5AD418E6.name} to read objects in compartment id ${DATA_CMP} where target.bucket.name = 'Landing-Zone.raw'`,
        `Allow dynamic-group id ocid1.dynamicgroup.oc1..aaaaaaaaetl to manage objects in compartment id ${DATA_CMP} where target.bucket.name = 'Landing-Zone.raw'`,
        `Allow group Analysts to read objects in compartment id ${DATA_CMP} where target.bucket.name = 'Landing-Zone.raw'`,
      ],
    });
  });

  test("without a namespace, the stack's namespace data source is read on first use only", () => {
    const { stack } = testStack();
    const bucket = Bucket.fromBucketAttributes(stack, "landing", { bucketName: "landing", compartmentId: DATA_CMP });
    bucket.grantRead(Principals.group("Analysts"));
    expect(synthValid(stack).data).toBeUndefined();
    expect(Token.isUnresolved(bucket.namespace)).toBe(true);
    expect(synthValid(stack).data).toEqual({ oci_objectstorage_namespace: { "objectstorage-namespace": { compartment_id: TEST_TENANCY } } });
  });

  test("the name is used exactly as it exists: no environment prefix", () => {
    const { bucket } = imported();
    expect(bucket.bucketName).toBe("Landing-Zone.raw");
  });

  test.each<[string, object, string]>([
    ["no name", { compartmentId: DATA_CMP }, "bucketName = (not set) is not allowed: the existing bucket's name is required"],
    ["a name with a slash", { bucketName: "landing/raw", compartmentId: DATA_CMP }, "bucketName = \"landing/raw\" is not allowed: must be 1-63 letters, digits, '-', '_' or '.'"],
    ["a bucket OCID as compartment", { bucketName: "landing", compartmentId: "ocid1.bucket.oc1.eu-frankfurt-1.aaaa" }, 'compartmentId = "ocid1.bucket.oc1.eu-frankfurt-1.aaaa" is not allowed: must be a compartment or tenancy OCID'],
    ["an upper-case namespace", { bucketName: "landing", compartmentId: DATA_CMP, namespace: "FRTenancy" }, "namespace = \"FRTenancy\" is not allowed: must be the tenancy's Object Storage namespace (lower-case letters and digits)"],
  ])("refuses %s", (_what, attributes, message) => {
    const { stack } = testStack();
    expect(rejected(() => Bucket.fromBucketAttributes(stack, "landing", attributes as any))).toMatch(`pipeline-dev/landing: ${message}`);
  });
});
