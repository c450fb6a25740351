import { compareConditions, parseCondition } from "../iam/condition";
import { covers, newStatementReasons, parseStatement, related, widening } from "../iam/statement";
import { dynamicGroupChanges, statementChanges } from "../iam/changes";
import { ResourceChange, StackInput } from "../model";

describe("parseStatement", () => {
  test("allow with compartment by name and a where condition", () => {
    const s = parseStatement("Allow dynamic-group fn-dg to read secret-bundles in compartment apps:prod where target.secret.name = 'db'");
    expect(s).toMatchObject({
      kind: "allow",
      subjects: [{ kind: "dynamic-group", name: "fn-dg" }],
      verb: "read",
      resource: "secret-bundles",
      location: { scope: "compartment", name: "apps:prod", byId: false },
      conditionText: "target.secret.name = 'db'",
    });
  });

  test("compartment id, tenancy, several services after one keyword", () => {
    expect(parseStatement("allow group X to use ons-topics in compartment id ocid1.compartment.oc1..aaa").location).toEqual({
      scope: "compartment",
      name: "ocid1.compartment.oc1..aaa",
      byId: true,
    });
    const s = parseStatement("Allow service blockstorage, oke, streaming to use keys in tenancy");
    expect(s.subjects.map((x) => `${x.kind}:${x.name}`)).toEqual(["service:blockstorage", "service:oke", "service:streaming"]);
    expect(s.location).toEqual({ scope: "tenancy" });
  });

  test("permission-list form and other statement kinds", () => {
    expect(parseStatement("Allow group A to {BUCKET_READ, OBJECT_READ} in compartment c").permissions).toEqual(["BUCKET_READ", "OBJECT_READ"]);
    expect(parseStatement("Endorse group A to manage all-resources in tenancy Other").kind).toBe("endorse");
    expect(parseStatement("Define tenancy Other as ocid1.tenancy.oc1..x").kind).toBe("define");
    expect(parseStatement("Permit everybody to do everything").kind).toBe("unknown");
  });

  test("normalization ignores case and spacing outside quotes", () => {
    expect(parseStatement("ALLOW  group A to USE ons-topics in compartment c").normalized).toBe(
      parseStatement("Allow group a to use ons-topics in compartment c").normalized,
    );
    expect(parseStatement("Allow group a to use x in compartment c where target.name = 'Ab'").normalized).not.toBe(
      parseStatement("Allow group a to use x in compartment c where target.name = 'ab'").normalized,
    );
  });
});

