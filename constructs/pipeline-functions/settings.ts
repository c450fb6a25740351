import { IConstruct } from "constructs";
import { Token } from "cdktf";
import type { AnyConfigDeclaration, Condition, EnumSetting, IntegerSetting, ListSetting, MapSetting, SecretSetting, Setting, Settings, Violation } from "../../functions/shared/config";
import { addressProblem, ruleViolations, valueProblem } from "../../functions/shared/config";
import { checkReference, isToken, OCID_TYPES, reject, sensitive } from "../core";
import { plaintextCredentialReason } from "../functions";
import type { ISecret } from "../vault";

/**
 * Construct props derived from a function's configuration declaration
 * (`functions/<name>/src/config.ts`): one prop per setting, named like the
 * declaration's entry, typed by its kind, optional unless the setting is
 * required; settings marked `internal` have none. The doc comment of each prop
 * is the declaration's.
 */

/** The prop type of one setting: a secret is an `ISecret`, an enum its union of values, an integer a number, a list a string array, a map a record. */
export type SettingProp<T> = T extends SecretSetting
  ? ISecret
  : T extends EnumSetting<infer V>
    ? V
    : T extends IntegerSetting
      ? number
      : T extends ListSetting
        ? readonly string[]
        : T extends MapSetting
          ? Readonly<Record<string, string>>
          : string;

type Exposed<S> = { [K in keyof S]: S[K] extends { internal: string } ? never : K }[keyof S];
type Required<S> = { [K in keyof S]: S[K] extends { required: true } ? K : never }[keyof S];
type Props<S> = { readonly [K in keyof S]: SettingProp<S[K]> };

/** The settings props of a declaration's settings `S`. */
export type SettingsProps<S extends Settings> = Pick<Props<S>, Exposed<S> & Required<S>> & Partial<Pick<Props<S>, Exclude<Exposed<S>, Required<S>>>>;

/** The names of the settings no prop sets, with the reason each is internal. */
export function internalSettings(decl: AnyConfigDeclaration): Record<string, string> {
  return Object.fromEntries(Object.entries(decl.settings).flatMap(([name, s]) => (s.internal ? [[name, s.internal]] : [])));
}

const SECRET_ALLOWED = "must be a Vault secret (a Secret, or Secret.fromSecretAttributes)";

