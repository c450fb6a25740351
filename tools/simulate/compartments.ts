/**
 * The tenancy's compartment tree. An Events rule sees only events emitted in
 * its own compartment or that compartment's descendants (docs/oci-facts.md#events),
 * so matching needs to know which compartment sits under which.
 */
import { isObject, Json, readJsonFile, SynthApp } from "./model";
import { SimulationInputError } from "./types";

export interface CompartmentNode {
  /** Compartment OCID, or the tenancy OCID for the root compartment. */
  readonly id: string;
  readonly name?: string;
  /** OCID of the parent compartment; absent for a tenancy (root). */
  readonly parentId?: string;
  /** Home region; tenancies only. */
  readonly homeRegion?: string;
  /** True when the parent was not known and the compartment was placed directly under the tenancy. */
  readonly assumed?: boolean;
}

/** Where a compartment stands relative to another. */
export interface Containment {
  readonly within: boolean;
  /** Set when the answer rests on an assumption (a compartment absent from the tree). */
  readonly assumption?: string;
}

/** Environment settings the tree can be built from (the fields of `stacks/environments.ts` it needs). */
export interface EnvironmentCompartments {
  readonly tenancyOcid: string;
  readonly homeRegion: string;
  readonly compartmentOcid: string;
  readonly compartmentName?: string;
}

const isTenancy = (id: string) => id.startsWith("ocid1.tenancy.");

export class CompartmentTree {
  private readonly nodes = new Map<string, CompartmentNode>();

  constructor(nodes: readonly CompartmentNode[] = []) {
    for (const n of nodes) this.add(n);
  }

  /** Adds or completes a node: what is already known wins, unless it was only assumed. */
  private add(node: CompartmentNode): void {
    const existing = this.nodes.get(node.id);
    if (!existing || (existing.assumed && !node.assumed)) {
      this.nodes.set(node.id, { ...node, name: node.name ?? existing?.name, homeRegion: node.homeRegion ?? existing?.homeRegion });
      return;
    }
    const filled: { -readonly [K in keyof CompartmentNode]: CompartmentNode[K] } = { ...existing };
    if (filled.name === undefined && node.name !== undefined) filled.name = node.name;
    if (filled.homeRegion === undefined && node.homeRegion !== undefined) filled.homeRegion = node.homeRegion;
    if (filled.parentId === undefined && node.parentId !== undefined && !isTenancy(node.id)) Object.assign(filled, { parentId: node.parentId, assumed: node.assumed });
    this.nodes.set(node.id, filled);
  }

  /** This tree with the nodes of `other` added where this one knows nothing better. */
  public merge(other: CompartmentTree): CompartmentTree {
    const out = new CompartmentTree([...this.nodes.values()]);
    for (const n of other.all()) out.add(n);
    return out;
  }

  public all(): CompartmentNode[] {
    return [...this.nodes.values()];
  }

  public get(id: string): CompartmentNode | undefined {
    return this.nodes.get(id);
  }

  public tenancies(): CompartmentNode[] {
    return this.all().filter((n) => n.parentId === undefined && isTenancy(n.id));
  }

  /** `name (ocid)` or the OCID alone. */
  public describe(id: string): string {
    const name = this.nodes.get(id)?.name;
    return name ? `${name} (${id})` : id;
  }

  /** The tenancy (root) a compartment belongs to, if the tree knows its ancestry. */
  public tenancyOf(id: string): CompartmentNode | undefined {
    let cur = this.nodes.get(id);
    for (let i = 0; cur && i < 50; i++) {
      if (cur.parentId === undefined) return isTenancy(cur.id) ? cur : undefined;
      cur = this.nodes.get(cur.parentId);
    }
    const only = this.tenancies();
    return !this.nodes.has(id) && only.length === 1 ? only[0] : undefined;
  }

  /** Whether compartment `id` is `ancestor` or one of its descendants. */
  public contains(ancestor: string, id: string): Containment {
    if (ancestor === id) return { within: true };
    if (!this.nodes.has(id)) {
      const only = this.tenancies();
      if (only.length === 1 && only[0].id === ancestor) {
        return { within: true, assumption: `compartment ${id} is not in the compartment tree; assumed to be in tenancy ${this.describe(ancestor)}` };
      }
      return { within: false, assumption: `compartment ${id} is not in the compartment tree (give the tree with --compartments FILE)` };
    }
    const seen = new Set<string>();
    let cur = this.nodes.get(id);
    let assumption: string | undefined;
    while (cur && cur.parentId !== undefined && !seen.has(cur.id)) {
      seen.add(cur.id);
      if (cur.assumed) assumption = `the parent of ${this.describe(cur.id)} is not known; assumed to be the tenancy`;
      if (cur.parentId === ancestor) return { within: true, assumption };
      cur = this.nodes.get(cur.parentId);
    }
    return { within: false, assumption };
  }