describe("broadening", () => {
  const w = (before: string, after: string) => widening(parseStatement(after), parseStatement(before));

  test("wider verb", () => {
    expect(w("Allow group A to use ons-topics in compartment c", "Allow group A to manage ons-topics in compartment c")).toEqual(["verb widened: use → manage"]);
  });
  test("wider location: compartment → tenancy, and to a parent compartment", () => {
    expect(w("Allow group A to use x in compartment c", "Allow group A to use x in tenancy")).toEqual(["location widened: compartment c → tenancy"]);
    expect(w("Allow group A to use x in compartment a:b", "Allow group A to use x in compartment a")).toEqual(["location widened: compartment a:b → compartment a"]);
  });
  test("a different compartment grants something new", () => {
    expect(w("Allow group A to use x in compartment c", "Allow group A to use x in compartment d")).toEqual(["location changed: compartment c → compartment d"]);
  });
  test("where dropped, loosened and changed", () => {
    const base = "Allow group A to read secret-bundles in compartment c";
    expect(w(`${base} where target.secret.name = 'db'`, base)).toEqual(["where condition dropped"]);
    expect(w(`${base} where ALL {a = '1', b = '2'}`, `${base} where a = '1'`)).toEqual(["where condition loosened"]);
    expect(w(`${base} where ALL {a = '1', b = '2'}`, `${base} where ANY {a = '1', b = '2'}`)).toEqual(["where condition loosened"]);
    expect(w(`${base} where a = '1'`, `${base} where a = '2'`)).toEqual(["where condition changed"]);
  });
  test("wider resource-type", () => {
    expect(w("Allow group A to use fn-invocation in compartment c", "Allow group A to use functions-family in compartment c")).toEqual([
      "resource widened: fn-invocation → functions-family",
    ]);
    expect(covers("all-resources", "ons-topics")).toBe(true);
    expect(covers("ons-topics", "all-resources")).toBe(false);
  });
  test("any-user and new statements", () => {
    expect(newStatementReasons(parseStatement("Allow any-user to use functions-family in compartment c"))).toContain("any-user subject without where condition");
    expect(newStatementReasons(parseStatement("Allow group A to manage all-resources in tenancy"))).toEqual(["new statement", "all-resources", "tenancy-wide", "manage verb"]);
    expect(newStatementReasons(parseStatement("Deny group A to manage all-resources in tenancy"))).toEqual([]);
  });
  test("narrowing is not broadening", () => {
    expect(w("Allow group A to manage x in tenancy", "Allow group A to use x in compartment c")).toEqual([]);
    expect(w("Allow group A to use x in compartment c", "Allow group A to use x in compartment c where a = '1'")).toEqual([]);
    expect(w("Allow group A to use x in compartment a", "Allow group A to use x in compartment a:b")).toEqual([]);
    expect(w("Allow group A to use functions-family in compartment c", "Allow group A to use fn-invocation in compartment c")).toEqual([]);
    expect(w("Allow group A to use x in compartment c where ANY {a = '1', b = '2'}", "Allow group A to use x in compartment c where a = '1'")).toEqual([]);
  });
  test("only statements with the same subjects are related", () => {
    expect(related(parseStatement("Allow group A to use x in tenancy"), parseStatement("Allow group B to use x in tenancy"))).toBe(false);
  });
  test("conditions compare by clause sets", () => {
    expect(compareConditions(parseCondition("ALL {a='1', b='2'}"), parseCondition("all { b = '2', a = '1' }"))).toBe("same");
    expect(compareConditions(undefined, parseCondition("a = '1'"))).toBe("added");
    expect(compareConditions(parseCondition("ANY {a='1', b='2'}"), parseCondition("ALL {a='1', b='2'}"))).toBe("narrowed");
  });
});

describe("statementChanges", () => {
  const policy = (address: string, before: string[] | null, after: string[] | null): ResourceChange => ({
    address,
    type: "oci_identity_policy",
    name: address.split(".")[1],
    action: before && after ? "update" : before ? "delete" : "create",
    before: before ? { statements: before } : null,
    after: after ? { statements: after } : null,
    attributes: [],
    replacePaths: [],
  });
  const input = (stack: string, changes: ResourceChange[]): StackInput => ({ stack, environment: "dev", changes, base: null, head: null });

  test("a statement moved between stacks of one environment is not broadening", () => {
    const s = "Allow group A to use x in compartment c";
    const out = statementChanges([input("a-dev", [policy("oci_identity_policy.p", [s], [])]), input("b-dev", [policy("oci_identity_policy.q", [], [s])])]);
    expect(out.get("b-dev")).toEqual([{ policy: "oci_identity_policy.q", change: "added", statement: s, broadening: false, reasons: ["moved from a-dev/oci_identity_policy.p"] }]);
    expect(out.get("a-dev")![0]).toMatchObject({ change: "removed", broadening: false });
  });

  test("removing a deny statement broadens; reordering changes nothing", () => {
    const deny = "Deny group A to manage x in tenancy";
    const allow = "Allow group A to use y in compartment c";
    const out = statementChanges([input("a-dev", [policy("oci_identity_policy.p", [allow, deny], [allow])])]);
    expect(out.get("a-dev")).toEqual([{ policy: "oci_identity_policy.p", change: "removed", statement: deny, broadening: true, reasons: ["deny statement removed"], severity: "high" }]);
    expect(statementChanges([input("a-dev", [policy("oci_identity_policy.p", [allow, deny], [deny, allow])])]).get("a-dev")).toEqual([]);
  });

  test("a deleted policy removes access without broadening", () => {
    const out = statementChanges([input("a-dev", [policy("oci_identity_policy.p", ["Allow group A to use x in tenancy"], null)])]);
    expect(out.get("a-dev")!.every((c) => c.change === "removed" && !c.broadening)).toBe(true);
  });
});

