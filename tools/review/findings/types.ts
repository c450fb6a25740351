/**
 * The shape of the rules. State rules read the synthesized (or planned)
 * configuration of a whole environment, so cross-resource checks (a topic's
 * subscriptions, an events rule's bucket) see sibling stacks too; a finding
 * also present in the base is old debt. Change rules read one resource on both
 * sides of the change (what a state cannot say: a control removed, a function
 * swapped, a registry moved), with both environments at hand; their findings
 * are always introduced by the change.
 */
import { Json, ResourceDelta, ResourceState, Severity, StackSnapshot } from "../model";
import { Ref, resolveReferences } from "../refs";

export interface Hit {
  /** Attribute path inside the resource, when the finding is about one attribute. */
  readonly path?: string;
  /** Never contains a secret value: rules name keys and attributes, not values. */
  readonly message: string;
  /** Overrides the rule's severity when context makes it worse (e.g. `manage all-resources in tenancy`). */
  readonly severity?: Severity;
  /** `stack:address` of another resource the finding is about (an events rule's bucket), so a change finding on it can supersede this one. */
  readonly about?: string;
}

export interface RuleContext {
  readonly stack: string;
  readonly environment: string;
  readonly env: EnvIndex;
}

interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly remediation: string;
  readonly types: readonly string[];
}

export interface Rule extends RuleInfo {
  check(resource: ResourceState, ctx: RuleContext): Hit[];
}

export interface ChangeContext extends RuleContext {
  /** The base configuration of the same environment (empty when the base has none). */
  readonly baseEnv: EnvIndex;
}

export interface ChangeRule extends RuleInfo {
  /** Rule ids of state findings this rule's finding on a resource makes redundant (matched through `Hit.about`). */
  readonly supersedes?: readonly string[];
  check(delta: ResourceDelta, ctx: ChangeContext): Hit[];
}

export interface Located {
  readonly stack: string;
  readonly resource: ResourceState;
}

/** The resources of every stack of one environment, indexed by type. */
export class EnvIndex {
  private readonly byType = new Map<string, Located[]>();
  readonly stacks: ReadonlyMap<string, StackSnapshot>;

  constructor(snapshots: readonly StackSnapshot[]) {
    this.stacks = new Map(snapshots.map((s) => [s.name, s]));
    for (const s of snapshots) {
      for (const r of s.resources.values()) {
        const list = this.byType.get(r.type) ?? [];
        list.push({ stack: s.name, resource: r });
        this.byType.set(r.type, list);
      }
    }
  }

  ofType(type: string): readonly Located[] {
    return this.byType.get(type) ?? [];
  }

  /** Resources that `value` (configured in `stack`) refers to, across cross-stack outputs. */
  references(value: Json, stack: string): Ref[] {
    return resolveReferences(value, stack, this.stacks);
  }

  /** The resource `value` names, by reference (`${oci_x.y.id}`) or by literal OCID (`id` of a planned resource). */
  resolve(value: Json | undefined, stack: string, type?: string): Located | undefined {
    if (typeof value !== "string" || !value) return undefined;
    const [ref] = this.references(value, stack).filter((r) => !type || r.address.startsWith(`${type}.`));
    if (ref) {
      const resource = this.stacks.get(ref.stack)?.resources.get(ref.address);
      return resource ? { stack: ref.stack, resource } : undefined;
    }
    const candidates = type ? this.ofType(type) : [...this.stacks.values()].flatMap((s) => [...s.resources.values()].map((resource) => ({ stack: s.name, resource })));
    return candidates.find((l) => l.resource.body.id === value);
  }
}