  /** The tree of a project's environments: each tenancy (with its home region) and each pipeline compartment directly under it. */
  public static fromEnvironments(envs: readonly EnvironmentCompartments[]): CompartmentTree {
    const nodes: CompartmentNode[] = [];
    for (const e of envs) {
      nodes.push({ id: e.tenancyOcid, homeRegion: e.homeRegion });
      nodes.push({ id: e.compartmentOcid, name: e.compartmentName, parentId: e.tenancyOcid });
    }
    return new CompartmentTree(nodes);
  }

  /**
   * What the synthesized app itself tells: tenancy OCIDs and compartment OCIDs
   * written as literal `compartment_id`s, the home region of the `oci.home`
   * provider alias; compartments of unknown parentage are placed under the
   * tenancy when there is exactly one (marked as an assumption).
   */
  public static fromApp(app: SynthApp): CompartmentTree {
    const tenancies = new Set<string>();
    const compartments = new Set<string>();
    const homeRegions = new Set<string>();
    for (const stack of app.stacks.values()) {
      if (stack.regions.aliases["oci.home"]) homeRegions.add(stack.regions.aliases["oci.home"]);
      for (const r of stack.resources.values()) {
        const c = r.body.compartment_id;
        if (typeof c !== "string" || c.includes("${")) continue;
        (isTenancy(c) ? tenancies : compartments).add(c);
      }
    }
    const single = tenancies.size === 1 ? [...tenancies][0] : undefined;
    const home = homeRegions.size === 1 ? [...homeRegions][0] : undefined;
    const nodes: CompartmentNode[] = [...tenancies].map((id) => ({ id, homeRegion: single ? home : undefined }));
    for (const id of compartments) nodes.push(single ? { id, parentId: single, assumed: true } : { id });
    return new CompartmentTree(nodes);
  }

  /**
   * Reads a compartment file. Two formats:
   * - `{ "tenancy": {"id","name","homeRegion"} | "tenancies": [...], "compartments": [{"id","name","parentId"}] }`;
   * - the output of `oci iam compartment list --all --compartment-id-in-subtree true --include-root`
   *   (`{ "data": [{"id","name","compartment-id"}] }`), with an optional top-level `"homeRegion"`.
   */
  public static fromFile(file: string): CompartmentTree {
    return CompartmentTree.fromJson(readJsonFile(file, "compartment file"), file);
  }

  public static fromJson(raw: Json, source = "compartment file"): CompartmentTree {
    if (!isObject(raw)) throw new SimulationInputError(`${source}: expected a JSON object`);
    const str = (v: Json | undefined) => (typeof v === "string" && v ? v : undefined);
    const nodes: CompartmentNode[] = [];
    const bad = (what: string) => new SimulationInputError(`${source}: ${what}`);
    if (Array.isArray(raw.data)) {
      const home = str(raw.homeRegion);
      for (const e of raw.data) {
        if (!isObject(e) || !str(e.id)) throw bad("every entry of data needs an id");
        const id = str(e.id)!;
        const parent = str(e["compartment-id"]);
        nodes.push(isTenancy(id) ? { id, name: str(e.name), homeRegion: home } : { id, name: str(e.name), parentId: parent });
        if (parent && isTenancy(parent)) nodes.push({ id: parent, homeRegion: home });
      }
      return new CompartmentTree(nodes);
    }
    const tenancies = Array.isArray(raw.tenancies) ? raw.tenancies : raw.tenancy !== undefined ? [raw.tenancy] : [];
    for (const t of tenancies) {
      if (!isObject(t) || !str(t.id) || !isTenancy(str(t.id)!)) throw bad("each tenancy needs an id of the form ocid1.tenancy.<realm>..<id>");
      nodes.push({ id: str(t.id)!, name: str(t.name), homeRegion: str(t.homeRegion) });
    }
    for (const c of Array.isArray(raw.compartments) ? raw.compartments : []) {
      if (!isObject(c) || !str(c.id) || !str(c.parentId)) throw bad("each compartment needs an id and a parentId");
      nodes.push({ id: str(c.id)!, name: str(c.name), parentId: str(c.parentId) });
    }
    if (!nodes.length) throw bad('no tenancy and no compartments found (see tools/simulate/README.md, "Compartment tree")');
    return new CompartmentTree(nodes);
  }
}