describe("severity of broadening", () => {
  const judged = (before: string[], after: string[]) =>
    statementChanges([{ stack: "a-dev", environment: "dev", changes: [{ address: "oci_identity_policy.p", type: "oci_identity_policy", name: "p", action: "update", before: { statements: before }, after: { statements: after }, attributes: [], replacePaths: [] }], base: null, head: null }])
      .get("a-dev")!
      .filter((c) => c.broadening)
      .map((c) => c.severity);
  test.each([
    [[], ["Allow group A to read repos in tenancy"], "critical"],
    [["Allow group A to use x in compartment c"], ["Allow group A to use x in tenancy"], "critical"],
    [["Allow group A to use ons-topics in compartment c"], ["Allow group A to use all-resources in compartment c"], "critical"],
    [[], ["Allow any-user to use functions-family in compartment c"], "critical"],
    [["Allow group A to read secret-bundles in compartment c where target.secret.name = 'db'"], ["Allow group A to read secret-bundles in compartment c"], "high"],
    [["Allow group A to use ons-topics in compartment c"], ["Allow group A to manage ons-topics in compartment c"], "high"],
    [[], ["Allow any-user to use functions-family in compartment c where request.principal.type = 'ApiGateway'"], "high"],
    [["Deny group A to manage x in compartment c"], [], "high"],
    [["Allow group A to use fn-invocation in compartment c"], ["Allow group A to use functions-family in compartment c"], "medium"],
    [["Allow group A to use x in compartment c"], ["Allow group A to use x in compartment d"], "medium"],
    [[], ["Allow service cloudEvents to use ons-topics in compartment c"], "low"],
  ] as Array<[string[], string[], string]>)("%j → %j is %s", (before, after, severity) => expect(judged(before, after)).toEqual([severity]));

  test("dynamic groups: unpinned is critical, a loosened rule or a rename high, another pinned rule medium", () => {
    const dg = (before: string, after: string, names: [string, string] = ["g", "g"]) =>
      dynamicGroupChanges([{ address: "oci_identity_dynamic_group.g", type: "oci_identity_dynamic_group", name: "g", action: "update", before: { name: names[0], matching_rule: before }, after: { name: names[1], matching_rule: after }, attributes: [], replacePaths: [] }])[0];
    const pinned = "ALL {resource.type = 'fnfunc', resource.compartment.id = 'ocid1.compartment.oc1..a'}";
    expect(dg(pinned, "resource.type = 'fnfunc'")).toMatchObject({ broadening: true, severity: "critical" });
    expect(dg("ALL {resource.type = 'fnfunc', resource.compartment.id = 'ocid1.compartment.oc1..a', tag.team.value = 'x'}", pinned)).toMatchObject({ broadening: true, severity: "high" });
    expect(dg(pinned, pinned, ["g", "h"])).toMatchObject({ broadening: true, severity: "high" });
    expect(dg(pinned, "ALL {resource.type = 'fnfunc', resource.compartment.id = 'ocid1.compartment.oc1..b'}")).toMatchObject({ broadening: true, severity: "medium" });
    expect(dg("resource.type = 'fnfunc'", pinned)).toMatchObject({ broadening: false });
    expect(dg("resource.type = 'fnfunc'", pinned).severity).toBeUndefined();
  });
});
