import { ApiGateway, Authorizer, Backend } from "../../apigateway";
import { EventRule, EventTypes } from "../../events";
import { FunctionApplication, OciFunction } from "..";
import { Subnet } from "../../network";
import { NotificationTopic, Subscription } from "../../notifications";
import { onlyResource, policyStatements, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, TEST_TENANCY, testStack, validationErrors } from "../../testing";
import { Secret } from "../../vault";
import { IMAGE, SECRET } from "./fixtures";

const FN = "ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaaexistingfn";
const APP = "ocid1.fnapp.oc1.eu-frankfurt-1.aaaaaaaaexistingapp";
const FN_CMP = "ocid1.compartment.oc1..aaaaaaaaplatformfunctions";
const SECRET_CMP = "ocid1.compartment.oc1..aaaaaaaasecurity";

/** A stack with an imported function `existing` (in its own compartment). */
function imported() {
  const t = testStack();
  const fn = OciFunction.fromFunctionAttributes(t.stack, "existing", { functionId: FN, compartmentId: FN_CMP, displayName: "legacy-forwarder" });
  return { ...t, fn };
}

/** The compartment each grants policy of the document is attached to, with its statements. */
function policiesByCompartment(doc: unknown): Record<string, string[]> {
  return Object.fromEntries(Object.values(resourcesOf(doc, "oci_identity_policy")).map((p: any) => [p.compartment_id, p.statements]));
}

