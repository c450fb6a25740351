/**
 * Reference cycles between the resources and data sources of one document:
 * `terraform validate` refuses a configuration whose dependency graph has a
 * cycle (e.g. a function whose config names the API deployment that routes
 * to it), so the offline validator does too.
 */
const REFERENCE = /\$\{([^}]*)\}/g;
const ADDRESS = /\b(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)/g;

/** Addresses (`type.name` or `data.type.name`) that `value` refers to, among `known`. */
function referencesIn(value: unknown, known: ReadonlySet<string>, out: Set<string>): void {
  if (typeof value === "string") {
    for (const expr of value.matchAll(REFERENCE)) {
      for (const m of expr[1].matchAll(ADDRESS)) {
        const address = `${m[1] ?? ""}${m[2]}.${m[3]}`;
        if (known.has(address)) out.add(address);
      }
    }
  } else if (Array.isArray(value)) {
    for (const v of value) referencesIn(v, known, out);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (k !== "//") referencesIn(v, known, out);
  }
}

/** Each cycle once, as the list of addresses along it (first address repeated at the end). */
export function findReferenceCycles(doc: any): string[][] {
  const bodies = new Map<string, any>();
  for (const [section, prefix] of [["resource", ""], ["data", "data."]] as const) {
    for (const [type, byName] of Object.entries<any>(doc?.[section] ?? {})) {
      for (const [name, body] of Object.entries<any>(byName ?? {})) bodies.set(`${prefix}${type}.${name}`, body);
    }
  }
  const known = new Set(bodies.keys());
  const edges = new Map<string, string[]>();
  for (const [address, body] of bodies) {
    const refs = new Set<string>();
    const { depends_on: dependsOn, ...rest } = body ?? {};
    referencesIn(rest, known, refs);
    for (const d of Array.isArray(dependsOn) ? dependsOn : []) if (typeof d === "string" && known.has(d)) refs.add(d);
    edges.set(address, [...refs].sort());
  }

  const cycles: string[][] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "visiting");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "visiting") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...known].sort()) if (!state.has(node)) visit(node);
  return cycles;
}
