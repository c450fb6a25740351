import { FunctionApplication, OciFunction } from "..";
import { Duration } from "../../core";
import { mqlQueryProblem } from "../../monitoring";
import { onlyResource, synthValid, testStack } from "../../testing";
import { Subnet } from "../../network";
import { IMAGE, SUBNET } from "./fixtures";

const FN = "ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaaimported";
const FN_CMP = "ocid1.compartment.oc1..aaaaaaaafunctions";

describe("function metrics (oci_faas, scoped by resourceId)", () => {
  const imported = () => OciFunction.fromFunctionAttributes(testStack().stack, "siem", { functionId: FN, compartmentId: FN_CMP });

  test.each([
    ["metricInvocations", `FunctionInvocationCount[1m]{resourceId = "${FN}"}.sum()`, "count"],
    ["metricErrors", `FunctionResponseCount[1m]{resourceId = "${FN}", responseType = "Error"}.sum()`, "count"],
    ["metricThrottles", `FunctionResponseCount[1m]{resourceId = "${FN}", responseType = "Throttled"}.sum()`, "count"],
    ["metricDuration", `FunctionExecutionDuration[1m]{resourceId = "${FN}"}.mean()`, "ms"],
  ] as const)("%s of an imported function", (method, mql, unit) => {
    const metric = imported()[method]();
    expect([metric.namespace, metric.toMql(), metric.unit, metric.compartmentId]).toEqual(["oci_faas", mql, unit, FN_CMP]);
    expect(mqlQueryProblem(metric.toMql())).toBeUndefined();
  });

  test("options: statistic, interval and more dimensions; resourceId stays the function's", () => {
    const metric = imported().metricDuration({ statistic: "percentile(0.99)", interval: Duration.minutes(5), dimensions: { invokeType: "Sync", resourceId: "ocid1.fnfunc.oc1.eu-frankfurt-1.other" } });
    expect(metric.toMql()).toBe(`FunctionExecutionDuration[5m]{resourceId = "${FN}", invokeType = "Sync"}.percentile(0.99)`);
    expect(imported().metric("AllocatedProvisionedConcurrency", { statistic: "max" }).toMql()).toBe(`AllocatedProvisionedConcurrency[1m]{resourceId = "${FN}"}.max()`);
  });

  test("an owned function's error alarm names the function through its OCID reference", () => {
    const { stack } = testStack();
    const app = new FunctionApplication(stack, "app", { displayName: "app", subnets: [Subnet.fromOcid(stack, "s", SUBNET)] });
    const fn = app.addFunction("fn", { displayName: "processor", image: IMAGE });
    fn.metricErrors().createAlarm(stack, "errors", { displayName: "processor errors", severity: "ERROR", destination: { topicId: "ocid1.onstopic.oc1.eu-frankfurt-1.t" }, threshold: 0 });
    const alarm = onlyResource(synthValid(stack), "oci_monitoring_alarm");
    expect(alarm.query).toBe('FunctionResponseCount[1m]{resourceId = "${oci_functions_function.app_fn_function_835FE0F5.id}", responseType = "Error"}.sum() > 0');
    expect(alarm.metric_compartment_id).toBe(fn.compartmentId);
  });
});
