import { ApiDeployment } from "..";
import { Duration } from "../../core";
import { mqlQueryProblem } from "../../monitoring";
import { onlyResource, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";
import { gatewayStack, okRoute, openDeployment } from "./fixtures";

const DEPLOYMENT = "ocid1.apideployment.oc1.eu-frankfurt-1.aaaaaaaadeployment";
const CMP = "ocid1.compartment.oc1..aaaaaaaagateways";

describe("deployment metrics (oci_apigateway, scoped by deploymentId)", () => {
  const imported = () => ApiDeployment.fromApiDeploymentAttributes(testStack().stack, "partner", { deploymentId: DEPLOYMENT, compartmentId: CMP });

  test.each([
    [(d: ReturnType<typeof imported>) => d.metricHttpRequests(), `HttpRequests[1m]{deploymentId = "${DEPLOYMENT}"}.sum()`, "count"],
    [(d: ReturnType<typeof imported>) => d.metricHttpResponses(), `HttpResponses[1m]{deploymentId = "${DEPLOYMENT}"}.sum()`, "count"],
    [(d: ReturnType<typeof imported>) => d.metricHttpResponses({ statusCategory: "5xx" }), `HttpResponses[1m]{deploymentId = "${DEPLOYMENT}", httpStatusCategory = "5xx"}.sum()`, "count"],
    [(d: ReturnType<typeof imported>) => d.metricHttpResponses({ statusCode: 502, interval: Duration.minutes(5) }), `HttpResponses[5m]{deploymentId = "${DEPLOYMENT}", httpStatusCode = "502"}.sum()`, "count"],
    [(d: ReturnType<typeof imported>) => d.metricBackendHttpResponses({ statusCategory: "4xx" }), `BackendHttpResponses[1m]{deploymentId = "${DEPLOYMENT}", backendHttpStatusCategory = "4xx"}.sum()`, "count"],
    [(d: ReturnType<typeof imported>) => d.metricLatency(), `Latency[1m]{deploymentId = "${DEPLOYMENT}"}.mean()`, "seconds"],
    [(d: ReturnType<typeof imported>) => d.metricLatency({ statistic: "percentile(0.95)", dimensions: { route: "/incoming" } }), `Latency[1m]{deploymentId = "${DEPLOYMENT}", route = "/incoming"}.percentile(0.95)`, "seconds"],
  ])("%#: %s", (make, mql, unit) => {
    const metric = make(imported());
    expect([metric.namespace, metric.toMql(), metric.unit, metric.compartmentId]).toEqual(["oci_apigateway", mql, unit, CMP]);
    expect(mqlQueryProblem(metric.toMql())).toBeUndefined();
  });

  test("an owned deployment's 5xx alarm names the deployment through its OCID reference", () => {
    const { stack, gateway } = gatewayStack();
    const api = openDeployment(gateway, { routes: [okRoute("/x")] });
    api.metricHttpResponses({ statusCategory: "5xx", interval: Duration.minutes(5) }).createAlarm(stack, "5xx", {
      displayName: "api 5xx",
      severity: "CRITICAL",
      destination: { topicId: "ocid1.onstopic.oc1.eu-frankfurt-1.t" },
      threshold: 5,
      pendingDuration: Duration.minutes(5),
    });
    const alarm = onlyResource(synthValid(stack), "oci_monitoring_alarm");
    expect(alarm).toMatchObject({
      namespace: "oci_apigateway",
      query: 'HttpResponses[5m]{deploymentId = "${oci_apigateway_deployment.gateway_api_deployment_F02ADE75.id}", httpStatusCategory = "5xx"}.sum() > 5',
      metric_compartment_id: TEST_COMPARTMENT,
      pending_duration: "PT5M",
    });
  });
});
