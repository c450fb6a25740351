/**
 * Accessors that tolerate how nested blocks are written: cdktf renders a
 * single nested block sometimes as an object and sometimes as a one-element
 * array, and Terraform plans always use arrays.
 */
import { Json, JsonObject, isObject } from "./model";

/** The block itself, or the first element of a block list. */
export function block(value: Json | undefined): JsonObject | undefined {
  if (Array.isArray(value)) return value.find(isObject);
  return isObject(value) ? value : undefined;
}

/** Every block of a block list (a lone object counts as a list of one). */
export function blocks(value: Json | undefined): JsonObject[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** Walks nested blocks by attribute name, unwrapping one-element lists on the way. */
export function dig(value: Json | undefined, ...keys: string[]): Json | undefined {
  let node: Json | undefined = value;
  for (const k of keys) {
    const b = block(node);
    if (!b) return undefined;
    node = b[k];
  }
  return node;
}

export function str(value: Json | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** A list of strings (a lone string counts as a list of one). */
export function strings(value: Json | undefined): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Booleans arrive as `true` from cdktf and sometimes as `"true"` from hand-written JSON. */
export function truthy(value: Json | undefined): boolean {
  return value === true || value === "true";
}
