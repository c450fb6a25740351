import { readmeExample } from "../../../test/readme/examples";
import { resourcesOf, TEST_COMPARTMENT } from "../../testing";

// The README's examples themselves, extracted from README.md (test/readme/examples.ts).
test("the README's alarms: a function's errors, a deployment's 5xx and a raw query, each naming its resource", () => {
  const { doc } = readmeExample("constructs/monitoring/README.md");
  const alarms = (Object.values(resourcesOf(doc, "oci_monitoring_alarm")) as any[]).sort((a, b) => a.display_name.localeCompare(b.display_name));
  const fnId = Object.keys(resourcesOf(doc, "oci_functions_function")).map((name) => `\${oci_functions_function.${name}.id}`)[0];
  const deploymentId = Object.keys(resourcesOf(doc, "oci_apigateway_deployment")).map((name) => `\${oci_apigateway_deployment.${name}.id}`)[0];
  expect(alarms.map((a) => [a.display_name, a.namespace, a.query, a.metric_compartment_id, a.pending_duration, a.repeat_notification_duration])).toEqual([
    ["dev order-processor errors", "oci_faas", `FunctionResponseCount[1m]{resourceId = "${fnId}", responseType = "Error"}.sum() > 0`, TEST_COMPARTMENT, "PT1M", "PT4H"],
    ["dev order-processor p95 above 2 s", "oci_faas", `FunctionExecutionDuration[5m]{resourceId = "${fnId}"}.percentile(0.95) > 2000`, TEST_COMPARTMENT, "PT1M", undefined],
    ["dev orders API 5xx", "oci_apigateway", `HttpResponses[5m]{deploymentId = "${deploymentId}", httpStatusCategory = "5xx"}.sum() > 5`, TEST_COMPARTMENT, "PT5M", undefined],
  ]);
});

test("the import example alarms on an imported function's throttles, to an imported topic", () => {
  const { stacks } = readmeExample("constructs/monitoring/README.md", 1);
  const alarm = Object.values(resourcesOf(stacks["alarms-dev"], "oci_monitoring_alarm"))[0] as any;
  expect(alarm).toMatchObject({
    query: 'FunctionResponseCount[5m]{resourceId = "ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaaexample", responseType = "Throttled"}.sum() > 10',
    metric_compartment_id: "ocid1.compartment.oc1..aaaaaaaasecurity",
    destinations: ["ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaaexample"],
  });
});
