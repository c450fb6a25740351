import { TerraformVariable } from "cdktf";
import { Alarm, Metric, mqlDimensionFilters, mqlInterval, mqlQueryProblem, resourceMetric } from "..";
import { Duration } from "../../core";
import { onlyResource, rejected, synthValid, TEST_COMPARTMENT, testStack, validationErrors } from "../../testing";

const TOPIC = { topicId: "ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaatopic" };
const FN = "ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaafn";
const CMP = "ocid1.compartment.oc1..aaaaaaaafunctions";
const errors = () =>
  new Metric({ namespace: "oci_faas", metricName: "FunctionResponseCount", dimensions: { resourceId: FN, responseType: "Error" }, compartmentId: CMP, unit: "count" });

describe("Metric", () => {
  test("renders an MQL series with its dimensions, statistic and interval", () => {
    expect(errors().toMql()).toBe(`FunctionResponseCount[1m]{resourceId = "${FN}", responseType = "Error"}.sum()`);
    expect(errors().with({ statistic: "max", interval: Duration.minutes(5) }).toMql()).toBe(`FunctionResponseCount[5m]{resourceId = "${FN}", responseType = "Error"}.max()`);
    expect(new Metric({ namespace: "oci_apigateway", metricName: "Latency", statistic: "percentile(0.95)", interval: Duration.hours(1) }).toMql()).toBe("Latency[1h].percentile(0.95)");
    for (const m of [errors(), errors().with({ statistic: "percentile(0.9)", interval: Duration.days(1) })]) expect(mqlQueryProblem(m.toMql())).toBeUndefined();
  });

  test("with() keeps the metric and adds dimensions; the original is unchanged", () => {
    const original = errors();
    const narrowed = original.with({ dimensions: { invokeType: "Sync" }, compartmentId: "ocid1.compartment.oc1..other" });
    expect(narrowed.dimensions).toEqual({ resourceId: FN, responseType: "Error", invokeType: "Sync" });
    expect([narrowed.namespace, narrowed.metricName, narrowed.unit, narrowed.compartmentId]).toEqual(["oci_faas", "FunctionResponseCount", "count", "ocid1.compartment.oc1..other"]);
    expect(original.dimensions).toEqual({ resourceId: FN, responseType: "Error" });
  });

  test.each([
    [Duration.minutes(1), "1m"],
    [Duration.seconds(300), "5m"],
    [Duration.minutes(60), "60m"],
    [Duration.minutes(120), "2h"],
    [Duration.hours(1), "1h"],
    [Duration.hours(24), "24h"],
    [Duration.days(1), "1d"],
    [Duration.seconds(90), undefined],
    [Duration.minutes(90), undefined],
    [Duration.days(2), undefined],
    [Duration.seconds(30), undefined],
  ])("the MQL interval of %s is %s", (duration, interval) => {
    expect(mqlInterval(duration)).toBe(interval);
  });

  test("a resource metric is scoped by its resource's dimension, which the caller's dimensions cannot replace", () => {
    const m = resourceMetric(
      { namespace: "oci_faas", metricName: "FunctionResponseCount", scope: { dimension: "resourceId", value: FN }, compartmentId: CMP, fixedDimensions: { responseType: "Error" } },
      { dimensions: { resourceId: "ocid1.fnfunc.oc1.eu-frankfurt-1.other", invokeType: "Detached", responseType: "Success" }, statistic: "count" },
    );
    expect(m.toMql()).toBe(`FunctionResponseCount[1m]{resourceId = "${FN}", invokeType = "Detached", responseType = "Error"}.count()`);
  });
});

