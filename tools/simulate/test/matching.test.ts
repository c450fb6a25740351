/**
 * The matching-semantics table: every documented rule of OCI Events condition
 * matching, with its source, as a row the engine must honour (docs/oci-facts.md#events).
 */
import { CompartmentTree } from "../compartments";
import { matchCondition, parseCondition, wildcardMatch } from "../matching";
import { Json } from "../model";

const RULE_API = "https://docs.oracle.com/iaas/api/#/en/events/20181201/Rule/ (condition; same text in the SDK models, e.g. https://docs.oracle.com/en-us/iaas/tools/dotnet/latest/api/Oci.EventsService.Models.CreateRuleDetails.html)";
const FILTERS = "https://docs.oracle.com/iaas/Content/Events/Concepts/filterevents.htm";
const ENVELOPE = "https://docs.oracle.com/iaas/Content/Events/Reference/eventenvelopereference.htm";
const LANDING_ZONE = "https://github.com/oci-landing-zones/terraform-oci-core-landingzone/blob/main/mon_notifications.tf";

/** The reference event of "Matching Events with Filters" (a bucket deletion), as the page shows it. */
const EVENT: Json = {
  cloudEventsVersion: "0.1",
  eventID: "a1b2c3d4-0000-4000-8000-000000000001",
  eventType: "com.oraclecloud.objectstorage.deletebucket",
  source: "objectstorage",
  eventTypeVersion: "1.0",
  eventTime: "2019-01-10T21:19:24Z",
  contentType: "application/json",
  extensions: { compartmentId: "ocid1.compartment.oc1..example" },
  data: {
    compartmentId: "ocid1.compartment.oc1..example",
    compartmentName: "example_name",
    resourceName: "my_bucket",
    resourceId: "ocid1.compartment.oc1..example",
    availabilityDomain: "NfHZ:PHX-AD-2",
    freeFormTags: { Department: "Finance" },
    definedTags: { Operations: { CostCenter: "42" } },
    additionalDetails: { namespace: "example_namespace", publicAccessType: "NoPublicAccess", eTag: "f8ffb6e9-f602-460f-a6c0-00b5abfa24c7" },
  },
};

interface Row {
  readonly rule: string;
  readonly source: string;
  readonly condition: Json;
  readonly matches: boolean;
  /** The field the first failure names, for rows that do not match. */
  readonly failsAt?: string;
}

const TABLE: Row[] = [
  { rule: "an empty condition {} matches every event", source: RULE_API, condition: {}, matches: true },
  { rule: "fields the condition does not mention are ignored", source: RULE_API, condition: { eventType: "com.oraclecloud.objectstorage.deletebucket" }, matches: true },
  { rule: "every field the condition names must be in the event", source: RULE_API, condition: { data: { resourceName: "my_bucket", lifecycleState: "DELETED" } }, matches: false, failsAt: "data.lifecycleState" },
  { rule: "fields keep the event's nesting: additionalDetails under data", source: RULE_API, condition: { data: { additionalDetails: { namespace: "example_namespace" } } }, matches: true },
  { rule: "a field at the wrong level does not match (no search through nesting)", source: RULE_API, condition: { data: { namespace: "example_namespace" } }, matches: false, failsAt: "data.namespace" },
  { rule: "eventType matches the envelope's eventType exactly", source: FILTERS, condition: { eventType: "com.oraclecloud.objectstorage.deletebucket" }, matches: true },
  { rule: "another eventType does not match", source: FILTERS, condition: { eventType: "com.oraclecloud.objectstorage.createbucket" }, matches: false, failsAt: "eventType" },
  { rule: "a list of values matches when the event's value is any of them", source: `${FILTERS}; relied on by ${LANDING_ZONE}`, condition: { eventType: ["com.oraclecloud.objectstorage.createbucket", "com.oraclecloud.objectstorage.deletebucket"] }, matches: true },
  { rule: "a list matches nothing when no element matches", source: FILTERS, condition: { eventType: ["com.oraclecloud.objectstorage.createbucket", "com.oraclecloud.objectstorage.updatebucket"] }, matches: false, failsAt: "eventType" },
  { rule: "* in a value matches any run of characters (event types)", source: RULE_API, condition: { eventType: "com.oraclecloud.objectstorage.*bucket" }, matches: true },
  { rule: "* in a value matches any run of characters (attribute values)", source: RULE_API, condition: { data: { resourceName: "my_*" } }, matches: true },
  { rule: "* does not make the rest of the pattern optional", source: RULE_API, condition: { data: { resourceName: "your_*" } }, matches: false, failsAt: "data.resourceName" },
  { rule: "a list may mix literal values and wildcard patterns", source: `${RULE_API}; ${FILTERS}`, condition: { data: { compartmentName: ["prod", "example_*"] } }, matches: true },
  { rule: "different fields are ANDed: every one must match", source: RULE_API, condition: { eventType: "com.oraclecloud.objectstorage.deletebucket", data: { compartmentName: "another_name" } }, matches: false, failsAt: "data.compartmentName" },
  { rule: "data attributes filter on data.<attribute> (compartmentName, resourceName, resourceId, availabilityDomain)", source: `${FILTERS}; ${ENVELOPE}`, condition: { data: { compartmentName: "example_name", availabilityDomain: "NfHZ:PHX-AD-2" } }, matches: true },
  { rule: "service-specific attributes filter on data.additionalDetails.<attribute>", source: `${FILTERS}; ${ENVELOPE}`, condition: { data: { additionalDetails: { publicAccessType: ["NoPublicAccess", "ObjectRead"] } } }, matches: true },
  { rule: "defined tags filter on data.definedTags.<namespace>.<key>", source: `${FILTERS}; ${ENVELOPE}`, condition: { data: { definedTags: { Operations: { CostCenter: "42" } } } }, matches: true },
  { rule: "another defined-tag value does not match", source: `${FILTERS}; ${ENVELOPE}`, condition: { data: { definedTags: { Operations: { CostCenter: "43" } } } }, matches: false, failsAt: "data.definedTags.Operations.CostCenter" },
  { rule: "free-form tags filter on data.freeFormTags.<key>, spelled as the event spells it", source: `${FILTERS}; ${ENVELOPE}`, condition: { data: { freeFormTags: { Department: "Finance" } } }, matches: true },
  { rule: "a field name spelled otherwise than in the event is a missing field (freeformTags vs freeFormTags)", source: `${RULE_API}; ${ENVELOPE}`, condition: { data: { freeformTags: { Department: "Finance" } } }, matches: false, failsAt: "data.freeformTags" },
  { rule: "values compare case-sensitively (implementation choice: the docs state no case folding)", source: RULE_API, condition: { data: { compartmentName: "Example_Name" } }, matches: false, failsAt: "data.compartmentName" },
];

