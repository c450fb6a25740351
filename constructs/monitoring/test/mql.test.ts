import { Alarm } from "..";
import { onlyResource, rejected, synthValid, testStack } from "../../testing";
import { mqlAlarmQueryProblem } from "../mql";

const TOPIC = { topicId: "ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaatopic" };

function alarm(query: string) {
  const t = testStack();
  const errors = rejected(() => new Alarm(t.stack, "a", { displayName: "a", namespace: "oci_faas", query, severity: "CRITICAL", destination: TOPIC }));
  return { ...t, errors };
}

describe("MQL alarm queries: the whole string must parse", () => {
  test.each([
    'FunctionResponseCount[1m]{responseType = "Error"}.sum() > 0',
    'HttpResponses[5m]{httpStatusCategory = "5xx"}.sum() > 5',
    "CpuUtilization[1m].max() >= 80",
    "CpuUtilization[60m].mean() < 10.5",
    "CpuUtilization[24h].mean() == 0",
    "CpuUtilization[1d].min() != -1",
    "CpuUtilization[10m].percentile(0.9) < 85",
    "CpuUtilization[1m].max() in (0, 70)",
    "CpuUtilization[1m].max() not in (10, 90)",
    'CpuUtilization[1m]{resourceId = "ocid1.instance.oc1.phx.aaaa"}.absent()',
    "CpuUtilization[1m].groupBy(resourceId).absent()",
    'FunctionInvocationCount[1m]{functionId =~ "ocid1.fnfunc.oc1.*", functionName = "a" | "b"}.grouping().sum() > 100',
    "CpuUtilization[1m].groupBy(resourceId, shape).mean().grouping().max() > 90",
    "(CpuUtilization[1m].max() > 80).grouping().sum() > 3",
    "CpuUtilization[1m].max() > 80 && MemoryUtilization[1m].max() > 80",
    "CpuUtilization[1m].max() > 80 || CpuUtilization[1m].absent()",
    "5xxErrors[1m].sum() > 0",
  ])("accepts %s, and the alarm passes the offline validator", (query) => {
    expect(mqlAlarmQueryProblem(query)).toBeUndefined();
    const { stack, errors } = alarm(query);
    expect(errors).toBe("");
    expect(onlyResource(synthValid(stack), "oci_monitoring_alarm").query).toBe(query);
  });

  test.each([
    // Issue 12: the old check accepted anything containing absent() or a comparison somewhere.
    ["errors > 0 || absent()", "expected an interval such as [1m]"],
    ["DROP TABLE alarms; absent()", "expected an interval such as [1m]"],
    ["CpuUtilization[1m].max() > 80; absent()", "unexpected text after the query"],
    ["CpuUtilization[1m].max() > 80 absent()", "unexpected text after the query"],
    ["CpuUtilization[1m].max()", "expected a trigger"],
    ["CpuUtilization[1m].max() >", "expected a number after >"],
    ["CpuUtilization[1m].max() > high", "expected a number after >"],
    ["CpuUtilization[1m].max() in (1)", "expected ',' in the range"],
    ["CpuUtilization[1m].absent() > 0", "unexpected text after the query"],
    ["CpuUtilization[1m] > 80", "expected the series to end with a statistic"],
    ["CpuUtilization[1m].grouping() > 80", "expected the series to end with a statistic"],
    ["CpuUtilization[1m].average() > 80", "average() is not an MQL statistic"],
    ["CpuUtilization.max() > 80", "expected an interval such as [1m]"],
    ["CpuUtilization[0m].max() > 80", "interval 0m is outside 1m-60m, 1h-24h, 1d"],
    ["CpuUtilization[61m].max() > 80", "interval 61m is outside"],
    ["CpuUtilization[25h].max() > 80", "interval 25h is outside"],
    ["CpuUtilization[2d].max() > 80", "interval 2d is outside"],
    ["CpuUtilization[1w].max() > 80", "expected an interval: 1m-60m, 1h-24h or 1d"],
    ["CpuUtilization[1m]{resourceId = ocid1}.max() > 80", "expected a double-quoted dimension value"],
    ['CpuUtilization[1m]{resourceId = "x".max() > 80', "expected '}' closing the dimensions"],
    ["(CpuUtilization[1m].max() > 80.grouping().sum() > 3", "expected ')' closing the nested query"],
    ["", "the query is empty"],
  ])("refuses %j (%s)", (query, why) => {
    expect(mqlAlarmQueryProblem(query)).toMatch(why);
    expect(alarm(query).errors).toMatch(`pipeline-dev/a: query = ${JSON.stringify(query)} is not allowed: must be an MQL query with a trigger, e.g. Metric[1m]{dim = "x"}.sum() > 0 or Metric[1m].absent(): ${why}`);
  });
});
