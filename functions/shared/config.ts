import { isIP } from "node:net";
import { ConfigError } from "./errors";
import { requireSecureUrl } from "./url-policy";

/**
 * The one declaration of a function's configuration. Each function declares its settings once,
 * in `functions/<name>/src/config.ts` (the shared ones here and in `b2c-config.ts`), with
 * {@link setting} builders and cross-key {@link rules}; that declaration drives both
 * {@link parseConfig} (what the function reads at run time) and the function's typed construct
 * (`oci-event-pipelines/pipeline-functions`, whose props are derived from it).
 *
 * A declaration is keyed by the construct prop name (camelCase); each setting names the
 * configuration key (environment variable) it is stored under. The JSDoc comment on a setting is
 * its documentation, shown on the derived construct prop too. This module imports no function
 * runtime code: the construct library compiles it.
 */

/** What every setting declares. */
interface SettingBase<R extends boolean, D extends string | undefined, I extends string | undefined> {
  /** The configuration key (environment variable) the function reads. */
  readonly key: string;
  /** Whether the function refuses to start without it (conditional requirements are {@link Rule}s). */
  readonly required: R;
  /** The value the function uses when the key is unset or blank. */
  readonly default: D;
  /** Why no construct prop sets it (a test-only or platform key); undefined for the settings a construct exposes. */
  readonly internal: I;
}

/** An `https://` URL (plain http only on loopback, for tests). The function reads a `URL`, or the text as configured when `verbatim`. */
export interface UrlSetting<R extends boolean = boolean, D extends string | undefined = string | undefined, I extends string | undefined = string | undefined, V extends boolean = boolean>
  extends SettingBase<R, D, I> {
  readonly kind: "url";
  /** The function keeps the text exactly as configured (e.g. a URL that a signature covers). */
  readonly verbatim: V;
}
/** The OCID of a Vault secret the function reads with its resource principal. */
export interface SecretSetting<R extends boolean = boolean, D extends string | undefined = string | undefined, I extends string | undefined = string | undefined>
  extends SettingBase<R, D, I> {
  readonly kind: "secret";
}
/** One of a fixed set of values. */
export interface EnumSetting<T extends string = string, R extends boolean = boolean, D extends string | undefined = string | undefined, I extends string | undefined = string | undefined>
  extends SettingBase<R, D, I> {
  readonly kind: "enum";
  readonly values: readonly T[];
}
/** A whole number from `min` to `max` (a duration or size in `unit`). */
export interface IntegerSetting<R extends boolean = boolean, D extends string | undefined = string | undefined, I extends string | undefined = string | undefined>
  extends SettingBase<R, D, I> {
  readonly kind: "integer";
  readonly min: number;
  readonly max: number;
  /** What the number counts (`seconds`, `milliseconds`, `grams`, ...). */
  readonly unit?: string;
}
/** Free text, optionally of a given shape. */
export interface TextSetting<R extends boolean = boolean, D extends string | undefined = string | undefined, I extends string | undefined = string | undefined>
  extends SettingBase<R, D, I> {
  readonly kind: "text";
  /** The shape the text must have, and how to say it (`"a dotted field path such as a.b"`). */
  readonly pattern?: { readonly regex: RegExp; readonly description: string };
}
/** A comma-separated list; `address` items are IPv4/IPv6 addresses or CIDR ranges. */
export interface ListSetting<R extends boolean = boolean, D extends string | undefined = string | undefined, I extends string | undefined = string | undefined>
  extends SettingBase<R, D, I> {
  readonly kind: "list";
  readonly item: "text" | "address";
}
/** A JSON object of string values. */
export interface MapSetting<R extends boolean = boolean, D extends string | undefined = string | undefined, I extends string | undefined = string | undefined>
  extends SettingBase<R, D, I> {
  readonly kind: "map";
}

export type Setting = UrlSetting | SecretSetting | EnumSetting | IntegerSetting | TextSetting | ListSetting | MapSetting;
export type Settings = Readonly<Record<string, Setting>>;

interface Options<R extends boolean, D extends string | undefined, I extends string | undefined> {
  /** The configuration key (environment variable). */
  readonly key: string;
  /** Default false. */
  readonly required?: R;
  /** Default none. */
  readonly default?: D;
  /** Why no construct prop sets it (test-only or platform keys). Default: exposed as a construct prop. */
  readonly internal?: I;
}

