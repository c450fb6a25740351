import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { checkDuration, checkIsoDuration, Duration, DurationBounds } from "..";
import { rejected, testStack } from "../../testing";

const SECONDS: DurationBounds = { unit: "seconds", min: Duration.seconds(1), max: Duration.minutes(5) };

describe("Duration", () => {
  test.each([
    [Duration.minutes(5), "seconds", 300],
    [Duration.days(90), "hours", 2160],
    [Duration.hours(4), "days", 1 / 6],
    [Duration.seconds(90), "minutes", 1.5],
    [Duration.millis(2500), "seconds", 2.5],
    [Duration.days(1), "milliseconds", 86_400_000],
  ] as const)("%s in %s is %d", (duration, unit, amount) => {
    expect(duration.to(unit)).toBeCloseTo(amount, 12);
  });

  test("the to* shorthands", () => {
    const d = Duration.hours(2);
    expect([d.toMilliseconds(), d.toSeconds(), d.toMinutes(), d.toHours(), d.toDays()]).toEqual([7_200_000, 7200, 120, 2, 1 / 12]);
  });

  test.each([
    [Duration.minutes(5), "PT5M"],
    [Duration.minutes(1), "PT1M"],
    [Duration.hours(4), "PT4H"],
    [Duration.days(90), "P90D"],
    [Duration.hours(48), "P2D"],
    [Duration.minutes(90), "PT1H30M"],
    [Duration.seconds(93_784), "P1DT2H3M4S"],
    [Duration.millis(1500), "PT1.5S"],
    [Duration.seconds(0), "PT0S"],
  ])("%s is %s in ISO-8601", (duration, iso) => {
    expect(duration.toIsoString()).toBe(iso);
  });

  test.each([
    ["PT5M", 300],
    ["P1DT2H", 93_600],
    ["PT1.5S", 1.5],
    ["P90D", 7_776_000],
  ])("parses %s", (iso, seconds) => {
    expect(Duration.parse(iso).toSeconds()).toBe(seconds);
  });

  test.each(["PT", "P", "5m", "P1M", "P1W", "PT-1S", ""])("refuses to parse %j", (iso) => {
    expect(() => Duration.parse(iso)).toThrow("not an ISO-8601 duration of days and time");
  });

  test("messages show the readable form", () => {
    expect([String(Duration.minutes(1)), String(Duration.days(90)), JSON.stringify({ d: Duration.seconds(2) })]).toEqual(["1 minute", "90 days", '{"d":"2 seconds"}']);
  });
});

describe("checkDuration", () => {
  const scope = () => new Construct(testStack().stack, "c");

  test("returns the value in the field's unit, undefined when not set", () => {
    const c = scope();
    expect(checkDuration(c, "timeout", Duration.minutes(5), SECONDS)).toBe(300);
    expect(checkDuration(c, "timeout", Duration.millis(1000), SECONDS)).toBe(1);
    expect(checkDuration(c, "timeout", undefined, SECONDS)).toBeUndefined();
  });

  test.each([
    [Duration.seconds(0), '"0 seconds"'],
    [Duration.seconds(301), '"301 seconds"'],
    [Duration.millis(1500), '"1500 milliseconds"'],
    [30, "30"],
    ["PT30S", '"PT30S"'],
    [{ seconds: 30 }, '{"seconds":30}'],
  ])("records %j with the field, the value and the bounds", (value, shown) => {
    const c = scope();
    expect(rejected(() => expect(checkDuration(c, "timeout", value as Duration, SECONDS)).toBeUndefined())).toBe(
      `pipeline-dev/c: timeout = ${shown} is not allowed: must be a Duration (Duration.seconds(n), ...) of whole seconds: from 1 second to 300 seconds (5 minutes)`,
    );
  });

  test("exclusive minimum, fractions and a list of allowed values", () => {
    const c = scope();
    const positive: DurationBounds = { unit: "seconds", min: Duration.seconds(0), exclusiveMin: true, max: Duration.seconds(75), fractional: true };
    expect(checkDuration(c, "t", Duration.millis(500), positive)).toBe(0.5);
    expect(rejected(() => checkDuration(c, "t", Duration.seconds(0), positive))).toMatch("must be a Duration (Duration.seconds(n), ...) of seconds: more than 0 seconds and at most 75 seconds");
    const steps: DurationBounds = { unit: "days", min: Duration.days(30), max: Duration.days(90), allowed: [30, 60, 90] };
    expect(checkDuration(c, "r", Duration.hours(24 * 60), steps)).toBe(60);
    expect(rejected(() => checkDuration(c, "r", Duration.days(45), steps))).toMatch('r = "45 days" is not allowed: must be a Duration (Duration.days(n), ...) of whole days: 30, 60, 90 days');
  });

  test("a duration only Terraform knows passes in the field's unit, is refused in another and for ISO fields", () => {
    const { stack } = testStack();
    const c = new Construct(stack, "c");
    const n = new TerraformVariable(stack, "n", { type: "number" }).numberValue;
    expect(checkDuration(c, "t", Duration.seconds(n), SECONDS)).toBe(n);
    expect(rejected(() => checkDuration(c, "t", Duration.minutes(n), SECONDS))).toMatch("a duration only Terraform knows must be given in seconds (Duration.seconds(n))");
    expect(rejected(() => checkIsoDuration(c, "p", Duration.seconds(n), SECONDS))).toMatch("must be a literal duration: it is written as an ISO-8601 string");
    expect(() => Duration.minutes(n).toSeconds()).toThrow("cannot be converted");
  });

  test("checkIsoDuration renders ISO-8601", () => {
    const c = scope();
    expect(checkIsoDuration(c, "p", Duration.minutes(5), SECONDS)).toBe("PT5M");
    expect(rejected(() => expect(checkIsoDuration(c, "p", Duration.hours(1), SECONDS)).toBeUndefined())).toMatch('p = "1 hour" is not allowed');
  });
});
