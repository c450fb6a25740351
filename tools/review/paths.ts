/**
 * Leaf-level views of JSON bodies: attribute paths such as
 * `specification.routes[0].backend.url`, flattening, and lookups in
 * Terraform's parallel marker trees (`after_unknown`, `*_sensitive`).
 */
import { Json, isObject } from "./model";

export type Segment = string | number;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function formatPath(segments: readonly Segment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += out ? `.${s}` : s;
    // Map keys such as freeform tag `managed-by` cannot be dotted without ambiguity.
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

export interface Leaf {
  readonly segments: readonly Segment[];
  readonly value: Json;
}

/** Every leaf of `value` keyed by its formatted path; empty objects and arrays count as leaves. */
export function flatten(value: Json, prefix: Segment[] = [], out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (Array.isArray(value) && value.length) {
    value.forEach((v, i) => flatten(v, [...prefix, i], out));
  } else if (isObject(value) && Object.keys(value).length) {
    for (const [k, v] of Object.entries(value)) flatten(v, [...prefix, k], out);
  } else if (prefix.length) {
    out.set(formatPath(prefix), { segments: prefix, value });
  }
  return out;
}

/**
 * True when a Terraform marker tree (`after_unknown`, `before_sensitive`, …)
 * marks the path or any of its ancestors with `true`. A name applied to a
 * list looks into its first element, so a path written for a single nested
 * block (`secret_content.content`) also finds the plan's list form.
 */
export function markedAt(marker: Json | undefined, segments: readonly Segment[]): boolean {
  let node: Json | undefined = marker;
  for (const s of segments) {
    if (Array.isArray(node) && typeof s === "string") node = node[0];
    if (node === true) return true;
    if (Array.isArray(node) && typeof s === "number") node = node[s];
    else if (isObject(node) && typeof s === "string") node = node[s];
    else return false;
  }
  return node === true;
}

/** The last named (non-index) segment: the attribute or map key a leaf belongs to. */
export function leafName(segments: readonly Segment[]): string {
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    if (typeof s === "string") return s;
  }
  return "";
}
