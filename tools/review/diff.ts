/**
 * Synth-vs-synth diff: which resources of each stack are created, updated,
 * replaced or destroyed between two cdktf outputs. Without a provider, a
 * replacement is inferred from the ForceNew table, and propagated to
 * resources whose ForceNew attribute refers to a replaced resource (their
 * reference resolves to a new OCID, so they are recreated too).
 */
import { ChangeAction, JsonObject, ResourceChange, ResourceState, StackInput, StackSnapshot, compareStrings, environmentOf, isObject } from "./model";
import { attributeChanges, UNKNOWN } from "./attributes";
import { isForceNew, topAttribute } from "./force-new";
import { localReferences } from "./refs";
import { Redactor } from "./mask";

/** Structural equality that ignores object key order. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

function change(action: ChangeAction, before: ResourceState | undefined, after: ResourceState | undefined, redactor: Redactor): ResourceChange {
  const r = (after ?? before)!;
  const attributes = attributeChanges(action, { value: before?.body ?? null }, { value: after?.body ?? null }, (p) => isForceNew(r.type, p), redactor);
  const forcing = [...new Set(attributes.filter((a) => a.forcesReplacement).map((a) => topAttribute(a.path)))].sort(compareStrings);
  const replace = action === "update" && forcing.length > 0;
  return {
    address: r.address,
    type: r.type,
    name: r.name,
    action: replace ? "replace" : action,
    reason: replace ? "replace_because_cannot_update" : action === "delete" ? "delete_because_no_resource_config" : undefined,
    constructPath: r.constructPath,
    before: before?.body ?? null,
    after: after?.body ?? null,
    attributes,
    replacePaths: replace ? forcing : [],
  };
}

/** Marks resources replaced because a ForceNew attribute refers to a replaced resource. */
function propagateReplacements(changes: Map<string, ResourceChange>, head: StackSnapshot, redactor: Redactor): void {
  let grew = true;
  while (grew) {
    grew = false;
    const replaced = new Set([...changes.values()].filter((c) => c.action === "replace").map((c) => c.address));
    for (const r of head.resources.values()) {
      const current = changes.get(r.address);
      if (current && current.action !== "update") continue;
      const forced = Object.entries(r.body).filter(
        ([attr, v]) => isForceNew(r.type, attr) && [...localReferences(v)].some((a) => replaced.has(a)),
      );
      if (!forced.length) continue;
      const forcedAttrs = forced.map(([attr]) => attr).sort(compareStrings);
      const via = [...new Set(forced.flatMap(([, v]) => [...localReferences(v)].filter((a) => replaced.has(a))))].sort(compareStrings);
      const extra = forcedAttrs
        .filter((attr) => !current?.attributes.some((a) => topAttribute(a.path) === attr))
        .map((attr) => ({ path: attr, before: redactor.display([attr], r.body[attr]), after: UNKNOWN, forcesReplacement: true }));
      changes.set(r.address, {
        address: r.address,
        type: r.type,
        name: r.name,
        action: "replace",
        reason: `replace_because_dependency_replaced: ${via.join(", ")}`,
        constructPath: r.constructPath,
        before: current?.before ?? r.body,
        after: r.body,
        attributes: [...(current?.attributes ?? []), ...extra].sort((x, y) => compareStrings(x.path, y.path)),
        replacePaths: forcedAttrs,
      });
      grew = true;
    }
  }
}

/** Changes of one stack; either side may be absent (stack added or removed). */
export function diffStack(base: StackSnapshot | null, head: StackSnapshot | null, redactor: Redactor): ResourceChange[] {
  const b = base?.resources ?? new Map<string, ResourceState>();
  const h = head?.resources ?? new Map<string, ResourceState>();
  const changes = new Map<string, ResourceChange>();
  for (const address of new Set([...b.keys(), ...h.keys()])) {
    const before = b.get(address);
    const after = h.get(address);
    if (!before) changes.set(address, change("create", undefined, after, redactor));
    else if (!after) changes.set(address, change("delete", before, undefined, redactor));
    else if (!deepEqual(before.body as JsonObject, after.body)) changes.set(address, change("update", before, after, redactor));
  }
  if (head) propagateReplacements(changes, head, redactor);
  return [...changes.values()].sort((x, y) => compareStrings(x.address, y.address));
}

/** Pairs the stacks of two synth outputs by name and diffs each pair. */
export function diffSynth(base: readonly StackSnapshot[], head: readonly StackSnapshot[], redactor: Redactor): StackInput[] {
  const baseByName = new Map(base.map((s) => [s.name, s]));
  const headByName = new Map(head.map((s) => [s.name, s]));
  const names = [...new Set([...baseByName.keys(), ...headByName.keys()])].sort(compareStrings);
  return names.map((stack) => {
    const b = baseByName.get(stack) ?? null;
    const h = headByName.get(stack) ?? null;
    return { stack, environment: environmentOf(stack), changes: diffStack(b, h, redactor), base: b, head: h };
  });
}
