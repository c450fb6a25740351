import { Condition, DynamicGroup, Grant, MatchingRule, Policy, PolicyStatement, Principals } from "..";
import { onlyResource, policyStatements, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, TEST_TENANCY, testStack } from "../../testing";

const CMP = TEST_COMPARTMENT;
const inCompartment = { kind: "compartment", compartmentId: CMP } as const;

describe("PolicyStatement", () => {
  test.each([
    [{ subject: { kind: "group", name: "EventAdmins" }, verb: "manage", resourceType: "cloudevents-rules", location: inCompartment }, `Allow group EventAdmins to manage cloudevents-rules in compartment id ${CMP}`],
    [{ subject: { kind: "group", name: "Ops", domain: "Corp" }, verb: "read", resourceType: "ons-topics", location: { kind: "tenancy" } }, "Allow group 'Corp'/'Ops' to read ons-topics in tenancy"],
    [{ subject: { kind: "service", names: ["cloudEvents"] }, verb: "use", resourceType: "ons-topics", location: inCompartment }, `Allow service cloudEvents to use ons-topics in compartment id ${CMP}`],
    [
      { subject: { kind: "dynamic-group", name: "fn" }, verb: "read", resourceType: "secret-bundles", location: inCompartment, conditions: [Condition.eq("target.secret.id", "ocid1.vaultsecret.oc1..s")] },
      `Allow dynamic-group fn to read secret-bundles in compartment id ${CMP} where target.secret.id = 'ocid1.vaultsecret.oc1..s'`,
    ],
    [
      { subject: { kind: "any-user" }, verb: "use", resourceType: "functions-family", location: inCompartment, conditions: [Condition.eq("request.principal.type", "ApiGateway"), Condition.eq("request.resource.compartment.id", CMP)] },
      `Allow any-user to use functions-family in compartment id ${CMP} where ALL {request.principal.type = 'ApiGateway', request.resource.compartment.id = '${CMP}'}`,
    ],
    [
      { subject: { kind: "group", name: "a" }, verb: "read", resourceType: "objects", location: inCompartment, conditionMode: "ANY", conditions: [Condition.eq("target.bucket.name", "x"), Condition.notEq("target.bucket.name", "y")] },
      `Allow group a to read objects in compartment id ${CMP} where ANY {target.bucket.name = 'x', target.bucket.name != 'y'}`,
    ],
  ] as const)("renders %#", (props, text) => {
    const s = new PolicyStatement(props as any);
    expect(s.problems()).toEqual([]);
    expect(s.render()).toBe(text);
  });

  test.each([
    [{ verb: "own" }, "verb", "must be one of inspect, read, use, manage"],
    [{ resourceType: "ons-topicz" }, "resourceType", "must be a known resource type or family"],
    [{ resourceType: undefined }, "resourceType", "a resource type or family is required"],
    [{ resourceType: "all-resources" }, "resourceType", "all-resources grants are refused"],
    [{ subject: { kind: "group", name: "has space" } }, "subject.name", "must be 1-100 letters"],
    [{ subject: { kind: "service", names: ["lambda"] } }, "subject.names", "must be one of cloudEvents"],
    [{ subject: { kind: "service", names: ["cloudEvents"] }, location: { kind: "tenancy" } }, "location", "service principals are granted per compartment"],
    [{ subject: { kind: "any-user" } }, "conditions", "any-user needs a where clause"],
    [{ location: { kind: "compartment", compartmentId: "prod" } }, "location.compartmentId", "must be a compartment OCID"],
    [{ conditions: [Condition.eq("secret.id", "x")] }, "conditions[0]", "must look like request.*"],
    [{ conditions: [Condition.eq("target.secret.id", "it's")] }, "conditions[0]", "must not contain a single quote"],
    [{ customResourceType: "Bad Type" }, "resourceType", "give resourceType or customResourceType, not both"],
  ] as const)("rejects %j", (override, field, allowed) => {
    const s = new PolicyStatement({ subject: { kind: "group", name: "g" }, verb: "read", resourceType: "ons-topics", location: inCompartment, ...(override as any) });
    const problems = s.problems();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0][0]).toBe(field);
    expect(problems[0][2]).toContain(allowed);
  });

  test("explicit opt-ins allow the broad forms, visibly", () => {
    expect(new PolicyStatement({ subject: { kind: "group", name: "Admins" }, verb: "manage", resourceType: "all-resources", location: { kind: "tenancy" }, allowAllResources: true }).problems()).toEqual([]);
    expect(new PolicyStatement({ subject: { kind: "any-user" }, verb: "read", resourceType: "objects", location: inCompartment, allowUnconditionedAnyUser: true }).problems()).toEqual([]);
    expect(new PolicyStatement({ subject: { kind: "service", names: ["FaaS"] }, verb: "read", resourceType: "repos", location: { kind: "tenancy" }, allowTenancyWideService: true }).problems()).toEqual([]);
    expect(new PolicyStatement({ subject: { kind: "group", name: "g" }, verb: "use", customResourceType: "log-content", location: inCompartment }).render()).toBe(`Allow group g to use log-content in compartment id ${CMP}`);
  });
});

