import { IConstruct } from "constructs";
import { redact, redactSecrets } from "./secrets";

/**
 * A rejected input. The message always names the construct path, the field,
 * the offending value and what is allowed, so a failed `cdktf synth` points
 * straight at the line to fix. The value is kept as shown in the message:
 * anything the project's credential rule (./secrets.ts) flags is redacted, so
 * neither the message nor `value` can carry a secret into a CI log. `allowed`
 * is the library's own text: callers pass user input as `value`, never inside it.
 */
export class OciValidationError extends Error {
  /** The offending value as the message shows it (credentials redacted). */
  public readonly value: unknown;

  constructor(
    public readonly path: string,
    public readonly field: string,
    value: unknown,
    public readonly allowed: string,
  ) {
    const shown = shownValue(value, field);
    super(`${path}: ${field} = ${describeValue(shown)} is not allowed: ${allowed}`);
    this.name = "OciValidationError";
    this.value = shown;
  }
}

/** A value that is a secret whatever it looks like (e.g. what was passed as a secret's content): messages show only its redaction. */
export class SensitiveValue {
  constructor(public readonly value: unknown) {}
}

/** Marks `value` as a secret for an error message (see {@link SensitiveValue}). */
export const sensitive = (value: unknown): SensitiveValue => new SensitiveValue(value);

/**
 * A value whose field name says nothing about it being a credential (e.g. a
 * choice among fixed values under a prop named `key`): messages redact it only
 * when its shape is a credential's.
 */
export class ShapeCheckedValue {
  constructor(public readonly value: unknown) {}
}

/** Marks `value` for redaction by its shape only (see {@link ShapeCheckedValue}). */
export const byShapeOnly = (value: unknown): ShapeCheckedValue => new ShapeCheckedValue(value);

const isConstruct = (value: unknown): value is IConstruct =>
  typeof value === "object" && value !== null && typeof (value as IConstruct).node?.path === "string" && typeof (value as IConstruct).node?.addValidation === "function";

/** The name a field's value goes by: its last segment (`config.DB_PASSWORD` -> `DB_PASSWORD`, `keys[0].key` -> `key`). */
const fieldName = (field: string): string => field.split(/[.[\]]+/).filter(Boolean).pop() ?? "";

/** `value` made safe for a message: constructs become their path, credentials (by field name or value shape) their redaction. */
function shownValue(value: unknown, field: string): unknown {
  field = fieldName(field);
  if (value instanceof ShapeCheckedValue) return shownValue(value.value, "");
  if (value instanceof SensitiveValue) return typeof value.value === "string" ? redact(value.value) : `<redacted ${value.value === null ? "null" : typeof value.value}>`;
  if (isConstruct(value)) return value.node.path;
  if (value && typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) {
    // A class instance (e.g. a backend passed where something else belongs): its plain data, redacted like any object.
    try {
      return redactSecrets(JSON.parse(JSON.stringify(value)), field);
    } catch {
      return String(value);
    }
  }
  return redactSecrets(value, field);
}

/** Renders a value for an error message: short, JSON-like, never multi-line, credentials redacted (under `field`'s name too). */
export function describeValue(value: unknown, field = ""): string {
  const v = shownValue(value, field);
  if (v === undefined) return "(not set)";
  if (typeof v === "string") return JSON.stringify(v.length > 120 ? `${v.slice(0, 117)}...` : v);
  try {
    const json = JSON.stringify(v);
    if (json === undefined) return String(v);
    return json.length > 120 ? `${json.slice(0, 117)}...` : json;
  } catch {
    return String(v);
  }
}

/**
 * Throws an {@link OciValidationError} for `scope` (a construct or an
 * already-known path). Only for inputs after which construction cannot
 * continue (e.g. a construct outside any OCI environment); everything else
 * uses {@link reject}, so one run reports all errors.
 */
export function fail(scope: IConstruct | string, field: string, value: unknown, allowed: string): never {
  throw new OciValidationError(typeof scope === "string" ? scope : scope.node.path, field, value, allowed);
}

/** What a construct keeps for the collector: errors recorded while it was built, and checks that run at synthesis. */
interface ValidationStore {
  readonly recorded: OciValidationError[];
  readonly checks: Array<() => Iterable<OciValidationError>>;
  /** What the last `node.validate()` found, for {@link validateConstruct}: the checks then need not run again. */
  lastRun?: OciValidationError[];
}

/** A `Symbol.for` key, so that two copies of this module (e.g. a dependency's own) share the store. */
const STORE = Symbol.for("oci-event-pipelines.validation");

function storeOf(scope: IConstruct): ValidationStore {
  const host = scope as unknown as Record<symbol, ValidationStore | undefined>;
  let store = host[STORE];
  if (!store) {
    const created: ValidationStore = { recorded: [], checks: [] };
    store = created;
    Object.defineProperty(scope, STORE, { value: created, enumerable: false });
    // Also visible to cdktf's own validation (Testing.synth(stack, true), stack.runAllValidations()).
    scope.node.addValidation({
      validate: () => {
        created.lastRun = validationErrorsOf(scope);
        return created.lastRun.map((e) => e.message);
      },
    });
  }
  return store;
}

/**
 * Records that `value` is not allowed for `field` of `scope`, and lets
 * construction continue: the synthesis guard (see ./synth.ts) reports every
 * recorded error of every stack at once, before anything is written. The
 * caller carries on with a safe value.
 */
export function reject(scope: IConstruct, field: string, value: unknown, allowed: string): void {
  storeOf(scope).recorded.push(new OciValidationError(scope.node.path, field, value, allowed));
}

/**
 * Adds a check that runs at synthesis, once every construct exists (e.g. "a
 * topic needs a subscription", which `addSubscription` may still fix). Each
 * yielded error is reported like a recorded one.
 */
export function addCheck(scope: IConstruct, check: () => Iterable<OciValidationError>): void {
  storeOf(scope).checks.push(check);
}

/** The errors recorded on `scope` itself while it was built (not those its synthesis-time checks would find). */
export function recordedErrorsOf(scope: IConstruct): OciValidationError[] {
  return [...((scope as unknown as Record<symbol, ValidationStore | undefined>)[STORE]?.recorded ?? [])];
}

/** Every error of `scope` itself (not of its children): the recorded ones, then those its checks find now. */
export function validationErrorsOf(scope: IConstruct): OciValidationError[] {
  const store = (scope as unknown as Record<symbol, ValidationStore | undefined>)[STORE];
  if (!store) return [];
  return [...store.recorded, ...store.checks.flatMap((check) => [...check()])];
}

/**
 * Runs `scope.node.validate()` once: this library's errors of the construct
 * (recorded and from its checks, as {@link validationErrorsOf} gives them),
 * and the other validations' messages (cdktf's own, a user's) that are not
 * one of those.
 */
export function validateConstruct(scope: IConstruct): { own: OciValidationError[]; others: string[] } {
  const store = (scope as unknown as Record<symbol, ValidationStore | undefined>)[STORE];
  if (store) store.lastRun = undefined;
  const messages = scope.node.validate();
  const own = store?.lastRun ?? [];
  const ownMessages = new Set(own.map((e) => e.message));
  return { own, others: messages.filter((m) => !ownMessages.has(m)) };
}