function base<R extends boolean, D extends string | undefined, I extends string | undefined>(o: Options<R, D, I>): SettingBase<R, D, I> {
  return { key: o.key, required: (o.required ?? false) as R, default: o.default as D, internal: o.internal as I };
}

/** Builders of the settings of a declaration (each returns plain data). */
export const setting = {
  url: <R extends boolean = false, D extends string | undefined = undefined, I extends string | undefined = undefined, V extends boolean = false>(
    o: Options<R, D, I> & { readonly verbatim?: V },
  ): UrlSetting<R, D, I, V> => ({ kind: "url", ...base(o), verbatim: (o.verbatim ?? false) as V }),
  secret: <R extends boolean = false, I extends string | undefined = undefined>(o: Options<R, undefined, I>): SecretSetting<R, undefined, I> => ({ kind: "secret", ...base(o) }),
  oneOf: <T extends string, R extends boolean = false, D extends T | undefined = undefined, I extends string | undefined = undefined>(
    values: readonly T[],
    o: Options<R, D, I>,
  ): EnumSetting<T, R, D, I> => ({ kind: "enum", ...base(o), values }),
  integer: <R extends boolean = false, D extends string | undefined = undefined, I extends string | undefined = undefined>(
    o: Options<R, D, I> & { readonly min: number; readonly max: number; readonly unit?: string },
  ): IntegerSetting<R, D, I> => ({ kind: "integer", ...base(o), min: o.min, max: o.max, ...(o.unit ? { unit: o.unit } : {}) }),
  text: <R extends boolean = false, D extends string | undefined = undefined, I extends string | undefined = undefined>(
    o: Options<R, D, I> & { readonly pattern?: { readonly regex: RegExp; readonly description: string } },
  ): TextSetting<R, D, I> => ({ kind: "text", ...base(o), ...(o.pattern ? { pattern: o.pattern } : {}) }),
  list: <R extends boolean = false, I extends string | undefined = undefined>(o: Options<R, undefined, I> & { readonly item?: "text" | "address" }): ListSetting<R, undefined, I> => ({
    kind: "list",
    ...base(o),
    item: o.item ?? "text",
  }),
  map: <R extends boolean = false, I extends string | undefined = undefined>(o: Options<R, undefined, I>): MapSetting<R, undefined, I> => ({ kind: "map", ...base(o) }),
};

/** A condition on another setting: it is set (with its default counted), or its value is one of `is`. */
export interface Condition<N extends string> {
  readonly setting: N;
  readonly is?: readonly string[];
}

/**
 * A requirement across settings, checked by {@link parseConfig} at run time and by the typed
 * construct at synthesis:
 * - `requiredWhen`: `setting` must be set when `when` holds;
 * - `forbiddenWhen`: `setting` must not be set when `when` holds (`hint` says what to do instead);
 * - `alternatives`: exactly one group of settings is set, each group completely (at least one,
 *   several allowed, with `several`); only while `when` holds, if given;
 * - `check`: `problem(value)` of `setting` (while `when` holds) says why the value is refused.
 */
export type Rule<N extends string> =
  | { readonly rule: "requiredWhen"; readonly setting: N; readonly when: Condition<N> }
  | { readonly rule: "forbiddenWhen"; readonly setting: N; readonly when: Condition<N>; readonly hint?: string }
  | { readonly rule: "alternatives"; readonly groups: readonly (readonly N[])[]; readonly several: boolean; readonly when?: Condition<N>; readonly reason?: string }
  | { readonly rule: "check"; readonly setting: N; readonly when?: Condition<N>; readonly problem: (value: string) => string | undefined };

/** Builders of the rules of a declaration, typed to its setting names (`defineConfig(fn, settings, (r) => [...])`). */
export interface RuleBuilders<N extends string> {
  requiredWhen(name: N, when: Condition<N>): Rule<N>;
  forbiddenWhen(name: N, when: Condition<N>, hint?: string): Rule<N>;
  alternatives(groups: readonly (readonly N[])[], options?: { readonly several?: boolean; readonly when?: Condition<N>; readonly reason?: string }): Rule<N>;
  check(name: N, problem: (value: string) => string | undefined, when?: Condition<N>): Rule<N>;
}

const RULES: RuleBuilders<string> = {
  requiredWhen: (name, when) => ({ rule: "requiredWhen", setting: name, when }),
  forbiddenWhen: (name, when, hint) => ({ rule: "forbiddenWhen", setting: name, when, ...(hint ? { hint } : {}) }),
  alternatives: (groups, options = {}) => ({
    rule: "alternatives",
    groups,
    several: options.several ?? false,
    ...(options.when ? { when: options.when } : {}),
    ...(options.reason ? { reason: options.reason } : {}),
  }),
  check: (name, problem, when) => ({ rule: "check", setting: name, problem, ...(when ? { when } : {}) }),
};

