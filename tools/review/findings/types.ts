/**
 * The shape of a security rule. Rules read the synthesized (or planned)
 * configuration of a whole environment, so cross-resource checks (a topic's
 * subscriptions, an events rule's bucket) see sibling stacks too.
 */
import { ResourceState, Severity, StackSnapshot } from "../model";
import { Ref, resolveReferences } from "../refs";

export interface Hit {
  /** Attribute path inside the resource, when the finding is about one attribute. */
  readonly path?: string;
  /** Never contains a secret value: rules name keys and attributes, not values. */
  readonly message: string;
  /** Overrides the rule's severity when context makes it worse (e.g. `manage all-resources in tenancy`). */
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly stack: string;
  readonly environment: string;
  readonly env: EnvIndex;
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly remediation: string;
  readonly types: readonly string[];
  check(resource: ResourceState, ctx: RuleContext): Hit[];
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
  references(value: Parameters<typeof resolveReferences>[0], stack: string): Ref[] {
    return resolveReferences(value, stack, this.stacks);
  }
}
