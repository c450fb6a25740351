import { IConstruct } from "constructs";
import { Token } from "cdktf";
import { reject } from "./errors";

/** The units a {@link Duration} is given in, and that OCI fields are measured in. */
export type DurationUnit = "milliseconds" | "seconds" | "minutes" | "hours" | "days";

const MS: Record<DurationUnit, number> = { milliseconds: 1, seconds: 1_000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 };
const SINGULAR: Record<DurationUnit, string> = { milliseconds: "millisecond", seconds: "second", minutes: "minute", hours: "hour", days: "day" };
const ISO = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * A length of time, given in the unit that reads best (`Duration.minutes(5)`,
 * `Duration.days(90)`) and converted by each construct into what its OCI
 * field takes: a number of seconds, hours, days or milliseconds, or an
 * ISO-8601 string (`PT5M`, `P90D`). Constructs check the bounds of each field
 * in that field's unit and refuse a value that is not whole in it
 * (`Duration.seconds(90)` for a field in minutes).
 *
 * A duration only Terraform knows (`Duration.seconds(Token.asNumber(variable))`)
 * is passed through to a field of the same unit, unchecked.
 */
export class Duration {
  /** `amount` milliseconds. */
  public static millis(amount: number): Duration {
    return new Duration(amount, "milliseconds");
  }

  /** `amount` seconds. */
  public static seconds(amount: number): Duration {
    return new Duration(amount, "seconds");
  }

  /** `amount` minutes. */
  public static minutes(amount: number): Duration {
    return new Duration(amount, "minutes");
  }

  /** `amount` hours. */
  public static hours(amount: number): Duration {
    return new Duration(amount, "hours");
  }

  /** `amount` days (of 24 hours). */
  public static days(amount: number): Duration {
    return new Duration(amount, "days");
  }

  /** Parses an ISO-8601 duration of days and time (`PT5M`, `P1DT2H`, `PT1.5S`); throws on anything else (weeks, months and years have no fixed length). */
  public static parse(iso: string): Duration {
    const m = typeof iso === "string" ? ISO.exec(iso) : null;
    if (!m || iso === "P" || iso.endsWith("T")) throw new Error(`not an ISO-8601 duration of days and time (PnDTnHnMnS): ${JSON.stringify(iso)}`);
    const [d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0));
    return Duration.millis(Math.round(((d * 24 + h) * 60 + min) * 60_000 + s * 1000));
  }

  private constructor(
    /** The amount, in {@link unit}. */
    public readonly amount: number,
    /** The unit the duration was given in. */
    public readonly unit: DurationUnit,
  ) {}

  /** Whether the amount is a value only Terraform knows (a number token). */
  public get isUnresolved(): boolean {
    return Token.isUnresolved(this.amount);
  }

  /** The duration in `unit`, possibly fractional (`Duration.seconds(90).to("minutes")` is 1.5). A token amount converts only to its own unit. */
  public to(unit: DurationUnit): number {
    if (this.isUnresolved) {
      if (unit === this.unit) return this.amount;
      throw new Error(`a duration only Terraform knows (${this.unit}) cannot be converted to ${unit}`);
    }
    if (unit === this.unit) return this.amount;
    return (this.amount * MS[this.unit]) / MS[unit];
  }

  public toMilliseconds(): number {
    return this.to("milliseconds");
  }

  public toSeconds(): number {
    return this.to("seconds");
  }

  public toMinutes(): number {
    return this.to("minutes");
  }

  public toHours(): number {
    return this.to("hours");
  }

  public toDays(): number {
    return this.to("days");
  }

  /**
   * ISO-8601 in days and time, largest units first: `Duration.minutes(90)` is
   * `PT1H30M`, `Duration.hours(48)` is `P2D`, `Duration.seconds(0)` is `PT0S`.
   */
  public toIsoString(): string {
    let ms = Math.round(this.toMilliseconds());
    const days = Math.floor(ms / MS.days);
    ms -= days * MS.days;
    const hours = Math.floor(ms / MS.hours);
    ms -= hours * MS.hours;
    const minutes = Math.floor(ms / MS.minutes);
    ms -= minutes * MS.minutes;
    const seconds = ms / 1000;
    const time = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds ? `${seconds}S` : ""}`;
    if (!days && !time) return "PT0S";
    return `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
  }

  /** `5 minutes`, `1 day`: how messages show the duration. */
  public toString(): string {
    if (this.isUnresolved) return `(a value only Terraform knows, in ${this.unit})`;
    return humanize(this.amount, this.unit);
  }

  /** Error messages and JSON show the readable form. */
  public toJSON(): string {
    return this.toString();
  }
}

