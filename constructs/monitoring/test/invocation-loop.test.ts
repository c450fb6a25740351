/**
 * An alarm whose destination topic invokes (ORACLE_FUNCTIONS subscription) a
 * function the alarm watches is refused at synthesis: a failure of the
 * function would raise the alarm that invokes it again.
 */
import { TerraformStack } from "cdktf";
import { Alarm } from "..";
import { ApiGateway, Backend } from "../../apigateway";
import { FunctionApplication, OciFunction } from "../../functions";
import { Subnet } from "../../network";
import { NotificationTopic, Subscription } from "../../notifications";
import { synthValid, TEST_COMPARTMENT, testStack, validationErrors } from "../../testing";

const SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnet";
const IMAGE = "fra.ocir.io/frtenancy/pipeline/alarm-to-incident:1.0.0";

function pipeline(stack: TerraformStack) {
  const app = new FunctionApplication(stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(stack, "subnet", SUBNET)] });
  const handler = app.addFunction("handler", { displayName: "alarm-to-incident", image: IMAGE });
  const worker = app.addFunction("worker", { displayName: "order-processor", image: IMAGE.replace("alarm-to-incident", "order-processor") });
  const incidents = new NotificationTopic(stack, "incidents", { name: "incidents", subscriptions: [Subscription.function(handler)] });
  const email = new NotificationTopic(stack, "oncall", { name: "oncall", subscriptions: [Subscription.email("oncall@example.com")] });
  return { app, handler, worker, incidents, email };
}

const options = { severity: "ERROR", threshold: 0 } as const;
const LOOP = (path: string, fn: string, why: string) =>
  `${path}: destination = "pipeline-dev/incidents" is not allowed: invokes function ${fn} (an ORACLE_FUNCTIONS subscription), which this alarm watches (${why}): a failure of the function would raise the alarm that invokes it again; send the alarm to a topic that does not invoke it, e.g. one with e-mail subscriptions`;

describe("an alarm never invokes what it watches", () => {
  test("the handler's own error alarm to the topic that invokes the handler is refused", () => {
    const { stack } = testStack();
    const { handler, incidents } = pipeline(stack);
    handler.metricErrors().createAlarm(stack, "handler-errors", { ...options, displayName: "handler errors", destination: incidents });
    expect(validationErrors(stack)).toEqual([LOOP("pipeline-dev/handler-errors", "pipeline-dev/app/handler", "its query names the function's OCID")]);
  });

  test("the same alarm to an e-mail topic, and another function's alarm to the handler's topic, are fine", () => {
    const { stack } = testStack();
    const { handler, worker, incidents, email } = pipeline(stack);
    handler.metricErrors().createAlarm(stack, "handler-errors", { ...options, displayName: "handler errors", destination: email });
    worker.metricErrors().createAlarm(stack, "worker-errors", { ...options, displayName: "worker errors", destination: incidents });
    expect(() => synthValid(stack)).not.toThrow();
  });

  test("the subscription may be added after the alarm: the check runs at synthesis", () => {
    const { stack } = testStack();
    const { handler, email } = pipeline(stack);
    handler.metricThrottles().createAlarm(stack, "throttles", { ...options, displayName: "throttles", destination: email });
    expect(validationErrors(stack)).toEqual([]);
    email.addSubscription(Subscription.function(handler));
    expect(validationErrors(stack)).toEqual([
      LOOP("pipeline-dev/throttles", "pipeline-dev/app/handler", "its query names the function's OCID").replace('"pipeline-dev/incidents"', '"pipeline-dev/oncall"'),
    ]);
  });

  test("a raw oci_faas query that names no function watches every function of its compartment, the handler too", () => {
    const { stack } = testStack();
    const { incidents } = pipeline(stack);
    new Alarm(stack, "all-errors", { ...{ severity: "ERROR" }, displayName: "all errors", destination: incidents, namespace: "oci_faas", query: 'FunctionResponseCount[1m]{responseType = "Error"}.sum() > 0' });
    expect(validationErrors(stack)).toEqual([LOOP("pipeline-dev/all-errors", "pipeline-dev/app/handler", `its query names no function, so it watches every function of compartment ${TEST_COMPARTMENT}`)]);
  });

  test("a raw query scoped to other functions, to another compartment, or to another application is fine; to the handler's application it is not", () => {
    const { stack } = testStack();
    const { app, handler, worker, incidents } = pipeline(stack);
    const raw = (id: string, query: string, metricCompartmentId?: string, namespace = "oci_faas") =>
      new Alarm(stack, id, { severity: "ERROR", displayName: id, destination: incidents, namespace, query, ...(metricCompartmentId ? { metricCompartmentId } : {}) });
    raw("worker", `FunctionResponseCount[1m]{resourceId = "${worker.functionId}", responseType = "Error"}.sum() > 0`);
    raw("by-name", 'FunctionResponseCount[1m]{resourceDisplayName = "pipeline:order-processor"}.sum() > 0');
    raw("elsewhere", "FunctionResponseCount[1m].sum() > 0", "ocid1.compartment.oc1..aaaaaaaaother");
    raw("other-app", 'FunctionResponseCount[1m]{applicationId = "ocid1.fnapp.oc1.eu-frankfurt-1.other"}.sum() > 0');
    raw("gateway", "HttpResponses[1m].sum() > 0", undefined, "oci_apigateway");
    expect(validationErrors(stack)).toEqual([]);
    raw("this-app", `FunctionResponseCount[1m]{applicationId = "${app.applicationId}"}.sum() > 0`);
    raw("wildcard", 'FunctionResponseCount[1m]{resourceId =~ "ocid1.fnfunc.*"}.sum() > 0');
    expect(validationErrors(stack)).toEqual([
      LOOP("pipeline-dev/this-app", handler.node.path, "its query names the function's application"),
      LOOP("pipeline-dev/wildcard", handler.node.path, `its query names no function, so it watches every function of compartment ${TEST_COMPARTMENT}`),
    ]);
  });

  test("an imported function and an imported topic are checked the same way", () => {
    const { stack } = testStack();
    const fn = OciFunction.fromFunctionAttributes(stack, "siem", { functionId: "ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaasiem", compartmentId: TEST_COMPARTMENT });
    const topic = NotificationTopic.fromNotificationTopicAttributes(stack, "paging", { topicId: "ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaapaging", compartmentId: TEST_COMPARTMENT });
    topic.addSubscription(Subscription.function(fn));
    fn.metricDuration().createAlarm(stack, "slow", { severity: "WARNING", displayName: "slow", destination: topic, threshold: 5000 });
    expect(validationErrors(stack)).toEqual([
      LOOP("pipeline-dev/slow", "pipeline-dev/siem", "its query names the function's OCID").replace('"pipeline-dev/incidents"', '"pipeline-dev/paging"'),
    ]);
  });

  test("a deployment's alarm watches the deployment, not its back-end functions", () => {
    const { stack } = testStack();
    const { handler, incidents } = pipeline(stack);
    const gateway = new ApiGateway(stack, "gw", { endpointType: "PUBLIC", subnet: Subnet.fromOcid(stack, "public", "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaapublic") });
    const api = gateway.addDeployment("api", { pathPrefix: "/api", allowUnauthenticated: true, logging: { accessLog: false, executionLog: false } });
    api.addRoute({ path: "/x", methods: ["POST"], backend: Backend.function(handler) });
    api.metricHttpResponses({ statusCategory: "5xx" }).createAlarm(stack, "5xx", { ...options, displayName: "5xx", destination: incidents });
    expect(validationErrors(stack)).toEqual([]);
  });
});
