/**
 * Reads `terraform show -json <planfile>` output into the review model.
 * Only `resource_changes` is needed: it lists every managed resource
 * (unchanged ones as `no-op`) with before/after values and the unknown and
 * sensitive marker trees. Values unknown until apply are filled from the
 * `configuration` section's references (`${oci_ons_notification_topic.alerts.id}`),
 * which is how the rules can still link a new subscription to its new topic.
 */
import { readFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { ChangeAction, Json, JsonObject, ResourceChange, ResourceDelta, ResourceState, StackInput, StackSnapshot, compareStrings, environmentOf, isObject } from "./model";
import { attributeChanges } from "./attributes";
import { formatPath, markedAt } from "./paths";
import { Redactor } from "./mask";

function planAction(actions: Json | undefined): ChangeAction | undefined {
  const a = Array.isArray(actions) ? actions.join(",") : "";
  switch (a) {
    case "create":
      return "create";
    case "update":
      return "update";
    case "delete":
      return "delete";
    case "delete,create":
    case "create,delete":
      return "replace";
    case "forget":
      return "forget";
    default:
      // no-op and read (data sources) change nothing.
      return undefined;
  }
}

/** Expressions of every configured resource by module-qualified address (no instance key). */
function configExpressions(module: Json | undefined, prefix = "", out = new Map<string, JsonObject>()): Map<string, JsonObject> {
  if (!isObject(module)) return out;
  for (const r of Array.isArray(module.resources) ? module.resources : []) {
    if (isObject(r) && typeof r.address === "string" && isObject(r.expressions)) out.set(prefix + r.address, r.expressions);
  }
  if (isObject(module.module_calls)) {
    for (const [name, call] of Object.entries(module.module_calls)) {
      if (isObject(call)) configExpressions(call.module, `${prefix}module.${name}.`, out);
    }
  }
  return out;
}

function isLeafExpression(e: Json): e is JsonObject {
  return isObject(e) && ("references" in e || "constant_value" in e);
}

/** `value` with unknown leaves replaced by the configuration reference that produces them. */
function fillUnknowns(value: Json, unknown: Json | undefined, expressions: Json | undefined): Json {
  if (Array.isArray(expressions)) {
    const list = Array.isArray(value) ? value : [];
    return list.map((v, i) => fillUnknowns(v, Array.isArray(unknown) ? unknown[i] : undefined, expressions[i]));
  }
  if (!isObject(expressions) || !isObject(value)) return value;
  const out: JsonObject = { ...value };
  for (const [key, e] of Object.entries(expressions)) {
    if (isLeafExpression(e)) {
      const refs = Array.isArray(e.references) ? e.references : [];
      if ((out[key] === undefined || out[key] === null) && markedAt(unknown, [key]) && typeof refs[0] === "string") out[key] = `\${${refs[0]}}`;
    } else if (out[key] !== undefined) {
      out[key] = fillUnknowns(out[key], isObject(unknown) ? unknown[key] : undefined, e);
    }
  }
  return out;
}

function replaceMatcher(paths: readonly string[]): (path: string) => boolean {
  return (path) => paths.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
}

/** One plan document as the changes and snapshots of one stack. */
export function planToStackInput(doc: Json, stack: string, redactor: Redactor): StackInput {
  if (!isObject(doc) || !Array.isArray(doc.resource_changes)) {
    throw new Error(`${stack}: not a \`terraform show -json\` plan (no resource_changes)`);
  }
  const expressions = configExpressions(isObject(doc.configuration) ? doc.configuration.root_module : undefined);
  const changes: ResourceChange[] = [];
  const unchanged: ResourceDelta[] = [];
  const base = new Map<string, ResourceState>();
  const head = new Map<string, ResourceState>();
  for (const rc of doc.resource_changes) {
    if (!isObject(rc) || rc.mode !== "managed" || !isObject(rc.change)) continue;
    const address = String(rc.address);
    const type = String(rc.type);
    const name = String(rc.name);
    const c = rc.change;
    const before = isObject(c.before) ? c.before : null;
    const expr = expressions.get(address.replace(/\[[^\]]*\]$/, ""));
    const after = isObject(c.after) ? (fillUnknowns(c.after, c.after_unknown, expr) as JsonObject) : null;
    if (before) base.set(address, { address, type, name, body: before, sensitive: c.before_sensitive });
    if (after) head.set(address, { address, type, name, body: after, sensitive: c.after_sensitive });
    const action = planAction(c.actions);
    if (!action) {
      // Nothing planned, but the configuration may have dropped an Optional+Computed block the provider keeps.
      if (expr && Array.isArray(c.actions) && c.actions.join(",") === "no-op") unchanged.push({ address, type, name, action: "no-op", before, after, declared: expr });
      continue;
    }
    const replacePaths = (Array.isArray(c.replace_paths) ? c.replace_paths : [])
      .map((p) => (Array.isArray(p) ? formatPath(p.filter((s): s is string | number => typeof s === "string" || typeof s === "number")) : ""))
      .filter(Boolean)
      .sort(compareStrings);
    changes.push({
      address,
      type,
      name,
      action,
      reason: typeof rc.action_reason === "string" ? rc.action_reason : undefined,
      before,
      after,
      declared: expr,
      attributes: attributeChanges(
        action,
        { value: before, sensitive: c.before_sensitive },
        { value: after, sensitive: c.after_sensitive, unknown: c.after_unknown },
        replaceMatcher(replacePaths),
        redactor,
        { dropEmpty: true },
      ),
      replacePaths,
    });
  }
  const snapshot = (resources: Map<string, ResourceState>): StackSnapshot => ({ name: stack, resources, outputs: {} });
  return {
    stack,
    environment: environmentOf(stack),
    changes: changes.sort((x, y) => compareStrings(x.address, y.address)),
    unchanged: unchanged.sort((x, y) => compareStrings(x.address, y.address)),
    // A plan of an empty state has no base: every finding is new.
    base: base.size ? snapshot(base) : null,
    head: snapshot(head),
  };
}

/**
 * The stack name of a `--plan` argument: `name=file.json` names it
 * explicitly; otherwise the file name, or its folder when the file has a
 * generic name such as `plan.json` inside `cdktf.out/stacks/<stack>/`.
 */
export function planStackName(arg: string): { stack: string; file: string } {
  const eq = arg.indexOf("=");
  if (eq > 0 && !arg.slice(0, eq).includes("/")) return { stack: arg.slice(0, eq), file: arg.slice(eq + 1) };
  const base = basename(arg).replace(/\.json$/i, "").replace(/\.tfplan$/i, "");
  const generic = /^(tf)?plan$/i.test(base);
  return { stack: generic ? basename(dirname(arg)) || base : base, file: arg };
}

export function loadPlanFile(arg: string, redactor: Redactor): StackInput {
  const { stack, file } = planStackName(arg);
  let doc: Json;
  try {
    doc = JSON.parse(readFileSync(file, "utf8")) as Json;
  } catch (e) {
    throw new Error(`cannot read plan ${file}: ${(e as Error).message}`);
  }
  return planToStackInput(doc, stack, redactor);
}
