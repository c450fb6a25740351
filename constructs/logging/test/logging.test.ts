import { LogGroup, ServiceLog } from "..";
import { Duration } from "../../core";
import { onlyResource, rejected, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";

describe("logging", () => {
  test("a service log for function invocations, in a log group", () => {
    const { stack } = testStack();
    const group = new LogGroup(stack, "logs", { displayName: "pipeline-logs" });
    new ServiceLog(stack, "invoke", { logGroup: group, source: "functionsInvoke", resourceId: "ocid1.fnapp.oc1..app", displayName: "app-invoke", retention: Duration.days(90) });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_logging_log_group")).toMatchObject({ compartment_id: TEST_COMPARTMENT, display_name: "pipeline-logs" });
    expect(onlyResource(doc, "oci_logging_log")).toEqual({
      display_name: "app-invoke",
      log_group_id: "${oci_logging_log_group.logs_group_F4848128.id}",
      log_type: "SERVICE",
      is_enabled: true,
      retention_duration: 90,
      configuration: { compartment_id: TEST_COMPARTMENT, source: { source_type: "OCISERVICE", service: "functions", category: "invoke", resource: "ocid1.fnapp.oc1..app" } },
      freeform_tags: {},
    });
  });

  test("rejects retention OCI does not offer and bad names", () => {
    const { stack } = testStack();
    const group = new LogGroup(stack, "logs", { displayName: "pipeline-logs" });
    expect(rejected(() => new ServiceLog(stack, "l", { logGroup: group, source: "apiGatewayAccess", resourceId: "x", displayName: "a", retention: Duration.days(45) }))).toMatch(
      'pipeline-dev/l: retention = "45 days" is not allowed: must be a Duration (Duration.days(n), ...) of whole days: 30, 60, 90, 120, 150, 180 days',
    );
    expect(rejected(() => new ServiceLog(stack, "l2", { logGroup: group, source: "apiGatewayAccess", resourceId: "x", displayName: "b", retention: 90 as any }))).toMatch(
      "pipeline-dev/l2: retention = 90 is not allowed: must be a Duration (Duration.days(n), ...) of whole days",
    );
    expect(rejected(() => new LogGroup(stack, "g2", { displayName: "has space" }))).toMatch('pipeline-dev/g2: displayName = "has space" is not allowed');
  });
});
