import { Stream, StreamProps } from "..";
import { Duration } from "../../core";
import { EventRule, EventTypes } from "../../events";
import { Principals } from "../../iam";
import { onlyResource, policyStatements, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";

const CMP = TEST_COMPARTMENT;
const STREAM_CMP = "ocid1.compartment.oc1..aaaaaaaastreams";
const POOL = "ocid1.streampool.oc1.eu-frankfurt-1.aaaaaaaapool";

function stream(props: Partial<StreamProps> = {}) {
  const t = testStack();
  return { ...t, stream: new Stream(t.stack, "audit", { name: "audit-events", ...props }) };
}

describe("Stream rendering", () => {
  test("defaults: 1 partition, 24 h, the environment's compartment, at a fixed address", () => {
    const { stack } = stream();
    expect(resourcesOf(synthValid(stack), "oci_streaming_stream")).toEqual({
      audit_stream_9412BE02: { name: "audit-events", partitions: 1, retention_in_hours: 24, compartment_id: CMP, freeform_tags: {} },
    });
  });

  test("the bounds are accepted: 50 partitions, 168 hours, an explicit compartment", () => {
    const { stack } = stream({ partitions: 50, retention: Duration.days(7), compartmentId: STREAM_CMP });
    expect(onlyResource(synthValid(stack), "oci_streaming_stream")).toEqual({ name: "audit-events", partitions: 50, retention_in_hours: 168, compartment_id: STREAM_CMP, freeform_tags: {} });
  });

  test("in a stream pool: no compartment argument (OCI takes one or the other); grants use the stated pool compartment", () => {
    const { stack, stream: s } = stream({ streamPoolId: POOL, compartmentId: STREAM_CMP });
    s.grantRead(Principals.group("Analysts"));
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_streaming_stream")).toEqual({ name: "audit-events", partitions: 1, retention_in_hours: 24, stream_pool_id: POOL, freeform_tags: {} });
    expect(policyStatements(doc)).toEqual([`Allow group Analysts to use stream-pull in compartment id ${STREAM_CMP}`]);
  });

  test("in a stream pool without a stated compartment: grants follow the stream's exported compartment", () => {
    const { stack, stream: s } = stream({ streamPoolId: POOL });
    s.grantPush(Principals.group("Producers"));
    const policy = onlyResource(synthValid(stack), "oci_identity_policy");
    expect(policy.compartment_id).toBe("${oci_streaming_stream.audit_stream_9412BE02.compartment_id}");
    expect(policy.statements).toEqual(["Allow group Producers to use stream-push in compartment id ${oci_streaming_stream.audit_stream_9412BE02.compartment_id}"]);
  });
});

describe("Stream validation", () => {
  test.each<[Partial<StreamProps>, string]>([
    [{ partitions: 0 }, "partitions = 0 is not allowed: must be an integer from 1 to 50"],
    [{ partitions: 51 }, "partitions = 51 is not allowed: must be an integer from 1 to 50"],
    [{ partitions: 1.5 }, "partitions = 1.5 is not allowed: must be an integer from 1 to 50"],
    [{ retention: Duration.hours(23) }, 'retention = "23 hours" is not allowed: must be a Duration (Duration.hours(n), ...) of whole hours: from 24 hours to 168 hours (7 days)'],
    [{ retention: Duration.hours(169) }, 'retention = "169 hours" is not allowed: must be a Duration (Duration.hours(n), ...) of whole hours: from 24 hours to 168 hours (7 days)'],
    [{ retention: Duration.minutes(1530) }, 'retention = "1530 minutes" is not allowed: must be a Duration (Duration.hours(n), ...) of whole hours'],
    [{ name: "audit events" }, "name = \"audit events\" is not allowed: must be 1-255 letters, digits, '.', '_' or '-'"],
    [{ name: "a".repeat(256) }, "name = \"aaaa"],
    [{ streamPoolId: "ocid1.stream.oc1.eu-frankfurt-1.x" }, 'streamPoolId = "ocid1.stream.oc1.eu-frankfurt-1.x" is not allowed: must be an OCID of the form ocid1.streampool.<realm>.<region>.<id>'],
    [{ compartmentId: "streams" }, 'compartmentId = "streams" is not allowed: must be a compartment or tenancy OCID'],
  ])("rejects %j", (props, message) => {
    expect(rejected(() => stream(props))).toMatch(`pipeline-dev/audit: ${message}`);
  });
});

describe("Stream grants", () => {
  test("grantPush and grantRead: use stream-push / stream-pull in the stream's compartment", () => {
    const { stack, stream: s } = stream({ compartmentId: STREAM_CMP });
    expect(s.grantPush(Principals.dynamicGroup("shop-app")).text).toBe(`Allow dynamic-group shop-app to use stream-push in compartment id ${STREAM_CMP}`);
    expect(s.grantRead(Principals.group("Analysts")).text).toBe(`Allow group Analysts to use stream-pull in compartment id ${STREAM_CMP}`);
    expect(policyStatements(synthValid(stack))).toEqual([
      `Allow dynamic-group shop-app to use stream-push in compartment id ${STREAM_CMP}`,
      `Allow group Analysts to use stream-pull in compartment id ${STREAM_CMP}`,
    ]);
  });

  test("as an Events rule target: OSS action and `use stream-push` for the Events service", () => {
    const { stack, stream: s } = stream({ compartmentId: STREAM_CMP });
    new EventRule(stack, "audit-rule", { displayName: "network-changes", condition: { eventTypes: [EventTypes.networking.createVcn, EventTypes.networking.deleteVcn] }, targets: [s] });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_events_rule").actions).toEqual({ actions: [{ action_type: "OSS", is_enabled: true, stream_id: "${oci_streaming_stream.audit_stream_9412BE02.id}" }] });
    expect(policyStatements(doc)).toEqual([`Allow service cloudEvents to use stream-push in compartment id ${STREAM_CMP}`]);
  });
});