describe("alarms on a metric", () => {
  test("metric.createAlarm renders the trigger, the metric's namespace and compartment", () => {
    const { stack } = testStack();
    errors().createAlarm(stack, "errors", { displayName: "errors", severity: "ERROR", destination: TOPIC, threshold: 0, repeatNotificationDuration: Duration.hours(4) });
    expect(onlyResource(synthValid(stack), "oci_monitoring_alarm")).toEqual({
      compartment_id: TEST_COMPARTMENT,
      metric_compartment_id: CMP,
      display_name: "errors",
      namespace: "oci_faas",
      query: `FunctionResponseCount[1m]{resourceId = "${FN}", responseType = "Error"}.sum() > 0`,
      severity: "ERROR",
      destinations: [TOPIC.topicId],
      is_enabled: true,
      pending_duration: "PT1M",
      repeat_notification_duration: "PT4H",
      message_format: "RAW",
      freeform_tags: {},
    });
  });

  test("new Alarm({ metric }) is the same; comparison, threshold and metricCompartmentId are the caller's", () => {
    const { stack } = testStack();
    const alarm = new Alarm(stack, "slow", {
      displayName: "slow",
      severity: "WARNING",
      destination: TOPIC,
      metric: errors().with({ statistic: "mean", interval: Duration.minutes(5) }),
      comparison: ">=",
      threshold: 2.5,
      metricCompartmentId: TEST_COMPARTMENT,
    });
    expect([alarm.namespace, alarm.query, alarm.metricCompartmentId]).toEqual(["oci_faas", `FunctionResponseCount[5m]{resourceId = "${FN}", responseType = "Error"}.mean() >= 2.5`, TEST_COMPARTMENT]);
    expect(onlyResource(synthValid(stack), "oci_monitoring_alarm").metric_compartment_id).toBe(TEST_COMPARTMENT);
  });

  test("a metric without a compartment evaluates the environment's", () => {
    const { stack } = testStack();
    new Metric({ namespace: "oci_faas", metricName: "FunctionInvocationCount" }).createAlarm(stack, "a", { displayName: "a", severity: "INFO", destination: TOPIC, threshold: 100 });
    expect(onlyResource(synthValid(stack), "oci_monitoring_alarm")).toMatchObject({ metric_compartment_id: TEST_COMPARTMENT, query: "FunctionInvocationCount[1m].sum() > 100" });
  });

  test("a dimension value only Terraform knows is written as a reference, and the rest of the query is still checked", () => {
    const { stack } = testStack();
    const id = new TerraformVariable(stack, "fn", { type: "string" }).stringValue;
    const m = errors().with({ dimensions: { resourceId: id } });
    m.createAlarm(stack, "ok", { displayName: "ok", severity: "INFO", destination: TOPIC, threshold: 0 });
    expect(onlyResource(synthValid(stack), "oci_monitoring_alarm").query).toBe('FunctionResponseCount[1m]{resourceId = "${var.fn}", responseType = "Error"}.sum() > 0');
    expect(
      rejected(() => new Alarm(stack, "raw", { displayName: "raw", severity: "INFO", destination: TOPIC, namespace: "oci_faas", query: `FunctionResponseCount[1m]{resourceId = "${id}"}.sum() >> 0` })),
    ).toMatch('pipeline-dev/raw: query = "FunctionResponseCount[1m]{resourceId = \\"${TfToken');
  });

  test.each([
    [{ threshold: Number.NaN }, "threshold = null is not allowed: must be a finite number that MQL can write as a plain decimal"],
    [{ threshold: 1e-7 }, "threshold = 1e-7 is not allowed: must be a finite number that MQL can write as a plain decimal"],
    [{ threshold: "5" }, 'threshold = "5" is not allowed: must be a finite number'],
    [{ comparison: "=>" }, 'comparison = "=>" is not allowed: must be one of >=, <=, ==, !=, >, <'],
    [{ metric: errors().with({ interval: Duration.seconds(90) }) }, 'metric.interval = "90 seconds" is not allowed: must be a Duration MQL can aggregate over: 1-60 minutes, 1-24 hours or 1 day'],
    [{ metric: errors().with({ statistic: "average" as any }) }, 'metric.statistic = "average" is not allowed: must be an MQL statistic: avg, count, first, increment, last, max, mean, min, rate, sum or percentile(p) with 0 < p < 1'],
    [{ metric: errors().with({ statistic: "percentile(95)" as any }) }, 'metric.statistic = "percentile(95)" is not allowed'],
    [{ metric: errors().with({ statistic: "absent" as any }) }, 'metric.statistic = "absent" is not allowed'],
    [{ metric: errors().with({ dimensions: { resourceId: 'x" || 1' } }) }, "metric.dimensions.resourceId = "],
    [{ metric: errors().with({ dimensions: { "bad name": "x" } }) }, 'metric.dimensions.bad name = "bad name" is not allowed: must be a dimension name'],
    [{ metric: new Metric({ namespace: "OCI FaaS", metricName: "Function Errors" }) }, 'metric.namespace = "OCI FaaS" is not allowed'],
    [{ metric: new Metric({ namespace: "oci_faas", metricName: "Function Errors" }) }, 'metric.metricName = "Function Errors" is not allowed: must be a metric name'],
    [{ metric: { namespace: "oci_faas", toMql: (): string => "x" } }, 'metric = {"namespace":"oci_faas"} is not allowed: must be a Metric'],
    [{ query: "A[1m].sum() > 0" }, 'query = "A[1m].sum() > 0" is not allowed: comes from the metric; give either metric (with threshold) or namespace and query, not both'],
  ])("refuses %j", (override, message) => {
    const base = { displayName: "a", severity: "INFO", destination: TOPIC, metric: errors(), threshold: 0 };
    expect(rejected(() => new Alarm(testStack().stack, "a", { ...base, ...(override as any) }))).toMatch(`pipeline-dev/a: ${message}`);
  });

  test("a raw-MQL alarm takes no threshold or comparison", () => {
    expect(
      rejected(() => new Alarm(testStack().stack, "a", { displayName: "a", severity: "INFO", destination: TOPIC, namespace: "oci_faas", query: "A[1m].sum() > 0", threshold: 3 } as any)),
    ).toBe("pipeline-dev/a: threshold = 3 is not allowed: applies to an alarm on a metric; with query, write the trigger into the query");
  });
});

describe("mqlDimensionFilters", () => {
  test("lists every filter of every series", () => {
    expect(mqlDimensionFilters('A[1m]{resourceId = "a" | "b", x != "y"}.sum() > 0 && B[1m]{deploymentId =~ "d*"}.absent()')).toEqual([
      { name: "resourceId", operator: "=", values: ["a", "b"] },
      { name: "x", operator: "!=", values: ["y"] },
      { name: "deploymentId", operator: "=~", values: ["d*"] },
    ]);
    expect(mqlDimensionFilters("A[1m].sum() > 0")).toEqual([]);
  });
});

test("validationErrors lists metric problems with the alarm's other errors at once, each once", () => {
  const { stack } = testStack();
  new Alarm(stack, "a", { displayName: "", severity: "LOUD" as any, destination: TOPIC, metric: errors().with({ interval: Duration.days(2) }), threshold: 0 });
  expect(validationErrors(stack)).toEqual([
    'pipeline-dev/a: displayName = "" is not allowed: must be 1 to 255 characters long',
    'pipeline-dev/a: metric.interval = "2 days" is not allowed: must be a Duration MQL can aggregate over: 1-60 minutes, 1-24 hours or 1 day',
    'pipeline-dev/a: severity = "LOUD" is not allowed: must be one of CRITICAL, ERROR, WARNING, INFO',
  ]);
});
