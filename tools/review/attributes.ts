/**
 * Attribute-level changes between two bodies of one resource, rendered and
 * masked once here so no renderer ever touches a raw value.
 */
import { AttributeChange, ChangeAction, Json, JsonObject } from "./model";
import { Leaf, flatten, markedAt } from "./paths";
import { Redactor } from "./mask";

export const UNKNOWN = "(known after apply)";

/** One side of a change: the body plus Terraform's marker trees (plan input only). */
export interface Side {
  readonly value: JsonObject | null;
  readonly sensitive?: Json;
  readonly unknown?: Json;
}

function sameLeaf(a: Json, b: Json): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b));
}

/** `null`, `""`, `[]` and `{}`: the provider's ways of saying "nothing set". */
function isEmpty(v: Json): boolean {
  return v === null || v === "" || (Array.isArray(v) && v.length === 0) || (typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
}

export interface AttributeOptions {
  /**
   * Drop pairs where both sides are empty (`null` → `[]`, `""` → `null`):
   * plans are full of them (the provider normalizes unset attributes), and
   * they change nothing. Used for plan input; a synth diff shows what the
   * configuration says.
   */
  readonly dropEmpty?: boolean;
}

/** Leaves the unknown-marker tree marks `true` (values Terraform computes at apply). */
function unknownLeaves(marker: Json | undefined): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  for (const [path, leaf] of flatten(marker ?? null)) if (leaf.value === true) out.set(path, leaf);
  return out;
}

export function attributeChanges(
  action: ChangeAction,
  before: Side,
  after: Side,
  forcesReplacement: (path: string) => boolean,
  redactor: Redactor,
  options: AttributeOptions = {},
): AttributeChange[] {
  // A destroyed resource's attributes are noise: the warning names it.
  if (action === "delete" || action === "forget") return [];
  const b = flatten(before.value ?? {});
  const a = flatten(after.value ?? {});
  const unknown = unknownLeaves(after.unknown);
  const paths = [...new Set([...b.keys(), ...a.keys(), ...unknown.keys()])].sort();
  const out: AttributeChange[] = [];
  for (const path of paths) {
    const bl = b.get(path);
    const al = a.get(path);
    const segments = (al ?? bl ?? unknown.get(path))!.segments;
    const bv = bl?.value ?? null;
    const av = al?.value ?? null;
    // Only an existing resource can be forced into replacement.
    const forces = action !== "create" && forcesReplacement(path);
    if (!al && unknown.has(path)) {
      // Computed attributes (id, state, etag…) turn unknown on every create or
      // replace; only a known value turning unknown on an update, or a path
      // that forces the replacement, tells the reviewer something.
      if (bv === null || (action !== "update" && !forces)) continue;
      out.push({ path, before: redactor.display(segments, bv, markedAt(before.sensitive, segments)), after: UNKNOWN, forcesReplacement: forces });
      continue;
    }
    if (sameLeaf(bv, av) || (action === "create" && av === null)) continue;
    if (options.dropEmpty && isEmpty(bv) && isEmpty(av)) continue;
    out.push({
      path,
      before: bv === null ? null : redactor.display(segments, bv, markedAt(before.sensitive, segments)),
      after: av === null ? null : redactor.display(segments, av, markedAt(after.sensitive, segments)),
      forcesReplacement: forces,
    });
  }
  return out;
}