/** Any function's configuration (what code that handles every declaration takes). */
export interface AnyConfigDeclaration {
  /** The function's directory name under functions/ (and its OCIR repository name). */
  readonly function: string;
  readonly settings: Settings;
  readonly rules: readonly Rule<string>[];
}

/** A function's configuration: its name, its settings and the rules across them. */
export interface ConfigDeclaration<S extends Settings> extends AnyConfigDeclaration {
  readonly settings: S;
  readonly rules: readonly Rule<keyof S & string>[];
}

export function defineConfig<S extends Settings>(
  fn: string,
  settings: S,
  ruleList: (r: RuleBuilders<keyof S & string>) => readonly Rule<keyof S & string>[] = () => [],
): ConfigDeclaration<S> {
  const keys = Object.values(settings).map((s) => s.key);
  const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
  if (repeated) throw new Error(`${fn}: configuration key ${repeated} is declared twice`);
  return { function: fn, settings, rules: ruleList(RULES as RuleBuilders<keyof S & string>) };
}

/** Every configuration key of a declaration, in declaration order. */
export function configKeys(decl: AnyConfigDeclaration): string[] {
  return Object.values(decl.settings).map((s) => s.key);
}

/** What the function reads for one setting. */
export type SettingValue<T> = T extends UrlSetting<boolean, string | undefined, string | undefined, true>
  ? string
  : T extends UrlSetting
    ? URL
    : T extends EnumSetting<infer V>
      ? V
      : T extends IntegerSetting
        ? number
        : T extends ListSetting
          ? string[]
          : T extends MapSetting
            ? Record<string, string>
            : string;

/** Lists and maps are always present (empty when unset); others when required or defaulted. */
type AlwaysPresent<T> = T extends ListSetting | MapSetting ? true : T extends { required: true } ? true : T extends { default: string } ? true : false;

/** The parsed configuration, keyed like the declaration. */
export type ConfigValues<S extends Settings> = { readonly [K in keyof S]: AlwaysPresent<S[K]> extends true ? SettingValue<S[K]> : SettingValue<S[K]> | undefined };

/** Why `entry` is not an IPv4/IPv6 address or CIDR range, or undefined. */
export function addressProblem(entry: string): string | undefined {
  const [addr, bits, extra] = entry.split("/");
  const family = isIP(addr ?? "");
  if (family === 0 || extra !== undefined) return "is not an IP address or CIDR";
  if (bits === undefined) return undefined;
  const prefix = Number(bits);
  if (!/^\d{1,3}$/.test(bits) || prefix > (family === 6 ? 128 : 32)) return "has a bad prefix length";
  return undefined;
}

/** The items of a comma-separated list value. */
export function listItems(raw: string | undefined): string[] {
  return (raw ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

/**
 * Why `text` is not a valid value of `s`, phrased after the key (`must be one of a, b`), or
 * undefined. Shared by the run-time parse and the construct's synthesis checks; URLs are
 * checked by the https rule (./url-policy.ts) at run time and by the constructs' own check.
 */
export function valueProblem(s: Setting, text: string): string | undefined {
  switch (s.kind) {
    case "enum":
      return (s.values as readonly string[]).includes(text) ? undefined : `must be one of ${s.values.join(", ")}`;
    case "integer": {
      const n = Number(text);
      return Number.isInteger(n) && n >= s.min && n <= s.max && /^-?\d+$/.test(text) ? undefined : `must be an integer in [${s.min}, ${s.max}]`;
    }
    case "text":
      return s.pattern && !s.pattern.regex.test(text) ? `must be ${s.pattern.description}` : undefined;
    case "list":
      if (s.item !== "address") return undefined;
      for (const entry of listItems(text)) {
        const problem = addressProblem(entry);
        if (problem) return `entry "${entry}" ${problem}`;
      }
      return undefined;
    case "map": {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return "is not valid JSON";
      }
      const ok = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === "string");
      return ok ? undefined : "must be a JSON object of strings";
    }
    default:
      return undefined;
  }
}

