/**
 * An anchored check of Monitoring Query Language alarm queries, after OCI's
 * MQL reference (https://docs.oracle.com/en-us/iaas/Content/Monitoring/Reference/mql.htm):
 *
 *   metric[interval]{dimension = "value", ...}.groupingFunction().statistic() operator value
 *   metric[interval]{...}.statistic() in (value1, value2)      (also: not in)
 *   metric[interval]{...}.absent()                             (no comparison)
 *   (nested query).grouping().statistic() operator value       (nested queries)
 *   query && query, query || query                             (joined queries)
 *
 * The whole string must parse: a query that merely contains `absent()` or a
 * comparison somewhere is refused.
 */
import { TOKEN_IN_STRING } from "../core";

/** Statistics of the MQL reference (what may end a series). */
export const MQL_STATISTICS = ["absent", "avg", "count", "first", "increment", "last", "max", "mean", "min", "percentile", "rate", "sum"] as const;
/** Grouping functions of the MQL reference. */
export const MQL_GROUPING_FUNCTIONS = ["grouping", "groupBy"] as const;
/** Comparison operators of an alarm's trigger (besides `in` and `not in` a range). */
export const MQL_COMPARISONS = [">=", "<=", "==", "!=", ">", "<"] as const;
/** Intervals MQL accepts: 1m-60m, 1h-24h, 1d. */
export const MQL_INTERVALS = { m: 60, h: 24, d: 1 } as const;

const STATISTICS: ReadonlySet<string> = new Set(MQL_STATISTICS);
const GROUPING: ReadonlySet<string> = new Set(MQL_GROUPING_FUNCTIONS);
const NUMBER = /^-?\d+(\.\d+)?/;

class MqlError extends Error {}

/** A recursive-descent reader over the query text. */
class Reader {
  private pos = 0;
  constructor(private readonly text: string) {}

