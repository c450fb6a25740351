import { IConstruct } from "constructs";
import { TerraformStack, TerraformVariable } from "cdktf";
import { isToken, reject, sensitive } from "../core";

/**
 * A URL that carries a secret (a Slack webhook path, a PagerDuty integration
 * key, HTTP Basic credentials) and therefore never appears in code: it comes
 * from a sensitive Terraform variable (set at plan time, e.g. `TF_VAR_x` from
 * the CI secret store) or from another value only Terraform knows (a token,
 * e.g. a Vault secret bundle read by a data source).
 *
 * Note: `oci_ons_subscription.endpoint` is not marked sensitive by the
 * provider, so the value is kept in Terraform state: use an encrypted backend.
 */
export class SecretUrl {
  /**
   * The value of a Terraform variable declared `sensitive: true` (type string
   * or unset, no default: a default would be the secret written in code). The
   * variable must belong to the subscription's stack.
   */
  public static fromSensitiveVariable(variable: TerraformVariable): SecretUrl {
    return new SecretUrl(variable.stringValue, variable);
  }

  /** Any other value known only to Terraform (a token); literal strings are refused. */
  public static fromToken(value: string): SecretUrl {
    return new SecretUrl(value);
  }

  private constructor(
    /** The endpoint expression (a token). */
    public readonly value: string,
    /** The variable it comes from, if any. */
    public readonly variable?: TerraformVariable,
  ) {}

  /** A stable name for construct ids: the variable's id (tokens have none). */
  public get stableName(): string | undefined {
    return this.variable?.node.id;
  }

  /** Checks the source for `scope` (named in errors) and returns the endpoint expression. */
  public resolveFor(scope: IConstruct, field: string): string {
    const v = this.variable;
    if (v) {
      if (v.sensitive !== true) reject(scope, field, v.node.path, "the variable must be declared with sensitive: true so Terraform redacts it in plans and logs");
      if (v.default !== undefined) reject(scope, field, v.node.path, "the variable must have no default: a default is a secret value written in code");
      if (v.type !== undefined && v.type !== "string") reject(scope, field, v.node.path, `the variable must be of type string (it is ${v.type})`);
      if (TerraformStack.of(v) !== TerraformStack.of(scope)) {
        reject(scope, field, v.node.path, `the variable must be declared in stack ${TerraformStack.of(scope).node.id} (Terraform variables are per stack)`);
      }
    } else if (!isToken(this.value)) {
      reject(scope, field, sensitive(this.value), "SecretUrl.fromToken takes a value only Terraform knows (a token); use SecretUrl.fromSensitiveVariable for a secret set at plan time");
    }
    return this.value;
  }
}