/** How a rule is broken, in terms of setting names (rendered with keys at run time, prop names at synthesis). */
export type Violation =
  | { readonly type: "missing"; readonly setting: string; readonly when: Condition<string> }
  | { readonly type: "forbidden"; readonly setting: string; readonly when: Condition<string>; readonly hint?: string }
  | { readonly type: "none"; readonly groups: readonly (readonly string[])[]; readonly several: boolean; readonly reason?: string }
  | { readonly type: "several"; readonly groups: readonly (readonly string[])[]; readonly set: readonly string[] }
  | { readonly type: "incomplete"; readonly setting: string; readonly with: string }
  | { readonly type: "check"; readonly setting: string; readonly problem: string; readonly when?: Condition<string> };

/**
 * The rules of `decl` that `values` break. `values` holds each setting's text as the function
 * would read it (defaults included, unset as undefined); a setting whose value is not known yet
 * (`unknown`: a Terraform token at synthesis) makes the rules that depend on its value pass.
 */
export function ruleViolations(decl: AnyConfigDeclaration, values: Readonly<Record<string, string | undefined>>, unknown: (name: string) => boolean = () => false): Violation[] {
  const isSet = (name: string) => values[name] !== undefined;
  /** true / false, or undefined when it cannot be told. */
  const holds = (c: Condition<string> | undefined): boolean | undefined => {
    if (!c) return true;
    if (!c.is) return isSet(c.setting);
    if (unknown(c.setting)) return undefined;
    const v = values[c.setting];
    return v !== undefined && c.is.includes(v);
  };
  const out: Violation[] = [];
  for (const rule of decl.rules) {
    if (holds(rule.when) !== true) continue;
    switch (rule.rule) {
      case "requiredWhen":
        if (!isSet(rule.setting)) out.push({ type: "missing", setting: rule.setting, when: rule.when });
        break;
      case "forbiddenWhen":
        if (isSet(rule.setting)) out.push({ type: "forbidden", setting: rule.setting, when: rule.when, ...(rule.hint ? { hint: rule.hint } : {}) });
        break;
      case "alternatives": {
        const touched = rule.groups.filter((g) => g.some(isSet));
        if (touched.length === 0) out.push({ type: "none", groups: rule.groups, several: rule.several, ...(rule.reason ? { reason: rule.reason } : {}) });
        else if (touched.length > 1 && !rule.several) out.push({ type: "several", groups: rule.groups, set: touched.flatMap((g) => g.filter(isSet)) });
        for (const g of touched) {
          const present = g.find(isSet)!;
          for (const name of g) if (!isSet(name)) out.push({ type: "incomplete", setting: name, with: present });
        }
        break;
      }
      case "check": {
        const v = values[rule.setting];
        const problem = v === undefined || unknown(rule.setting) ? undefined : rule.problem(v);
        if (problem) out.push({ type: "check", setting: rule.setting, problem, ...(rule.when ? { when: rule.when } : {}) });
        break;
      }
    }
  }
  return out;
}

/** A violation as the function reports it, with configuration keys. */
function describeViolation(decl: AnyConfigDeclaration, v: Violation): string {
  const key = (name: string) => decl.settings[name]?.key ?? name;
  const cond = (c: Condition<string>) => (c.is ? `${key(c.setting)}=${c.is.join(" or ")}` : `${key(c.setting)} is set`);
  const group = (g: readonly string[]) => g.map(key).join(" and ");
  switch (v.type) {
    case "missing":
      return `${key(v.setting)} is required when ${cond(v.when)}`;
    case "forbidden":
      return `${key(v.setting)} must not be set when ${cond(v.when)}${v.hint ? `: ${v.hint}` : ""}`;
    case "none":
      return v.several ? `set ${v.groups.map(group).join(" and/or ")}${v.reason ? `: ${v.reason}` : ""}` : `missing required configuration: set ${v.groups.map(group).join(", or ")}${v.reason ? ` (${v.reason})` : ""}`;
    case "several":
      return `set either ${v.groups.map(group).join(" or ")}, not several (${v.set.map(key).join(", ")} are set)`;
    case "incomplete":
      return `${key(v.setting)} is required with ${key(v.with)}`;
    case "check":
      return `${key(v.setting)} ${v.problem}${v.when ? ` (${cond(v.when)})` : ""}`;
  }
}

/** The text of each setting as the function reads it: trimmed, blank as unset, defaults applied. */
function configText(decl: AnyConfigDeclaration, env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(decl.settings).map(([name, s]) => {
      const raw = env[s.key]?.trim();
      return [name, raw ? raw : s.default];
    }),
  );
}