const humanize = (amount: number, unit: DurationUnit): string => `${amount} ${amount === 1 ? SINGULAR[unit] : unit}`;

/** The bounds of one OCI field measured in `unit`. */
export interface DurationBounds {
  /** The unit the field is measured in; the duration must be a whole number of it unless {@link fractional}. */
  readonly unit: DurationUnit;
  /** Shortest value allowed. */
  readonly min: Duration;
  /** Longest value allowed. */
  readonly max: Duration;
  /** Whether `min` itself is excluded (a field that must be greater than zero). Default false. */
  readonly exclusiveMin?: boolean;
  /** The only values allowed, in `unit` (e.g. log retention in 30-day steps). Default: anything between the bounds. */
  readonly allowed?: readonly number[];
  /** Whether fractions of `unit` are allowed (a field typed as a decimal number). Default false. */
  readonly fractional?: boolean;
}

/**
 * Checks a {@link Duration} prop against an OCI field measured in
 * `bounds.unit` and returns it in that unit (undefined when not set). A value
 * that is not a `Duration`, is not whole in the unit, or is out of bounds is
 * recorded on `scope` (see `reject`) and gives undefined; a duration only
 * Terraform knows passes when given in the field's unit.
 */
export function checkDuration(scope: IConstruct, field: string, value: Duration | undefined, bounds: DurationBounds): number | undefined {
  if (value === undefined) return undefined;
  const { unit, min, max } = bounds;
  const range = bounds.allowed
    ? `${bounds.allowed.join(", ")} ${unit}`
    : `${bounds.exclusiveMin ? "more than" : "from"} ${describeBound(min, unit)} ${bounds.exclusiveMin ? "and at most" : "to"} ${describeBound(max, unit)}`;
  const rule = `must be a Duration (Duration.${unit === "milliseconds" ? "millis" : unit}(n), ...) of ${bounds.fractional ? "" : "whole "}${unit}: ${range}`;
  if (!(value instanceof Duration)) {
    reject(scope, field, value, rule);
    return undefined;
  }
  if (value.isUnresolved) {
    if (value.unit === unit) return value.amount;
    reject(scope, field, value, `a duration only Terraform knows must be given in ${unit} (Duration.${unit === "milliseconds" ? "millis" : unit}(n))`);
    return undefined;
  }
  const amount = value.to(unit);
  const whole = Number.isInteger(Math.round(amount * 1e9) / 1e9) ? Math.round(amount) : amount;
  const lo = min.to(unit);
  const hi = max.to(unit);
  if (!Number.isFinite(amount) || (!bounds.fractional && !Number.isInteger(whole)) || (bounds.exclusiveMin ? amount <= lo : amount < lo) || amount > hi || (bounds.allowed && !bounds.allowed.includes(whole))) {
    reject(scope, field, value, rule);
    return undefined;
  }
  return bounds.fractional ? amount : whole;
}

/** Checks like {@link checkDuration} and renders the value as ISO-8601 (`PT5M`, `P90D`), for fields OCI types as duration strings. */
export function checkIsoDuration(scope: IConstruct, field: string, value: Duration | undefined, bounds: DurationBounds): string | undefined {
  if (value instanceof Duration && value.isUnresolved) {
    reject(scope, field, value, "must be a literal duration: it is written as an ISO-8601 string");
    return undefined;
  }
  return checkDuration(scope, field, value, bounds) === undefined ? undefined : value!.toIsoString();
}

/** `300 seconds (5 minutes)`: a bound in the field's unit, with the readable form when it differs. */
function describeBound(bound: Duration, unit: DurationUnit): string {
  const inUnit = humanize(bound.to(unit), unit);
  const given = bound.toString();
  return inUnit === given ? inUnit : `${inUnit} (${given})`;
}
