import { createHash } from "node:crypto";
import { Construct, IConstruct } from "constructs";
import { TerraformStack, Token } from "cdktf";
import { OciEnvironment } from "../core";
import { Condition } from "./condition";
import { Policy } from "./policy";
import { IGrantable } from "./principals";
import { ResourceType, Verb } from "./resource-types";
import { PolicyStatement } from "./statement";

export interface GrantProps {
  /** Who gets access. */
  readonly grantee: IGrantable;
  /** The narrowest verb that does the job. */
  readonly verb: Verb;
  /** The narrowest resource type that does the job. */
  readonly resourceType: ResourceType;
  /** Compartment of the target resource: the statement's location and the compartment its policy is attached to. */
  readonly compartmentId: string;
  /** Target conditions, e.g. target.secret.id = '<ocid>'; added to the principal's own conditions. */
  readonly conditions?: readonly Condition[];
  /** The construct granted on; its stack keeps the statement when the principal has no owning construct. */
  readonly target: IConstruct;
}

/**
 * The grant engine. A grant becomes one least-privilege statement in the
 * policy that the consumer's stack keeps for the target's compartment: one
 * policy per (stack, compartment), de-duplicated and split at the statement
 * limit by {@link Policy}. Nobody writes policy text for an integration.
 */
export class Grant {
  static addToPrincipal(props: GrantProps): Grant {
    const principal = props.grantee.grantPrincipal;
    const owner = principal.policyScope ?? props.target;
    const conditions = [...principal.baseConditions, ...(props.conditions ?? [])];
    const statement = new PolicyStatement({
      subject: principal.subject,
      verb: props.verb,
      resourceType: props.resourceType,
      location: { kind: "compartment", compartmentId: props.compartmentId },
      conditions: conditions.length ? conditions : undefined,
    });
    const policy = GrantPolicies.of(owner).forCompartment(props.compartmentId);
    policy.addStatements(statement);
    return new Grant(statement, policy);
  }

  private constructor(
    public readonly statement: PolicyStatement,
    public readonly policy: Policy,
  ) {}

  /** The statement as it appears in the policy. */
  get text(): string {
    return this.statement.render();
  }
}

/** The grant policies of one stack, one per target compartment. */
export class GrantPolicies extends Construct {
  static of(scope: IConstruct): GrantPolicies {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild(GrantPolicies.ID);
    return existing instanceof GrantPolicies ? existing : new GrantPolicies(stack, GrantPolicies.ID);
  }

  private static readonly ID = "grants";
  private readonly tokenIds = new Map<string, string>();

  forCompartment(compartmentId: string): Policy {
    const stack = TerraformStack.of(this);
    // A literal OCID hashes to the same id on every run, so the policy's
    // Terraform address is stable. A compartment known only to Terraform (a
    // token) is numbered in order of first use, which is stable for a given app.
    let id = this.tokenIds.get(compartmentId);
    if (!id) {
      id = Token.isUnresolved(compartmentId) ? `compartment-ref${this.tokenIds.size + 1}` : `compartment-${createHash("sha256").update(compartmentId).digest("hex").slice(0, 8)}`;
      if (Token.isUnresolved(compartmentId)) this.tokenIds.set(compartmentId, id);
    }
    const existing = this.node.tryFindChild(id);
    if (existing instanceof Policy) return existing;
    const env = OciEnvironment.of(this);
    const stackBase = stack.node.id.endsWith(`-${env.name}`) ? stack.node.id.slice(0, -env.name.length - 1) : stack.node.id;
    return new Policy(this, id, {
      compartmentId,
      name: `${stackBase}-grants-${id.slice("compartment-".length)}`,
      description: `Least-privilege grants generated for stack ${stack.node.id}`,
    });
  }
}
