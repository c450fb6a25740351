/**
 * Terraform references inside configured values, so rules can link a
 * subscription to its topic or an events rule to its bucket. cdktf writes
 * same-stack references as `${oci_type.name.attr}` and cross-stack ones as
 * `${data.terraform_remote_state.cross-stack-reference-input-<stack>.outputs.<output>}`,
 * where the output in <stack> holds the real reference.
 */
import { Json, StackSnapshot, isObject } from "./model";

export interface Ref {
  readonly stack: string;
  readonly address: string;
}

const RESOURCE_REF = /(?<![\w.-])(oci_[a-z0-9_]+)\.([A-Za-z0-9_-]+)/g;
const CROSS_STACK_REF = /data\.terraform_remote_state\.cross-stack-reference-input-([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g;

function expressionsIn(value: Json, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (value.includes("${")) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) expressionsIn(v, out);
  } else if (isObject(value)) {
    for (const v of Object.values(value)) expressionsIn(v, out);
  }
  return out;
}

/** Resources `value` refers to, following cross-stack outputs one hop into their stack. */
export function resolveReferences(value: Json, stack: string, stacks: ReadonlyMap<string, StackSnapshot>, depth = 0): Ref[] {
  const refs: Ref[] = [];
  for (const expr of expressionsIn(value)) {
    // Cross-stack inputs are data sources, never `oci_*` resources, so the two patterns do not overlap.
    for (const m of expr.matchAll(RESOURCE_REF)) refs.push({ stack, address: `${m[1]}.${m[2]}` });
    if (depth > 2) continue;
    for (const m of expr.matchAll(CROSS_STACK_REF)) {
      const source = stacks.get(m[1]);
      const output = source?.outputs[m[2]];
      if (source && output !== undefined) refs.push(...resolveReferences(output, source.name, stacks, depth + 1));
    }
  }
  return refs;
}

/** Addresses of one stack referenced from `value` (same-stack references only). */
export function localReferences(value: Json): Set<string> {
  const out = new Set<string>();
  for (const expr of expressionsIn(value)) for (const m of expr.matchAll(RESOURCE_REF)) out.add(`${m[1]}.${m[2]}`);
  return out;
}
