/**
 * Terraform references in synthesized values. cdktf writes a same-stack
 * reference as `${oci_type.name.attr}` and a cross-stack one as
 * `${data.terraform_remote_state.cross-stack-reference-input-<stack>.outputs.<output>}`,
 * where the output of <stack> holds the real reference; both resolve here to
 * the resource they name.
 */
import { Json, SynthApp, SynthResource } from "./model";

export type Resolved =
  | { readonly kind: "resource"; readonly resource: SynthResource; readonly attribute: string }
  | { readonly kind: "variable"; readonly stack: string; readonly name: string; readonly sensitive: boolean; readonly default?: Json }
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "unresolved"; readonly stack: string; readonly expression: string };

const WHOLE = /^\$\{([^{}]+)\}$/;
const ANY = /\$\{([^{}]+)\}/g;
const REMOTE_STATE = /^data\.terraform_remote_state\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)$/;
const RESOURCE = /^([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)\.(.+)$/;
const VARIABLE = /^var\.([A-Za-z0-9_-]+)$/;
const INPUT_PREFIX = "cross-stack-reference-input-";

/** The stack a `terraform_remote_state` data source reads: cdktf names it after that stack; else the stack that has the output. */
function remoteStack(app: SynthApp, dataName: string, output: string): string | undefined {
  const named = dataName.startsWith(INPUT_PREFIX) ? dataName.slice(INPUT_PREFIX.length) : undefined;
  if (named && app.stacks.get(named)?.outputs[output] !== undefined) return named;
  for (const s of app.stacks.values()) if (s.outputs[output] !== undefined) return s.name;
  return undefined;
}

/** Resolves one expression (the text inside `${...}`) in `stack`. */
export function resolveExpression(app: SynthApp, stack: string, expression: string, depth = 0): Resolved {
  const expr = expression.trim();
  const unresolved: Resolved = { kind: "unresolved", stack, expression: expr };
  const remote = REMOTE_STATE.exec(expr);
  if (remote) {
    const other = depth < 8 ? remoteStack(app, remote[1], remote[2]) : undefined;
    if (!other) return unresolved;
    return resolveValue(app, other, app.stacks.get(other)!.outputs[remote[2]], depth + 1);
  }
  const variable = VARIABLE.exec(expr);
  if (variable) {
    const v = app.stacks.get(stack)?.variables[variable[1]];
    return { kind: "variable", stack, name: variable[1], sensitive: v?.sensitive ?? false, default: v?.default };
  }
  const ref = RESOURCE.exec(expr);
  if (ref && ref[1] !== "data") {
    const resource = app.stacks.get(stack)?.resources.get(`${ref[1]}.${ref[2]}`);
    if (resource) return { kind: "resource", resource, attribute: ref[3] };
  }
  return unresolved;
}

/** Resolves a value that is one whole reference (`"${...}"`), or a literal string. */
export function resolveValue(app: SynthApp, stack: string, value: Json | undefined, depth = 0): Resolved {
  if (typeof value !== "string") return { kind: "unresolved", stack, expression: JSON.stringify(value ?? null) };
  const whole = WHOLE.exec(value);
  if (whole) return resolveExpression(app, stack, whole[1], depth);
  if (value.includes("${")) return { kind: "unresolved", stack, expression: value };
  return { kind: "literal", value };
}

/** The resource a value refers to (its `id`, or any attribute), or undefined. */
export function referencedResource(app: SynthApp, stack: string, value: Json | undefined): SynthResource | undefined {
  const r = resolveValue(app, stack, value);
  return r.kind === "resource" ? r.resource : undefined;
}

/** Replaces every `${...}` in `template` with what `render` makes of it. */
export function renderTemplate(app: SynthApp, stack: string, template: string, render: (r: Resolved) => string): string {
  return template.replace(ANY, (_m, expr: string) => render(resolveExpression(app, stack, expr)));
}