/**
 * Parses the function's configuration from its environment: every key of the declaration, then
 * every rule; all problems are reported at once in one {@link ConfigError}, each naming its key.
 */
export function parseConfig<S extends Settings>(decl: ConfigDeclaration<S>, env: NodeJS.ProcessEnv = process.env): ConfigValues<S> {
  const text = configText(decl, env);
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(decl.settings) as Array<[string, Setting]>) {
    const raw = text[name];
    if (raw === undefined) {
      if (s.required) problems.push(`missing required configuration ${s.key}`);
      values[name] = s.kind === "list" ? [] : s.kind === "map" ? {} : undefined;
      continue;
    }
    if (s.kind === "url") {
      try {
        const url = requireSecureUrl(raw, s.key);
        values[name] = s.verbatim ? raw : url;
      } catch (err) {
        problems.push((err as Error).message);
      }
      continue;
    }
    const problem = valueProblem(s, raw);
    if (problem) {
      // A list or map may hold many values: the problem names the one at fault.
      problems.push(s.kind === "list" || s.kind === "map" ? `${s.key} ${problem}` : `${s.key} ${problem}, got "${raw}"`);
      continue;
    }
    values[name] = s.kind === "integer" ? Number(raw) : s.kind === "list" ? listItems(raw) : s.kind === "map" ? (JSON.parse(raw) as Record<string, string>) : raw;
  }
  for (const v of ruleViolations(decl, text)) problems.push(describeViolation(decl, v));
  if (problems.length) throw new ConfigError(problems.join("; "));
  return values as ConfigValues<S>;
}

/** Keys every function understands (HTTP behaviour, secret cache, idempotency, logging). */
export const COMMON_SETTINGS = {
  /** Override of the Vault Secrets retrieval endpoint; normally the SDK derives it from the region. */
  secretsEndpoint: setting.url({
    key: "OCI_SECRETS_ENDPOINT",
    internal: "points the SDK at a loopback Secrets API in tests and the simulator; deployed functions use their region's endpoint",
  }),
  /** How long a secret read from Vault is reused before it is read again, in seconds (0-86400). @default 300 */
  secretCacheTtlSeconds: setting.integer({ key: "SECRET_CACHE_TTL_SECONDS", default: "300", min: 0, max: 86_400, unit: "seconds" }),
  /** Timeout of one upstream HTTP attempt, in milliseconds (1-120000). @default 5000 */
  httpTimeoutMs: setting.integer({ key: "HTTP_TIMEOUT_MS", default: "5000", min: 1, max: 120_000, unit: "milliseconds" }),
  /** Attempts per upstream call, first try included (1-10). @default 4 */
  httpMaxAttempts: setting.integer({ key: "HTTP_MAX_ATTEMPTS", default: "4", min: 1, max: 10 }),
  /** Base of the exponential backoff between attempts (full jitter), in milliseconds (0-60000). @default 200 */
  httpRetryBaseMs: setting.integer({ key: "HTTP_RETRY_BASE_MS", default: "200", min: 0, max: 60_000, unit: "milliseconds" }),
  /** Upper bound of one backoff delay, in milliseconds (0-120000). @default 5000 */
  httpRetryMaxMs: setting.integer({ key: "HTTP_RETRY_MAX_MS", default: "5000", min: 0, max: 120_000, unit: "milliseconds" }),
  /** Longest Retry-After (429/5xx) the function waits for, in milliseconds (0-300000); longer fails the invocation so OCI redelivers later. @default 30000 */
  httpRetryAfterMaxMs: setting.integer({ key: "HTTP_RETRY_AFTER_MAX_MS", default: "30000", min: 0, max: 300_000, unit: "milliseconds" }),
  /** How long a function instance remembers a processed event or message id, in seconds (1-604800). @default 3600 */
  idempotencyTtlSeconds: setting.integer({ key: "IDEMPOTENCY_TTL_SECONDS", default: "3600", min: 1, max: 7 * 86_400, unit: "seconds" }),
  /** Most ids remembered per instance, oldest evicted first (1-1000000); bounds memory. @default 10000 */
  idempotencyMaxEntries: setting.integer({ key: "IDEMPOTENCY_MAX_ENTRIES", default: "10000", min: 1, max: 1_000_000 }),
  /** Log level. @default "info" */
  logLevel: setting.oneOf(["debug", "info", "warn", "error"] as const, { key: "LOG_LEVEL", default: "info" }),
} as const;

export const COMMON_CONFIG = defineConfig("common", COMMON_SETTINGS);
