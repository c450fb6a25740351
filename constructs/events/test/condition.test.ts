import { Construct } from "constructs";
import { Token } from "cdktf";
import { buildCondition, canonicalJson, EventPattern, EventType, EventTypes, KNOWN_EVENT_TYPES, selectsObjectEvents, wildcardMatches } from "..";
import { rejected, testStack } from "../../testing";

function scope(): Construct {
  return new Construct(testStack().stack, "rule");
}
const build = (pattern: EventPattern) => buildCondition(scope(), pattern);
const rejects = (pattern: EventPattern, message: string) => expect(rejected(() => build(pattern))).toMatch(message);

describe("event type catalogue", () => {
  test("holds the requested services with real strings, long-running operations as .begin/.end", () => {
    expect(EventTypes.objectStorage.createObject).toBe("com.oraclecloud.objectstorage.createobject");
    expect(EventTypes.compute.terminateInstance.begin).toBe("com.oraclecloud.computeapi.terminateinstance.begin");
    expect(EventTypes.identity.createPolicy).toBe("com.oraclecloud.identitycontrolplane.createpolicy");
    expect(EventTypes.networking.createNatGateway).toBe("com.oraclecloud.natgateway.createnatgateway");
    expect(EventTypes.networking.deleteServiceGateway.end).toBe("com.oraclecloud.servicegateway.deleteservicegateway.end");
    expect(EventTypes.functions.createFunction).toBe("com.oraclecloud.functions.createfunction");
    expect(EventTypes.apiGateway.createDeployment.end).toBe("com.oraclecloud.apigateway.createdeployment.end");
    expect(EventTypes.keyManagement.createKey.begin).toBe("com.oraclecloud.keymanagementservice.createkey.begin");
    expect(EventTypes.cloudGuard.problemDetected).toBe("com.oraclecloud.cloudguard.problemdetected");
    expect(EventTypes.budgets.updateBudget).toBe("com.oraclecloud.budgets.updatebudget");
  });

  test("every entry has the OCI eventType shape, and none of the unverified ones is listed", () => {
    expect(KNOWN_EVENT_TYPES.size).toBeGreaterThan(150);
    for (const t of KNOWN_EVENT_TYPES) expect(t).toMatch(/^com\.oraclecloud\.[a-z0-9.]+$/);
    for (const t of KNOWN_EVENT_TYPES) expect(t).not.toMatch(/vaultsecret|\.kms\.|invokefunction/);
  });

  test("wildcards select the object events they match", () => {
    expect(wildcardMatches("com.oraclecloud.objectstorage.*object", "com.oraclecloud.objectstorage.createobject")).toBe(true);
    expect(wildcardMatches("com.oraclecloud.objectstorage.*object", "com.oraclecloud.objectstorage.createbucket")).toBe(false);
    expect(wildcardMatches("inbound-*", "inbound.x")).toBe(false);
    expect(selectsObjectEvents(["com.oraclecloud.objectstorage.*"])).toBe(true);
    expect(selectsObjectEvents([EventTypes.objectStorage.createBucket, "com.oraclecloud.computeapi.*"])).toBe(false);
  });
});

