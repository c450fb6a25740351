import { projectValidator, ValidationIssue } from "../index";

/** A valid document to break by hand, one rule at a time. */
function validDoc(): any {
  return {
    provider: { oci: [{ region: "eu-frankfurt-1", auth: "ApiKey" }, { alias: "home", region: "us-ashburn-1" }] },
    data: { oci_identity_tenancy: { t: { tenancy_id: "ocid1.tenancy.oc1..aaaa" } } },
    resource: {
      oci_ons_notification_topic: { alerts: { compartment_id: "ocid1.compartment.oc1..aaaa", name: "dev-alerts", "//": { metadata: {} } } },
      oci_events_rule: {
        r: {
          compartment_id: "ocid1.compartment.oc1..aaaa",
          condition: '{"eventType":["com.oraclecloud.objectstorage.createobject"]}',
          display_name: "r",
          is_enabled: true,
          depends_on: ["oci_ons_notification_topic.alerts"],
          actions: { actions: [{ action_type: "ONS", is_enabled: true, topic_id: "${oci_ons_notification_topic.alerts.id}" }] },
        },
      },
      oci_functions_function: {
        f: { application_id: "${oci_functions_application.a.id}", display_name: "f", memory_in_mbs: "256", timeout_in_seconds: 30, config: { A: "b" } },
      },
      terraform_data: { other: { input: "not ours" } },
    },
  };
}

const run = (doc: any): ValidationIssue[] => projectValidator().validate(doc, "test-stack");
const rules = (doc: any) => run(doc).map((i) => `${i.rule} ${i.address} ${i.path}`);