  get rest(): string {
    return this.text.slice(this.pos);
  }
  get done(): boolean {
    this.space();
    return this.pos >= this.text.length;
  }
  space(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }
  /** Consumes `token` (after optional spaces) if it is next. */
  accept(token: string): boolean {
    this.space();
    if (!this.text.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }
  expect(token: string, what: string): void {
    if (!this.accept(token)) this.fail(`expected ${what}`);
  }
  /** Consumes a match of `pattern` (anchored at the current position) after optional spaces. */
  match(pattern: RegExp): string | undefined {
    this.space();
    const m = pattern.exec(this.rest);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }
  fail(what: string): never {
    const near = this.rest.trim();
    throw new MqlError(`${what}${near ? ` at "${near.length > 40 ? `${near.slice(0, 37)}...` : near}"` : " at the end"}`);
  }
}

/** A series and its call chain; returns the last statistic called. */
function series(r: Reader): string {
  if (r.accept("(")) {
    query(r, false);
    r.expect(")", "')' closing the nested query");
  } else {
    if (!r.match(/^[A-Za-z0-9][A-Za-z0-9_]*/)) r.fail("expected a metric name");
    r.expect("[", "an interval such as [1m]");
    const interval = r.match(/^\d+[mhd]/);
    if (!interval) r.fail("expected an interval: 1m-60m, 1h-24h or 1d");
    const amount = Number(interval.slice(0, -1));
    if (amount < 1 || amount > MQL_INTERVALS[interval.slice(-1) as keyof typeof MQL_INTERVALS]) r.fail(`interval ${interval} is outside 1m-60m, 1h-24h, 1d`);
    r.expect("]", "']' after the interval");
    if (r.accept("{")) dimensions(r);
  }
  let statistic: string | undefined;
  while (r.accept(".")) {
    const fn = r.match(/^[A-Za-z][A-Za-z0-9]*/);
    if (!fn) r.fail("expected a grouping function or statistic after '.'");
    if (!STATISTICS.has(fn) && !GROUPING.has(fn)) r.fail(`${fn}() is not an MQL statistic (${MQL_STATISTICS.join(", ")}) or grouping function (${MQL_GROUPING_FUNCTIONS.join(", ")})`);
    r.expect("(", `'(' after ${fn}`);
    if (!r.accept(")")) {
      do {
        if (!r.match(/^[A-Za-z0-9_.-]+/)) r.fail(`expected an argument of ${fn}()`);
      } while (r.accept(","));
      r.expect(")", `')' closing ${fn}(`);
    }
    statistic = STATISTICS.has(fn) ? fn : undefined;
  }
  if (!statistic) r.fail("expected the series to end with a statistic such as .sum() or .absent()");
  return statistic;
}

/** `{name = "value", name =~ "val*" | "other"}` (the opening brace is consumed). */
function dimensions(r: Reader): void {
  do {
    if (!r.match(/^[A-Za-z][A-Za-z0-9_.-]*/)) r.fail("expected a dimension name");
    if (!r.match(/^(=~|!~|!=|=)/)) r.fail("expected =, !=, =~ or !~ after the dimension name");
    do {
      if (!r.match(/^"[^"]*"/)) r.fail("expected a double-quoted dimension value");
    } while (r.accept("|"));
  } while (r.accept(","));
  r.expect("}", "'}' closing the dimensions");
}

/** One query: a series with a trigger (alarm queries), joined with && / ||. */
function query(r: Reader, alarm: boolean): void {
  do {
    const statistic = series(r);
    if (statistic === "absent") continue;
    const op = MQL_COMPARISONS.find((c) => r.accept(c));
    if (op) {
      if (!r.match(NUMBER)) r.fail(`expected a number after ${op}`);
    } else if (r.match(/^not\s+in(?=\s*\()/) || r.match(/^in(?=\s*\()/)) {
      r.expect("(", "'(' opening the range");
      if (!r.match(NUMBER)) r.fail("expected the range's first number");
      r.expect(",", "',' in the range");
      if (!r.match(NUMBER)) r.fail("expected the range's second number");
      r.expect(")", "')' closing the range");
    } else if (alarm) {
      r.fail("expected a trigger: a comparison (> 0, >= 1, == 0, in (1, 5), ...) or the statistic absent()");
    }
  } while (r.accept("&&") || r.accept("||"));
}

/** Why `text` is not an MQL alarm query (a condition OCI can evaluate), or undefined. */
export function mqlAlarmQueryProblem(text: string): string | undefined {
  return problem(text, true);
}

/** Why `text` is not an MQL query (a series such as `Metric[1m]{dim = "v"}.sum()`, a trigger optional), or undefined. */
export function mqlQueryProblem(text: string): string | undefined {
  return problem(text, false);
}

function problem(text: string, alarm: boolean): string | undefined {
  if (typeof text !== "string" || !text.trim()) return "the query is empty";
  const r = new Reader(text);
  try {
    query(r, alarm);
    if (!r.done) r.fail("unexpected text after the query");
    return undefined;
  } catch (e) {
    if (e instanceof MqlError) return e.message;
    throw e;
  }
}

/** One dimension filter of a query: `resourceId = "a" | "b"` is `{ name: "resourceId", operator: "=", values: ["a", "b"] }`. */
export interface MqlDimensionFilter {
  readonly name: string;
  readonly operator: "=" | "!=" | "=~" | "!~";
  readonly values: readonly string[];
}

const FILTER = /([A-Za-z][A-Za-z0-9_.-]*)\s*(=~|!~|!=|=)\s*("[^"]*"(?:\s*\|\s*"[^"]*")*)/g;

/** The dimension filters of every series of a query (in `{...}`), in order; meant for queries that parse. */
export function mqlDimensionFilters(text: string): MqlDimensionFilter[] {
  const out: MqlDimensionFilter[] = [];
  for (const block of text.match(/\{[^}]*\}/g) ?? []) {
    for (const m of block.matchAll(FILTER)) {
      out.push({ name: m[1]!, operator: m[2] as MqlDimensionFilter["operator"], values: [...m[3]!.matchAll(/"([^"]*)"/g)].map((v) => v[1]!) });
    }
  }
  return out;
}


const TOKENS_IN_STRING = new RegExp(TOKEN_IN_STRING.source, "g");

/**
 * The query with every value only Terraform knows (a `${TfToken[...]}` in
 * the string, e.g. a function OCID in a dimension value) replaced by `0`, so
 * that the rest of it can be checked against the grammar; undefined when the
 * whole query is such a value.
 */
export function mqlWithoutTokens(text: string): string | undefined {
  const replaced = text.replace(TOKENS_IN_STRING, "0");
  return replaced === "0" ? undefined : replaced;
}