/** `https://host/...` without user info; only literal parts of a URL with tokens are checked. */
function urlProblem(value: string): string | undefined {
  const literal = value.split(/\$\{/)[0] ?? "";
  if (!isToken(value)) {
    let url: URL | undefined;
    try {
      url = /\s/.test(value) ? undefined : new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== "https:" || !url.hostname) return "must be an absolute https:// URL (the function refuses any other scheme)";
    if (url.username || url.password) return "must not carry credentials (user:password@): keep them in a Vault secret";
    return undefined;
  }
  return literal && !("https://".startsWith(literal) || literal.startsWith("https://")) ? "must be an absolute https:// URL (the function refuses any other scheme)" : undefined;
}

/**
 * What a typed construct does with its settings: checks each prop against its
 * setting's kind (https URLs, secrets, enum values, integer bounds, list items,
 * shapes of text) and the declaration's rules, records every problem with
 * {@link reject} under `settings.<name>`, and returns the configuration map
 * (key -> value) of the values that passed, plus the secrets to grant.
 * Unknown prop names (what plain JavaScript lets through) are refused too.
 */
export function applySettings(scope: IConstruct, decl: AnyConfigDeclaration, props: unknown, options: { readonly allowPlaintext: boolean }): { config: Record<string, string>; secrets: ISecret[] } {
  const field = (name: string) => `settings.${name}`;
  const config: Record<string, string> = {};
  const secrets: ISecret[] = [];
  if (typeof props !== "object" || props === null || Array.isArray(props)) {
    reject(scope, "settings", props, `must be an object of the settings ${decl.function} reads`);
    return { config, secrets };
  }
  const given = props as Record<string, unknown>;
  const exposed = Object.entries(decl.settings).filter(([, s]) => !s.internal);
  for (const name of Object.keys(given)) {
    if (given[name] === undefined || exposed.some(([n]) => n === name)) continue;
    const known = exposed.map(([n]) => n).join(", ");
    reject(scope, field(name), given[name], decl.settings[name] ? `is internal to ${decl.function} (${decl.settings[name]!.internal})` : `is not a setting ${decl.function} reads; its settings are ${known}`);
  }
  /** Each setting's text as the function would read it (defaults included), for the rules. */
  const text: Record<string, string | undefined> = {};
  const unknown = new Set<string>();
  for (const [name, s] of Object.entries(decl.settings)) {
    const value = s.internal ? undefined : given[name];
    if (value === undefined && s.required) reject(scope, field(name), undefined, `must be set: ${decl.function} does not start without it (${s.key})`);
    const rendered = value === undefined ? undefined : renderSetting(scope, field(name), s, value, options.allowPlaintext);
    if (rendered === undefined) {
      text[name] = value === undefined ? s.default : "(refused)";
      continue;
    }
    text[name] = rendered.text;
    if (isToken(rendered.text)) unknown.add(name);
    config[s.key] = rendered.text;
    if (rendered.secret) secrets.push(rendered.secret);
  }
  for (const v of ruleViolations(decl, text, (name) => unknown.has(name) || text[name] === "(refused)")) rejectViolation(scope, v, given, text);
  return { config, secrets };
}

/** One prop checked against its setting: the configuration text, or undefined (error recorded). */
function renderSetting(scope: IConstruct, fieldName: string, s: Setting, value: unknown, allowPlaintext: boolean): { text: string; secret?: ISecret } | undefined {
  const fail = (allowed: string, shown: unknown = value) => {
    reject(scope, fieldName, shown, allowed);
    return undefined;
  };
  switch (s.kind) {
    case "secret": {
      const id = checkReference(scope, fieldName, value, "secretId", OCID_TYPES.vaultSecret, SECRET_ALLOWED);
      return id === undefined ? undefined : { text: id, secret: value as ISecret };
    }
    case "integer": {
      if (isToken(value)) return { text: Token.asString(value) };
      if (typeof value !== "number" || !Number.isInteger(value) || value < s.min || value > s.max) return fail(`must be an integer from ${s.min} to ${s.max}${s.unit ? ` ${s.unit}` : ""}`);
      return { text: String(value) };
    }
    case "list": {
      if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return fail("must be a list of strings");
      let ok = true;
      value.forEach((item: string, i) => {
        if (isToken(item)) return;
        const notAddress = s.item === "address" ? addressProblem(item) : undefined;
        const problem =
          item.includes(",") || item.trim() !== item || item === ""
            ? "must be one non-empty item without commas or surrounding spaces"
            : notAddress && `must be an IPv4/IPv6 address or CIDR range (it ${notAddress})`;
        if (problem) {
          ok = false;
          reject(scope, `${fieldName}[${i}]`, item, problem);
        }
      });
      return ok ? { text: value.join(",") } : undefined;
    }
    case "map": {
      if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.values(value).every((v) => typeof v === "string")) return fail("must be an object of string values");
      return { text: JSON.stringify(value) };
    }
    default: {
      if (typeof value !== "string") return fail(s.kind === "enum" ? `must be one of ${s.values.join(", ")}` : "must be a string");
      if (isToken(value) && s.kind !== "url") return { text: value };
      const problem = s.kind === "url" ? urlProblem(value) : valueProblem(s, value);
      if (problem) return fail(problem);
      const credential = allowPlaintext ? undefined : plaintextCredentialReason(s.key, value);
      // A credential never goes into function configuration (plain text in plans and in the console); the message shows only its redaction.
      if (credential) return fail(`${credential}: function configuration is plain text in the plan and the console; keep credentials in a Vault secret (or set allowPlaintextConfig: true to opt out)`, sensitive(value));
      return { text: value };
    }
  }
}

function rejectViolation(scope: IConstruct, v: Violation, given: Record<string, unknown>, text: Record<string, string | undefined>): void {
  const f = (name: string) => `settings.${name}`;
  const cond = (c: Condition<string>) => {
    if (!c.is) return `${f(c.setting)} is set`;
    const defaulted = given[c.setting] === undefined && text[c.setting] !== undefined ? " (its default)" : "";
    return `${f(c.setting)} is ${c.is.map((x) => JSON.stringify(x)).join(" or ")}${defaulted}`;
  };
  const group = (g: readonly string[]) => g.map(f).join(" and ");
  switch (v.type) {
    case "missing":
      return reject(scope, f(v.setting), undefined, `must be set when ${cond(v.when)}`);
    case "forbidden":
      return reject(scope, f(v.setting), given[v.setting], `must not be set when ${cond(v.when)}${v.hint ? `: ${v.hint}` : ""}`);
    case "none":
      return reject(scope, f(v.groups[0]![0]!), undefined, `must be set: give ${v.groups.map(group).join(v.several ? " and/or " : ", or ")}${v.reason ? ` (${v.reason})` : ""}`);
    case "several": {
      const [first, ...others] = v.set;
      return reject(scope, f(others[0] ?? first!), given[others[0] ?? first!], `must not be set together with ${f(first!)}: give ${v.groups.map(group).join(", or ")}, not both`);
    }
    case "incomplete":
      return reject(scope, f(v.setting), undefined, `must be set together with ${f(v.with)}`);
    case "check":
      return reject(scope, f(v.setting), given[v.setting], `${v.problem}${v.when ? ` when ${cond(v.when)}` : ""}`);
  }
}