describe("Policy", () => {
  const stmt = (i: number) => new PolicyStatement({ subject: { kind: "group", name: `g${i}` }, verb: "read", resourceType: "ons-topics", location: inCompartment });

  test("home-region provider, environment-prefixed name, duplicates removed", () => {
    const { stack } = testStack();
    new Policy(stack, "ops", { name: "operators", description: "operators", statements: [stmt(1), stmt(1), stmt(2)] });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_identity_policy")).toEqual({
      provider: "oci.home",
      compartment_id: CMP,
      name: "dev-operators",
      description: "operators",
      statements: [stmt(1).render(), stmt(2).render()],
      freeform_tags: {},
    });
  });

  test("splits at 50 statements per policy with stable names and addresses", () => {
    const { stack } = testStack();
    const p = new Policy(stack, "big", { name: "big", description: "many" });
    for (let i = 0; i < 120; i++) p.addStatements(stmt(i));
    const policies = resourcesOf(synthValid(stack), "oci_identity_policy");
    expect(Object.keys(policies).sort()).toEqual(["big_policy-2_4D9EA706", "big_policy-3_F190FEF5", "big_policy_D11299E7"].sort());
    const byName = Object.fromEntries(Object.values(policies).map((x: any) => [x.name, x.statements.length]));
    expect(byName).toEqual({ "dev-big": 50, "dev-big-2": 50, "dev-big-3": 20 });
  });

  test("rejects a malformed statement naming the policy path, field, value and statement", () => {
    const { stack } = testStack();
    const p = new Policy(stack, "ops", { name: "ops", description: "d", statements: [stmt(1)] });
    expect(rejected(() => p.addStatements(new PolicyStatement({ subject: { kind: "group", name: "g" }, verb: "manage", resourceType: "all-resources", location: { kind: "tenancy" } })))).toMatch(
      'pipeline-dev/ops: statement.resourceType = "all-resources" is not allowed: all-resources grants are refused',
    );
  });

  test("rejects an empty policy at synthesis, and bad names and descriptions at once", () => {
    const { stack } = testStack();
    new Policy(stack, "empty", { name: "empty", description: "nothing" });
    expect(() => synthValid(stack)).toThrow("pipeline-dev/empty: statements = [] is not allowed: a policy needs at least one statement");
    expect(rejected(() => new Policy(testStack().stack, "p", { name: "bad name", description: "x" }))).toMatch('pipeline-dev/p: name = "bad name" is not allowed');
    expect(rejected(() => new Policy(testStack().stack, "p", { name: "ok", description: " " }))).toMatch("description");
  });
});