describe("condition rendering", () => {
  test("canonical JSON: keys sorted at every level, compact, arrays in given order without duplicates", () => {
    const built = build({
      eventTypes: [EventTypes.objectStorage.updateObject, EventTypes.objectStorage.createObject, EventTypes.objectStorage.updateObject],
      data: {
        resourceName: "incoming/*",
        compartmentName: ["prod", "dev", "prod"],
        additionalDetails: { namespace: "acme", bucketName: ["inbound-*", "archive"] },
        freeformTags: { team: "payments" },
        definedTags: { Operations: { CostCenter: "42" } },
        availabilityDomain: "all",
        compartmentId: "ocid1.compartment.oc1..aaaaaaaax",
        resourceId: "/n/acme/b/inbound/o/*",
      },
    });
    expect(built.json).toBe(
      '{"data":{"additionalDetails":{"bucketName":["inbound-*","archive"],"namespace":"acme"},"availabilityDomain":"all","compartmentId":"ocid1.compartment.oc1..aaaaaaaax",' +
        '"compartmentName":["prod","dev"],"definedTags":{"Operations":{"CostCenter":"42"}},"freeFormTags":{"team":"payments"},"resourceId":"/n/acme/b/inbound/o/*","resourceName":"incoming/*"},' +
        '"eventType":["com.oraclecloud.objectstorage.updateobject","com.oraclecloud.objectstorage.createobject"]}',
    );
    expect(built.eventTypes).toEqual(["com.oraclecloud.objectstorage.updateobject", "com.oraclecloud.objectstorage.createobject"]);
    expect(built.bucketNames).toEqual(["inbound-*", "archive"]);
  });

  test("the same pattern written in another key order renders identically", () => {
    const a = build({ data: { additionalDetails: { riskLevel: ["CRITICAL", "HIGH"] } }, eventTypes: [EventTypes.cloudGuard.problemDetected] });
    const b = build({ eventTypes: [EventTypes.cloudGuard.problemDetected], data: { additionalDetails: { riskLevel: ["CRITICAL", "HIGH"] } } });
    expect(a.json).toBe(b.json);
    expect(a.json).toBe('{"data":{"additionalDetails":{"riskLevel":["CRITICAL","HIGH"]}},"eventType":["com.oraclecloud.cloudguard.problemdetected"]}');
    expect(canonicalJson({ b: [2, 1], a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":[2,1]}');
  });

  test("EventType.custom is the escape hatch for uncatalogued types and wildcards", () => {
    expect(build({ eventTypes: [EventType.custom("com.oraclecloud.objectstorage.*object"), EventType.custom("com.oraclecloud.streaming.createstream")] }).json).toBe(
      '{"eventType":["com.oraclecloud.objectstorage.*object","com.oraclecloud.streaming.createstream"]}',
    );
  });

  test("data-only conditions and the explicit match-everything opt-in", () => {
    expect(build({ data: { freeformTags: { pipeline: "orders" } } }).json).toBe('{"data":{"freeFormTags":{"pipeline":"orders"}}}');
    expect(build({ matchEveryEvent: true }).json).toBe("{}");
  });
});

describe("free-form tag filters", () => {
  // The event envelope spells the field freeFormTags (capital F):
  // https://docs.oracle.com/iaas/Content/Events/Reference/eventenvelopereference.htm
  test("the freeformTags prop renders data.freeFormTags, the envelope's spelling, and never data.freeformTags", () => {
    const condition = JSON.parse(build({ data: { freeformTags: { Department: ["Finance", "HR"] } } }).json);
    expect(condition).toEqual({ data: { freeFormTags: { Department: ["Finance", "HR"] } } });
    expect(condition.data).not.toHaveProperty("freeformTags");
  });
});

describe("condition validation", () => {
  const P = "pipeline-dev/rule";
  test.each<[string, EventPattern, string]>([
    ["unknown eventType string", { eventTypes: ["com.oraclecloud.objectstorage.createobjekt" as never] }, `${P}: condition.eventTypes[0] = "com.oraclecloud.objectstorage.createobjekt" is not allowed: must be an eventType from the EventTypes catalogue; wrap any other type in EventType.custom(...)`],
    ["custom type of the wrong shape", { eventTypes: [EventType.custom("com.oraclecloud.ObjectStorage.x")] }, `${P}: condition.eventTypes[0] = "com.oraclecloud.ObjectStorage.x" is not allowed: must match ^com\\.oraclecloud\\.[a-z0-9.*]+$ (lower case), with no '**' and no empty segment`],
    ["custom type outside com.oraclecloud", { eventTypes: [EventType.custom("org.example.created")] }, `${P}: condition.eventTypes[0] = "org.example.created" is not allowed: must match`],
    ["custom type with **", { eventTypes: [EventTypes.objectStorage.createObject, EventType.custom("com.oraclecloud.**")] }, `${P}: condition.eventTypes[1] = "com.oraclecloud.**" is not allowed: must match`],
    ["custom type with an empty segment", { eventTypes: [EventType.custom("com.oraclecloud..createobject")] }, `${P}: condition.eventTypes[0] = "com.oraclecloud..createobject" is not allowed`],
    ["empty eventTypes list", { eventTypes: [] }, `${P}: condition.eventTypes = [] is not allowed: list at least one event type, or leave eventTypes out`],
    ["empty condition", {}, `${P}: condition = {} is not allowed: an empty condition matches every event in the compartment tree: give eventTypes or data filters, or set matchEveryEvent: true`],
    ["matchEveryEvent with filters", { matchEveryEvent: true, eventTypes: [EventTypes.budgets.updateBudget] }, `${P}: condition.matchEveryEvent = true is not allowed: matchEveryEvent excludes eventTypes and data filters`],
    ["wildcard in a field name", { data: { additionalDetails: { "bucket*": "x" } } }, `${P}: condition.data.additionalDetails key = "bucket*" is not allowed: field names must be 1-100 letters, digits, '_' or '-' (wildcards are allowed only in values)`],
    ["wildcard in a tag namespace", { data: { definedTags: { "Ops*": { CostCenter: "42" } } } }, `${P}: condition.data.definedTags key = "Ops*" is not allowed: field names must be`],
    ["wildcard in a tag key", { data: { definedTags: { Ops: { "Cost*": "42" } } } }, `${P}: condition.data.definedTags.Ops key = "Cost*" is not allowed`],
    ["empty field name", { data: { freeformTags: { "": "x" } } }, `${P}: condition.data.freeformTags key = "" is not allowed`],
    ["empty value", { data: { resourceName: "" } }, `${P}: condition.data.resourceName = "" is not allowed: must be a non-empty string`],
    ["blank value in a list", { data: { compartmentName: ["dev", " "] } }, `${P}: condition.data.compartmentName[1] = " " is not allowed: must be a non-empty string`],
    ["** in a value", { data: { additionalDetails: { bucketName: "inbound-**" } } }, `${P}: condition.data.additionalDetails.bucketName = "inbound-**" is not allowed: '**' is not a valid wildcard: use a single '*'`],
    ["empty value list", { data: { compartmentName: [] } }, `${P}: condition.data.compartmentName = [] is not allowed: list at least one value, or leave the filter out`],
    ["service attribute at the data level", { data: { bucketName: "x" } as never }, `${P}: condition.data.bucketName = "x" is not allowed: must be one of compartmentId, compartmentName, resourceName, resourceId, availabilityDomain, additionalDetails, definedTags, freeformTags; service-specific attributes go under additionalDetails`],
    ["empty additionalDetails", { data: { additionalDetails: {} } }, `${P}: condition.data.additionalDetails = {} is not allowed: give at least one field, or leave it out`],
    ["empty data", { data: {} }, `${P}: condition.data = {} is not allowed: give at least one filter, or leave data out`],
  ])("rejects %s", (_what, pattern, message) => rejects(pattern, message));

  test("accepts single '*' wildcards in values and tokens unchecked", () => {
    expect(build({ data: { resourceName: "*", additionalDetails: { bucketName: "inbound-*" } } }).json).toBe('{"data":{"additionalDetails":{"bucketName":"inbound-*"},"resourceName":"*"}}');
    // A value only Terraform knows (here a reference) cannot be checked; it is embedded as an interpolation.
    const token = Token.asString({ resolve: () => "${var.bucket}" });
    expect(build({ data: { additionalDetails: { bucketName: token } } }).bucketNames).toEqual([token]);
  });
});
