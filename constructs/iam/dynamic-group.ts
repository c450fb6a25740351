import { Construct, IConstruct } from "constructs";
import { IdentityDynamicGroup } from "../../.gen/providers/oci/identity-dynamic-group";
import { checkOcid, checkPattern, EnvironmentPrefixOptions, reject, OciEnvironment, OCID_TYPES } from "../core";
import { Condition, renderConditions } from "./condition";
import { IGrantable, IPrincipal } from "./principals";

/** A dynamic-group matching rule: resource.* / instance.* clauses combined with ALL or ANY. */
export class MatchingRule {
  /** Every clause must match. */
  static all(...clauses: Condition[]): MatchingRule {
    return new MatchingRule("ALL", clauses);
  }
  /** Any clause may match. */
  static any(...clauses: Condition[]): MatchingRule {
    return new MatchingRule("ANY", clauses);
  }
  private constructor(
    public readonly mode: "ALL" | "ANY",
    public readonly clauses: readonly Condition[],
  ) {}

  problem(): string | undefined {
    if (!this.clauses.length) return "a matching rule needs at least one clause";
    for (const c of this.clauses) {
      if (!/^(resource|instance)\./.test(c.variable)) return `clause variable ${c.variable} must start with resource. or instance.`;
      const p = c.problem();
      if (p) return p;
    }
    return undefined;
  }

  render(): string {
    // OCI expects the braces even for a single clause in the console-created form.
    return this.clauses.length === 1 ? `${this.mode} {${this.clauses[0].render()}}` : renderConditions(this.clauses, this.mode);
  }
}

/**
 * A dynamic group as grants see it: an owned {@link DynamicGroup} or one
 * imported with {@link DynamicGroup.fromOcid}. Statements granted to it name it.
 */
export interface IDynamicGroup extends IConstruct, IGrantable {
  /** OCID of the dynamic group. */
  readonly dynamicGroupId: string;
}

export interface DynamicGroupProps extends EnvironmentPrefixOptions {
  /** Tenancy-unique name; the environment prefix is added (`<env>-<name>`) unless {@link allowUnprefixedName}. */
  readonly name: string;
  /** What the group is for. */
  readonly description: string;
  /** Which resources are members. */
  readonly matchingRule: MatchingRule;
}

/** A dynamic group in the tenancy (home region), usable as a grant principal. */
export class DynamicGroup extends Construct implements IDynamicGroup {
  /**
   * A dynamic group that exists outside this app. Statements name it by OCID
   * (`Allow dynamic-group id <ocid> to ...`), which OCI accepts for a group of
   * any identity domain and which survives a rename. Creates no resource.
   */
  public static fromOcid(scope: Construct, id: string, ocid: string): IDynamicGroup {
    return new ImportedDynamicGroup(scope, id, ocid);
  }

  public readonly resource: IdentityDynamicGroup;
  public readonly groupName: string;
  public readonly grantPrincipal: IPrincipal;

  constructor(scope: Construct, id: string, props: DynamicGroupProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    checkPattern(this, "name", props.name, /^[A-Za-z0-9._-]{1,90}$/, "must be 1-90 letters, digits, '.', '_' or '-'");
    if (typeof props.description !== "string" || !props.description.trim()) reject(this, "description", props.description, "a non-empty description is required by OCI");
    const rule = props.matchingRule instanceof MatchingRule ? props.matchingRule : undefined;
    const problem = rule ? rule.problem() : "must be MatchingRule.all(...) or MatchingRule.any(...)";
    if (problem) reject(this, "matchingRule", rule ? rule.render() : props.matchingRule, problem);
    this.groupName = env.uniqueName(props.name, props);
    this.resource = new IdentityDynamicGroup(this, "group", {
      provider: env.home,
      compartmentId: env.tenancyOcid,
      name: this.groupName,
      description: props.description,
      matchingRule: rule?.render() ?? "",
      freeformTags: env.tags(),
    });
    // Referencing the resource's name (not the literal) orders policies after the group.
    this.grantPrincipal = { subject: { kind: "dynamic-group", name: this.resource.name }, baseConditions: [], policyScope: this };
  }

  /** OCID of the dynamic group (read on demand). */
  public get dynamicGroupId(): string {
    return this.resource.id;
  }
}

/** A dynamic group created outside this app, known by OCID. */
class ImportedDynamicGroup extends Construct implements IDynamicGroup {
  public readonly dynamicGroupId: string;
  public readonly grantPrincipal: IPrincipal;

  constructor(scope: Construct, id: string, ocid: string) {
    super(scope, id);
    this.dynamicGroupId = checkOcid(this, "ocid", ocid, OCID_TYPES.dynamicGroup);
    // Statements are kept in this construct's stack, like those of an owned group.
    this.grantPrincipal = { subject: { kind: "dynamic-group", id: this.dynamicGroupId }, baseConditions: [], policyScope: this };
  }
}
