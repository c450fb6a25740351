import { Alarm } from "..";
import { Duration } from "../../core";
import { onlyResource, rejected, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";

const topic = { topicId: "ocid1.onstopic.oc1..t" };
const base = { displayName: "function errors", namespace: "oci_faas", query: 'FunctionResponseCount[1m]{responseType = "Error"}.sum() > 0', severity: "CRITICAL", destination: topic } as const;

describe("Alarm", () => {
  test("renders a RAW alarm to one topic with defaults", () => {
    const { stack } = testStack();
    new Alarm(stack, "errors", { ...base, repeatNotificationDuration: Duration.hours(4) });
    expect(onlyResource(synthValid(stack), "oci_monitoring_alarm")).toEqual({
      compartment_id: TEST_COMPARTMENT,
      metric_compartment_id: TEST_COMPARTMENT,
      display_name: "function errors",
      namespace: "oci_faas",
      query: 'FunctionResponseCount[1m]{responseType = "Error"}.sum() > 0',
      severity: "CRITICAL",
      destinations: ["ocid1.onstopic.oc1..t"],
      is_enabled: true,
      pending_duration: "PT1M",
      repeat_notification_duration: "PT4H",
      message_format: "RAW",
      freeform_tags: {},
    });
  });

  test.each([
    [{ severity: "FATAL" }, 'severity = "FATAL" is not allowed: must be one of CRITICAL, ERROR, WARNING, INFO'],
    [{ query: "errors > 0" }, 'query = "errors > 0" is not allowed: must be an MQL query with a trigger'],
    [{ namespace: "OCI FaaS" }, 'namespace = "OCI FaaS" is not allowed'],
    [{ pendingDuration: Duration.hours(2) }, 'pendingDuration = "2 hours" is not allowed: must be a Duration (Duration.seconds(n), ...) of whole seconds: from 60 seconds (1 minute) to 3600 seconds (1 hour)'],
    [{ pendingDuration: "PT5M" }, 'pendingDuration = "PT5M" is not allowed: must be a Duration'],
    [{ repeatNotificationDuration: Duration.days(31) }, 'repeatNotificationDuration = "31 days" is not allowed: must be a Duration (Duration.seconds(n), ...) of whole seconds: from 60 seconds (1 minute) to 2592000 seconds (30 days)'],
    [{ repeatNotificationDuration: Duration.millis(90_500) }, 'repeatNotificationDuration = "90500 milliseconds" is not allowed'],
    [{ messageFormat: "HTML" }, 'messageFormat = "HTML" is not allowed: must be one of RAW, PRETTY_JSON, ONS_OPTIMIZED'],
  ])("rejects %j", (override, message) => {
    expect(rejected(() => new Alarm(testStack().stack, "a", { ...base, ...(override as any) }))).toMatch(`pipeline-dev/a: ${message}`);
  });

  // A namespace starts with a letter and has only letters, digits and '_':
  // https://docs.oracle.com/iaas/api/#/en/monitoring/20180401/datatypes/MetricDataDetails
  test("custom metric namespaces may use capital letters; other characters and a leading digit or '_' are refused", () => {
    const { stack } = testStack();
    new Alarm(stack, "orders", { ...base, namespace: "AcmeShop_Orders" });
    expect(onlyResource(synthValid(stack), "oci_monitoring_alarm").namespace).toBe("AcmeShop_Orders");
    for (const namespace of ["acme-shop", "1acme", "_acme", "acme.shop"]) {
      expect(rejected(() => new Alarm(testStack().stack, "a", { ...base, namespace }))).toMatch(`pipeline-dev/a: namespace = "${namespace}" is not allowed: must be a metric namespace: a letter, then letters, digits or '_'`);
    }
  });

  test("durations are written as ISO-8601", () => {
    const { stack } = testStack();
    new Alarm(stack, "errors", { ...base, pendingDuration: Duration.seconds(90), repeatNotificationDuration: Duration.days(1) });
    expect(onlyResource(synthValid(stack), "oci_monitoring_alarm")).toMatchObject({ pending_duration: "PT1M30S", repeat_notification_duration: "P1D" });
  });
});