describe("DynamicGroup", () => {
  test("lives in the tenancy through the home provider, with a rendered matching rule", () => {
    const { stack } = testStack();
    new DynamicGroup(stack, "fns", { name: "fns", description: "functions", matchingRule: MatchingRule.all(Condition.eq("resource.type", "fnfunc"), Condition.eq("resource.compartment.id", CMP)) });
    expect(onlyResource(synthValid(stack), "oci_identity_dynamic_group")).toEqual({
      provider: "oci.home",
      compartment_id: TEST_TENANCY,
      name: "dev-fns",
      description: "functions",
      matching_rule: `ALL {resource.type = 'fnfunc', resource.compartment.id = '${CMP}'}`,
      freeform_tags: {},
    });
  });

  test("single-clause rules keep their braces; bad clauses are rejected", () => {
    expect(MatchingRule.any(Condition.eq("resource.id", "ocid1.fnfunc.oc1..x")).render()).toBe("ANY {resource.id = 'ocid1.fnfunc.oc1..x'}");
    expect(rejected(() => new DynamicGroup(testStack().stack, "dg", { name: "dg", description: "d", matchingRule: MatchingRule.all(Condition.eq("request.principal.type", "x")) }))).toMatch(
      /pipeline-dev\/dg: matchingRule = .* must start with resource\. or instance\./,
    );
    expect(rejected(() => new DynamicGroup(testStack().stack, "dg", { name: "dg", description: "d", matchingRule: MatchingRule.all() }))).toMatch(/at least one clause/);
  });
});

describe("grant engine", () => {
  test("grants land in one policy per compartment, in the grantee's stack, conditioned and de-duplicated", () => {
    const { stack } = testStack();
    const dg = new DynamicGroup(stack, "fn-dg", { name: "fn", description: "fn", matchingRule: MatchingRule.all(Condition.eq("resource.id", "ocid1.fnfunc.oc1..f")) });
    const other = "ocid1.compartment.oc1..aaaaaaaavault";
    const g1 = Grant.addToPrincipal({ grantee: dg, verb: "read", resourceType: "secret-bundles", compartmentId: other, conditions: [Condition.eq("target.secret.id", "ocid1.vaultsecret.oc1..s1")], target: stack });
    Grant.addToPrincipal({ grantee: dg, verb: "read", resourceType: "secret-bundles", compartmentId: other, conditions: [Condition.eq("target.secret.id", "ocid1.vaultsecret.oc1..s1")], target: stack });
    Grant.addToPrincipal({ grantee: Principals.service("cloudEvents", stack), verb: "use", resourceType: "ons-topics", compartmentId: CMP, target: stack });
    Grant.addToPrincipal({ grantee: Principals.apiGateway(CMP, stack), verb: "use", resourceType: "functions-family", compartmentId: CMP, target: stack });
    const dgName = "${oci_identity_dynamic_group.fn-dg_group_C45BE141.name}";
    expect(g1.policy.compartmentId).toBe(other);
    const doc = synthValid(stack);
    const policies = Object.values(resourcesOf(doc, "oci_identity_policy"));
    expect(policies.map((p: any) => [p.compartment_id, p.statements.length]).sort()).toEqual([[CMP, 2], [other, 1]].sort());
    expect(policyStatements(doc)).toEqual([
      `Allow any-user to use functions-family in compartment id ${CMP} where ALL {request.principal.type = 'ApiGateway', request.resource.compartment.id = '${CMP}'}`,
      `Allow dynamic-group ${dgName} to read secret-bundles in compartment id ${other} where target.secret.id = 'ocid1.vaultsecret.oc1..s1'`,
      `Allow service cloudEvents to use ons-topics in compartment id ${CMP}`,
    ]);
    expect(policies.every((p: any) => p.provider === "oci.home")).toBe(true);
    expect(policies.map((p: any) => p.name).every((n: string) => /^dev-pipeline-grants-[0-9a-f]{8}$/.test(n))).toBe(true);
  });

  test("policy addresses depend only on the compartment OCID", () => {
    const addresses = () => {
      const { stack } = testStack();
      Grant.addToPrincipal({ grantee: Principals.group("Ops"), verb: "read", resourceType: "ons-topics", compartmentId: CMP, target: stack });
      return Object.keys(resourcesOf(synthValid(stack), "oci_identity_policy"));
    };
    expect(addresses()).toEqual(addresses());
    expect(addresses()[0]).toMatch(/^grants_compartment-[0-9a-f]{8}_policy_[0-9A-F]{8}$/);
  });
});
