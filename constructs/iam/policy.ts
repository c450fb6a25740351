import { Construct } from "constructs";
import { IdentityPolicy } from "../../.gen/providers/oci/identity-policy";
import { addCheck, checkCompartmentOcid, checkPattern, checkRange, deferredList, EnvironmentPrefixOptions, reject, OciEnvironment, OciValidationError } from "../core";
import { PolicyStatement } from "./statement";

/** OCI's per-policy statement limit (documented for PCA; Oracle's landing-zone modules apply it everywhere). */
export const MAX_STATEMENTS_PER_POLICY = 50;

export interface PolicyProps extends EnvironmentPrefixOptions {
  /** Compartment the policy is attached to; statements may only reach it and its descendants. Defaults to the environment's compartment. */
  readonly compartmentId?: string;
  /** Policy name, treated as tenancy-unique; the environment prefix is added (`<env>-<name>`) unless {@link allowUnprefixedName}. Chunks beyond the first get `-2`, `-3`, ... */
  readonly name: string;
  /** What the policy is for (required by OCI). */
  readonly description: string;
  /** Initial statements; more can be added with {@link Policy.addStatements}. */
  readonly statements?: readonly PolicyStatement[];
  /** Split threshold; defaults to {@link MAX_STATEMENTS_PER_POLICY}. */
  readonly maxStatementsPerPolicy?: number;
}

/**
 * An IAM policy attached to one compartment. Statements are validated as they
 * are added, de-duplicated, and split over as many `oci_identity_policy`
 * resources as the statement limit requires. Created through the environment's
 * home-region provider, where OCI accepts IAM writes.
 */
export class Policy extends Construct {
  public readonly compartmentId: string;
  public readonly policyName: string;
  private readonly rendered: string[] = [];
  private readonly chunks: IdentityPolicy[] = [];
  private readonly max: number;
  private readonly description: string;

  constructor(scope: Construct, id: string, props: PolicyProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid);
    checkPattern(this, "name", props.name, /^[A-Za-z0-9._-]{1,90}$/, "must be 1-90 letters, digits, '.', '_' or '-'");
    this.policyName = env.uniqueName(props.name, props);
    if (typeof props.description !== "string" || !props.description.trim()) reject(this, "description", props.description, "a non-empty description is required by OCI");
    this.description = props.description;
    this.max = checkRange(this, "maxStatementsPerPolicy", props.maxStatementsPerPolicy ?? MAX_STATEMENTS_PER_POLICY, 1, MAX_STATEMENTS_PER_POLICY);
    this.addStatements(...(props.statements ?? []));
    addCheck(this, () => (this.rendered.length ? [] : [new OciValidationError(this.node.path, "statements", [], "a policy needs at least one statement")]));
  }

  /** Rendered statements, in insertion order, without duplicates. */
  get statements(): readonly string[] {
    return this.rendered;
  }

  /** The `oci_identity_policy` resources (one per chunk of statements). */
  get resources(): readonly IdentityPolicy[] {
    return this.chunks;
  }

  /** Validates and adds statements; a statement already present is skipped. */
  addStatements(...statements: PolicyStatement[]): void {
    for (const statement of statements) {
      const problems = statement.problems();
      if (problems.length) {
        const [field, value, allowed] = problems[0];
        reject(this, `statement.${field}`, value, `${allowed} (in: ${statement.render()})`);
        continue;
      }
      const text = statement.render();
      if (this.rendered.includes(text)) continue;
      this.rendered.push(text);
      if (this.rendered.length > this.chunks.length * this.max) this.addChunk(this.chunks.length);
    }
  }

  private addChunk(index: number): void {
    const env = OciEnvironment.of(this);
    const suffix = index === 0 ? "" : `-${index + 1}`;
    this.chunks.push(
      new IdentityPolicy(this, `policy${suffix}`, {
        provider: env.home,
        compartmentId: this.compartmentId,
        name: `${this.policyName}${suffix}`,
        description: this.description,
        statements: deferredList(() => this.rendered.slice(index * this.max, (index + 1) * this.max)),
        freeformTags: env.tags(),
      }),
    );
  }
}