describe("OCI Events condition matching: the documented rules", () => {
  test.each(TABLE.map((r) => [r.rule, r]))("%s", (_name, row) => {
    expect(row.source).toMatch(/^https:\/\//);
    const result = matchCondition(row.condition, EVENT);
    expect(result.matched).toBe(row.matches);
    if (!result.matched) expect(result.path).toBe(row.failsAt);
  });

  test("the first failing field is the reason, eventType first; the reason names field, value and what was expected", () => {
    const result = matchCondition({ data: { compartmentName: "x" }, eventType: ["a.b", "c.d"] }, EVENT);
    expect(result).toEqual({ matched: false, path: "eventType", reason: 'eventType = "com.oraclecloud.objectstorage.deletebucket" does not match any of "a.b", "c.d"' });
  });

  test("a condition as the provider stores it (a JSON string) parses; an expression does not", () => {
    expect(parseCondition('{"eventType":["x"]}')).toEqual({ eventType: ["x"] });
    expect(parseCondition("${var.condition}")).toBeUndefined();
    expect(matchCondition("not an object" as Json, EVENT)).toMatchObject({ matched: false });
  });

  test("wildcards match across dots and slashes, and only where the pattern puts them", () => {
    expect(wildcardMatch("com.oraclecloud.*", "com.oraclecloud.computeapi.launchinstance.end")).toBe(true);
    expect(wildcardMatch("invoices/*.pdf", "invoices/2025/11/a.pdf")).toBe(true);
    expect(wildcardMatch("invoices/*.pdf", "invoices/2025/11/a.csv")).toBe(false);
    expect(wildcardMatch("a.b", "aXb")).toBe(false); // regex metacharacters are literal
    expect(wildcardMatch("*", "")).toBe(true);
  });

  test("an array in the event matches when any element matches (implementation choice for array-valued attributes)", () => {
    expect(matchCondition({ data: { ips: "10.0.*" } }, { data: { ips: ["192.168.1.1", "10.0.0.7"] } }).matched).toBe(true);
  });
});

describe("compartment scoping: a rule sees its compartment and every descendant", () => {
  // Source: "Rules apply to events in the compartment in which you create them and any child compartments." (RULE_API)
  const TENANCY = "ocid1.tenancy.oc1..t";
  const tree = CompartmentTree.fromJson({
    tenancy: { id: TENANCY, name: "acme", homeRegion: "eu-frankfurt-1" },
    compartments: [
      { id: "ocid1.compartment.oc1..apps", name: "apps", parentId: TENANCY },
      { id: "ocid1.compartment.oc1..apps-dev", name: "apps-dev", parentId: "ocid1.compartment.oc1..apps" },
      { id: "ocid1.compartment.oc1..finance", name: "finance", parentId: TENANCY },
    ],
  });

  test.each([
    ["the rule's own compartment", "ocid1.compartment.oc1..apps", "ocid1.compartment.oc1..apps", true],
    ["a child compartment", "ocid1.compartment.oc1..apps", "ocid1.compartment.oc1..apps-dev", true],
    ["a grandchild, from the tenancy", TENANCY, "ocid1.compartment.oc1..apps-dev", true],
    ["the parent compartment", "ocid1.compartment.oc1..apps-dev", "ocid1.compartment.oc1..apps", false],
    ["the root compartment (tenancy), from a compartment", "ocid1.compartment.oc1..apps", TENANCY, false],
    ["a sibling compartment", "ocid1.compartment.oc1..apps", "ocid1.compartment.oc1..finance", false],
  ])("%s", (_name, rule, event, within) => {
    expect(tree.contains(rule, event).within).toBe(within);
  });

  test("a compartment missing from the tree is placed under the only tenancy, and the answer says it assumed so", () => {
    expect(tree.contains(TENANCY, "ocid1.compartment.oc1..unknown")).toEqual({ within: true, assumption: expect.stringContaining("not in the compartment tree") });
    expect(tree.contains("ocid1.compartment.oc1..apps", "ocid1.compartment.oc1..unknown")).toMatchObject({ within: false });
  });
});