describe("OciFunction.fromFunctionAttributes", () => {
  test("an Events rule target: FAAS action with the OCID; cloudEvents may invoke in the function's compartment", () => {
    const { stack, fn } = imported();
    new EventRule(stack, "on-terminate", { displayName: "on-terminate", condition: { eventTypes: [EventTypes.compute.terminateInstance.end] }, targets: [fn] });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_events_rule").actions).toEqual({ actions: [{ action_type: "FAAS", function_id: FN, is_enabled: true }] });
    expect(policiesByCompartment(doc)).toEqual({ [FN_CMP]: [`Allow service cloudEvents to use functions-family in compartment id ${FN_CMP}`] });
    // The import itself creates nothing: no function, no application, no dynamic group.
    expect(Object.keys(doc.resource).sort()).toEqual(["oci_events_rule", "oci_identity_policy"]);
  });

  test("a topic subscription: ORACLE_FUNCTIONS endpoint is the OCID; subscriptions of the topic's compartment may invoke", () => {
    const { stack, fn } = imported();
    const topic = new NotificationTopic(stack, "alerts", { name: "alerts" });
    topic.addSubscription(Subscription.function(fn));
    const doc = synthValid(stack);
    const subscription = onlyResource(doc, "oci_ons_subscription");
    expect([subscription.protocol, subscription.endpoint, subscription.compartment_id]).toEqual(["ORACLE_FUNCTIONS", FN, TEST_COMPARTMENT]);
    expect(Object.keys(resourcesOf(doc, "oci_ons_subscription"))).toEqual(["alerts_function-existing_subscription_DD82BABE"]);
    expect(policiesByCompartment(doc)).toEqual({
      [FN_CMP]: [`Allow any-user to use functions-family in compartment id ${FN_CMP} where ALL {request.principal.type = 'onssubscription', request.principal.compartment.id = '${TEST_COMPARTMENT}'}`],
    });
  });

  test("a route backend and an authorizer: the gateway's compartment may invoke, one statement for both", () => {
    const { stack, fn } = imported();
    const authorizer = OciFunction.fromFunctionAttributes(stack, "existing-authorizer", { functionId: `${FN}auth`, compartmentId: FN_CMP });
    const gateway = new ApiGateway(stack, "gateway", { endpointType: "PUBLIC", subnet: Subnet.fromOcid(stack, "public", "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaapublic") });
    gateway.addDeployment("api", {
      pathPrefix: "/api",
      authentication: Authorizer.function(authorizer, { tokenHeader: "Authorization" }),
      logging: { accessLog: false, executionLog: false },
      routes: [{ path: "/events", methods: ["POST"], backend: Backend.function(fn) }],
    });
    const doc = synthValid(stack);
    const spec = onlyResource(doc, "oci_apigateway_deployment").specification;
    expect(spec.routes[0].backend).toEqual({ type: "ORACLE_FUNCTIONS_BACKEND", function_id: FN });
    expect(spec.request_policies.authentication).toMatchObject({ type: "CUSTOM_AUTHENTICATION", function_id: `${FN}auth` });
    expect(policyStatements(doc)).toEqual([
      `Allow any-user to use functions-family in compartment id ${FN_CMP} where ALL {request.principal.type = 'ApiGateway', request.resource.compartment.id = '${TEST_COMPARTMENT}'}`,
    ]);
  });

  test("a grantee: its identity group is created on first grant, matching exactly the imported OCID", () => {
    const { stack, fn } = imported();
    Secret.fromSecretAttributes(stack, "credentials", { secretId: SECRET, compartmentId: SECRET_CMP }).grantRead(fn);
    const doc = synthValid(stack);
    const groups = resourcesOf(doc, "oci_identity_dynamic_group");
    expect(Object.keys(groups)).toEqual(["existing_identity_group_AC509B5F"]);
    expect(groups.existing_identity_group_AC509B5F).toEqual({
      provider: "oci.home",
      compartment_id: TEST_TENANCY,
      name: expect.stringMatching(/^dev-fn-legacy-forwarder-[0-9a-f]{8}$/),
      description: `Resource principal of function legacy-forwarder (${FN}), imported`,
      matching_rule: `ALL {resource.type = 'fnfunc', resource.id = '${FN}'}`,
      freeform_tags: {},
    });
    expect(policiesByCompartment(doc)).toEqual({
      [SECRET_CMP]: [`Allow dynamic-group \${oci_identity_dynamic_group.existing_identity_group_AC509B5F.name} to read secret-bundles in compartment id ${SECRET_CMP} where target.secret.id = '${SECRET}'`],
    });
  });

  test("the identity group of an import without a display name is named after the construct id", () => {
    const { stack } = testStack();
    const fn = OciFunction.fromFunctionAttributes(stack, "billing", { functionId: FN, compartmentId: FN_CMP });
    new NotificationTopic(stack, "out", { name: "out", allowNoSubscriptions: true }).grantPublish(fn);
    expect(onlyResource(synthValid(stack), "oci_identity_dynamic_group").name).toMatch(/^dev-fn-billing-[0-9a-f]{8}$/);
  });

  test.each<[string, object, string]>([
    ["an application OCID", { functionId: APP, compartmentId: FN_CMP }, `functionId = "${APP}" is not allowed: must be an OCID of the form ocid1.fnfunc.<realm>.<region>.<id>`],
    ["a name", { functionId: "event-forwarder", compartmentId: FN_CMP }, 'functionId = "event-forwarder" is not allowed: must be an OCID of the form ocid1.fnfunc.'],
    ["a compartment name", { functionId: FN, compartmentId: "functions" }, 'compartmentId = "functions" is not allowed: must be a compartment or tenancy OCID'],
    ["a display name with spaces", { functionId: FN, compartmentId: FN_CMP, displayName: "legacy forwarder" }, "displayName = \"legacy forwarder\" is not allowed: must be 1-255 letters, digits, '-' or '_'"],
  ])("refuses %s", (_what, attributes, message) => {
    const { stack } = testStack();
    expect(rejected(() => OciFunction.fromFunctionAttributes(stack, "existing", attributes as any))).toMatch(`pipeline-dev/existing: ${message}`);
  });

  test("a refused import is reported once: the rule and the subscription that use it do not repeat it", () => {
    const { stack } = testStack();
    const wrong = OciFunction.fromFunctionAttributes(stack, "wrong", { functionId: APP, compartmentId: FN_CMP });
    new EventRule(stack, "on-terminate", { displayName: "on-terminate", condition: { eventTypes: [EventTypes.compute.terminateInstance.end] }, targets: [wrong] });
    new NotificationTopic(stack, "alerts", { name: "alerts" }).addSubscription(Subscription.function(wrong));
    expect(validationErrors(stack)).toEqual([`pipeline-dev/wrong: functionId = "${APP}" is not allowed: must be an OCID of the form ocid1.fnfunc.<realm>.<region>.<id> (this is a fnapp OCID)`]);
  });

  test("an import has no configuration to change: addConfig is not part of it", () => {
    const { fn } = imported();
    expect("addConfig" in fn).toBe(false);
  });
});