describe("offline schema validator", () => {
  test("accepts a valid document, expressions, meta-arguments and other providers' resources", () => {
    expect(run(validDoc())).toEqual([]);
  });

  test("unknown resource and data-source types", () => {
    const doc = validDoc();
    doc.resource.oci_events_rulez = { x: {} };
    doc.data.oci_nope = { y: {} };
    expect(rules(doc)).toEqual(["unknown-type oci_events_rulez.x ", "unknown-type data.oci_nope.y "]);
  });

  test("unknown attributes and blocks, at any depth", () => {
    const doc = validDoc();
    doc.resource.oci_events_rule.r.colour = "red";
    doc.resource.oci_events_rule.r.actions.actions[0].queue_id = "q";
    doc.resource.oci_events_rule.r.retries = { count: 1 };
    expect(rules(doc)).toEqual(
      expect.arrayContaining(["unknown-attribute oci_events_rule.r colour", "unknown-attribute oci_events_rule.r actions[0].actions[0].queue_id", "unknown-attribute oci_events_rule.r retries"]),
    );
    expect(run(doc)).toHaveLength(3);
  });

  test("unknown provider-configuration arguments", () => {
    const doc = validDoc();
    doc.provider.oci[0].password = "x";
    expect(rules(doc)).toEqual(["unknown-attribute provider.oci[0] password"]);
  });

  test("missing required attributes and blocks", () => {
    const doc = validDoc();
    delete doc.resource.oci_ons_notification_topic.alerts.name;
    delete doc.resource.oci_events_rule.r.actions;
    delete doc.resource.oci_events_rule.r.is_enabled;
    expect(rules(doc).sort()).toEqual(
      ["missing-required oci_events_rule.r actions", "missing-required oci_events_rule.r is_enabled", "missing-required oci_ons_notification_topic.alerts name"].sort(),
    );
  });

  test("missing required attribute inside a nested block", () => {
    const doc = validDoc();
    delete doc.resource.oci_events_rule.r.actions.actions[0].action_type;
    expect(rules(doc)).toEqual(["missing-required oci_events_rule.r actions[0].actions[0].action_type"]);
  });

  test.each([
    ["string from an object", (d: any) => (d.resource.oci_ons_notification_topic.alerts.name = { a: 1 }), "oci_ons_notification_topic.alerts name"],
    ["bool from a word", (d: any) => (d.resource.oci_events_rule.r.is_enabled = "yes"), "oci_events_rule.r is_enabled"],
    ["number from a non-numeric string", (d: any) => (d.resource.oci_functions_function.f.timeout_in_seconds = "thirty"), "oci_functions_function.f timeout_in_seconds"],
    ["map from a list", (d: any) => (d.resource.oci_functions_function.f.config = ["A=b"]), "oci_functions_function.f config"],
    ["map element from an object", (d: any) => (d.resource.oci_functions_function.f.config = { A: { nested: true } }), 'oci_functions_function.f config["A"]'],
    ["set from a string", (d: any) => (d.resource.oci_ons_notification_topic.alerts.defined_tags = "x"), "oci_ons_notification_topic.alerts defined_tags"],
    ["block from a string", (d: any) => (d.resource.oci_events_rule.r.actions.actions = ["ONS"]), "oci_events_rule.r actions[0].actions[0]"],
  ])("type mismatch: %s", (_name, breakIt, where) => {
    const doc = validDoc();
    breakIt(doc);
    expect(rules(doc)).toEqual([`type-mismatch ${where}`]);
  });

  test("list and set element types are checked", () => {
    const doc = validDoc();
    doc.resource.oci_core_vcn = { v: { compartment_id: "c", cidr_blocks: ["10.0.0.0/16", { cidr: 1 }] } };
    expect(rules(doc)).toEqual(["type-mismatch oci_core_vcn.v cidr_blocks[1]"]);
  });

  test("Terraform's implicit conversions are accepted (number and bool to string, numeric strings to number)", () => {
    const doc = validDoc();
    doc.resource.oci_functions_function.f.memory_in_mbs = 256;
    doc.resource.oci_functions_function.f.timeout_in_seconds = "30";
    doc.resource.oci_events_rule.r.is_enabled = "true";
    expect(run(doc)).toEqual([]);
  });

  test("nested-block min and max items", () => {
    const doc = validDoc();
    doc.resource.oci_events_rule.r.actions = [doc.resource.oci_events_rule.r.actions, doc.resource.oci_events_rule.r.actions];
    expect(rules(doc)).toEqual(["block-items oci_events_rule.r actions"]);
    const empty = validDoc();
    empty.resource.oci_events_rule.r.actions.actions = [];
    expect(rules(empty)).toEqual(["block-items oci_events_rule.r actions[0].actions"]);
  });

  test("computed-only attributes cannot be set", () => {
    const doc = validDoc();
    doc.resource.oci_events_rule.r.state = "ACTIVE";
    doc.resource.oci_events_rule.r.actions.actions[0].lifecycle_message = "x";
    expect(rules(doc).sort()).toEqual(["computed-only oci_events_rule.r actions[0].actions[0].lifecycle_message", "computed-only oci_events_rule.r state"]);
  });

  test("reference cycles between resources, as terraform validate reports them", () => {
    const doc = validDoc();
    doc.resource.oci_functions_function.f.config = { URL: "${oci_events_rule.r.id}/x" };
    doc.resource.oci_events_rule.r.actions.actions[0] = { action_type: "FAAS", is_enabled: true, function_id: "${oci_functions_function.f.id}" };
    expect(run(doc)).toEqual([
      { stack: "test-stack", address: "oci_events_rule.r", path: "", rule: "reference-cycle", message: "cycle: oci_events_rule.r -> oci_functions_function.f -> oci_events_rule.r" },
    ]);
    const viaDependsOn = validDoc();
    viaDependsOn.resource.oci_ons_notification_topic.alerts.depends_on = ["oci_events_rule.r"];
    expect(rules(viaDependsOn)).toEqual(["reference-cycle oci_events_rule.r "]);
  });

  test("issues carry stack, address, path and a readable message", () => {
    const doc = validDoc();
    doc.resource.oci_events_rule.r.is_enabled = 3;
    expect(run(doc)).toEqual([
      { stack: "test-stack", address: "oci_events_rule.r", path: "is_enabled", rule: "type-mismatch", message: "cannot convert number 3 to bool" },
    ]);
  });
});
