import { EventRule, EventTypes } from "../../events";
import { FunctionApplication } from "../../functions";
import { Principals } from "../../iam";
import { Stream } from "..";
import { onlyResource, resourcesOf, synthValid, TEST_COMPARTMENT, testStack, rejected } from "../../testing";

const STREAM = "ocid1.stream.oc1.eu-frankfurt-1.aaaaaaaaauditstream";
const STREAM_CMP = "ocid1.compartment.oc1..aaaaaaaasecurityops";

function imported() {
  const t = testStack();
  return { ...t, stream: Stream.fromStreamAttributes(t.stack, "audit", { streamId: STREAM, compartmentId: STREAM_CMP }) };
}

describe("Stream.fromStreamAttributes", () => {
  test("an Events rule target: OSS action with the OCID; cloudEvents may use stream-push in the stream's compartment", () => {
    const { stack, stream } = imported();
    new EventRule(stack, "audit-all", { displayName: "audit-all", condition: { eventTypes: [EventTypes.identity.createUser] }, targets: [stream] });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_events_rule").actions).toEqual({ actions: [{ action_type: "OSS", stream_id: STREAM, is_enabled: true }] });
    expect(onlyResource(doc, "oci_identity_policy")).toMatchObject({ compartment_id: STREAM_CMP, statements: [`Allow service cloudEvents to use stream-push in compartment id ${STREAM_CMP}`] });
    expect(resourcesOf(doc, "oci_streaming_stream")).toEqual({});
  });

  test("grantPush / grantRead: stream-push / stream-pull in the stream's compartment", () => {
    const { stack, stream } = imported();
    expect(stream.grantRead(Principals.group("SecurityAnalysts")).text).toBe(`Allow group SecurityAnalysts to use stream-pull in compartment id ${STREAM_CMP}`);
    expect(stream.grantPush(Principals.dynamicGroup("shop-app")).text).toBe(`Allow dynamic-group shop-app to use stream-push in compartment id ${STREAM_CMP}`);
    expect(onlyResource(synthValid(stack), "oci_identity_policy").compartment_id).toBe(STREAM_CMP);
  });

  test("a function's detached-invocation destination", () => {
    const { stack, stream } = imported();
    const app = FunctionApplication.fromFunctionApplicationAttributes(stack, "app", { applicationId: "ocid1.fnapp.oc1.eu-frankfurt-1.aaaaaaaaapp", compartmentId: TEST_COMPARTMENT });
    app.addFunction("worker", { displayName: "worker", image: "fra.ocir.io/frtenancy/pipeline/worker:1.0.0", successDestination: { kind: "STREAM", stream } });
    expect(onlyResource(synthValid(stack), "oci_functions_function").success_destination).toEqual({ kind: "STREAM", stream_id: STREAM });
  });

  test.each<[string, object, string]>([
    ["a stream pool OCID", { streamId: "ocid1.streampool.oc1.eu-frankfurt-1.aaaa", compartmentId: STREAM_CMP }, 'streamId = "ocid1.streampool.oc1.eu-frankfurt-1.aaaa" is not allowed: must be an OCID of the form ocid1.stream.<realm>.<region>.<id>'],
    ["a stream name", { streamId: "audit-events", compartmentId: STREAM_CMP }, 'streamId = "audit-events" is not allowed: must be an OCID of the form ocid1.stream.'],
    ["a compartment name", { streamId: STREAM, compartmentId: "security" }, 'compartmentId = "security" is not allowed: must be a compartment or tenancy OCID'],
  ])("refuses %s", (_what, attributes, message) => {
    const { stack } = testStack();
    expect(rejected(() => Stream.fromStreamAttributes(stack, "audit", attributes as any))).toMatch(`pipeline-dev/audit: ${message}`);
  });
});