describe("FunctionApplication.fromFunctionApplicationAttributes", () => {
  test("functions are added to the existing application: no application or log resources, the OCID as application_id", () => {
    const { stack } = testStack();
    const app = FunctionApplication.fromFunctionApplicationAttributes(stack, "shared", { applicationId: APP, compartmentId: FN_CMP, displayName: "platform-shared" });
    const fn = app.addFunction("forwarder", { displayName: "event-forwarder", image: IMAGE });
    new NotificationTopic(stack, "out", { name: "out", allowNoSubscriptions: true }).grantPublish(fn);
    const doc = synthValid(stack);
    expect(Object.keys(doc.resource).sort()).toEqual(["oci_functions_function", "oci_identity_dynamic_group", "oci_identity_policy", "oci_ons_notification_topic"]);
    expect(onlyResource(doc, "oci_functions_function")).toMatchObject({ application_id: APP, display_name: "event-forwarder" });
    expect(fn.compartmentId).toBe(FN_CMP);
    expect(onlyResource(doc, "oci_identity_dynamic_group").description).toBe("Resource principal of function event-forwarder in application platform-shared");
  });

  test("the application's rules still apply to its functions: region of the image, tracing, unique names", () => {
    const { stack } = testStack();
    const app = FunctionApplication.fromFunctionApplicationAttributes(stack, "shared", { applicationId: APP, compartmentId: FN_CMP });
    expect(app.region).toBe("eu-frankfurt-1");
    expect(app.displayName).toBe(APP);
    expect(rejected(() => app.addFunction("a", { displayName: "a", image: "ocir.us-ashburn-1.oci.oraclecloud.com/ns/repo:1" }))).toMatch("must be in OCIR of the application's region eu-frankfurt-1");
    expect(rejected(() => app.addFunction("b", { displayName: "b", image: IMAGE, trace: true }))).toMatch(
      "pipeline-dev/shared/b: trace = true is not allowed: needs tracing on the application pipeline-dev/shared (its trace prop)",
    );
    const traced = FunctionApplication.fromFunctionApplicationAttributes(stack, "traced", { applicationId: APP, compartmentId: FN_CMP, trace: true });
    traced.addFunction("c", { displayName: "c", image: IMAGE, trace: true });
    app.addFunction("d", { displayName: "d", image: IMAGE });
    expect(rejected(() => app.addFunction("d2", { displayName: "d", image: IMAGE }))).toMatch(`pipeline-dev/shared/d2: displayName = "d" is not allowed: must be unique within application ${APP}; pipeline-dev/shared/d already uses it`);
  });

  test.each<[string, object, string]>([
    ["a function OCID", { applicationId: FN, compartmentId: FN_CMP }, `applicationId = "${FN}" is not allowed: must be an OCID of the form ocid1.fnapp.<realm>.<region>.<id>`],
    ["a subnet OCID as compartment", { applicationId: APP, compartmentId: "ocid1.subnet.oc1..x" }, 'compartmentId = "ocid1.subnet.oc1..x" is not allowed: must be a compartment or tenancy OCID'],
    ["a display name with a slash", { applicationId: APP, compartmentId: FN_CMP, displayName: "a/b" }, "displayName = \"a/b\" is not allowed: must be 1-255 letters, digits, '-' or '_'"],
    ["an application of another region", { applicationId: "ocid1.fnapp.oc1.iad.aaaa", compartmentId: FN_CMP }, 'applicationId = "ocid1.fnapp.oc1.iad.aaaa" is not allowed: must be in the environment\'s region eu-frankfurt-1 (this fnapp is in us-ashburn-1)'],
  ])("refuses %s", (_what, attributes, message) => {
    const { stack } = testStack();
    expect(rejected(() => FunctionApplication.fromFunctionApplicationAttributes(stack, "shared", attributes as any))).toMatch(`pipeline-dev/shared: ${message}`);
  });
});
