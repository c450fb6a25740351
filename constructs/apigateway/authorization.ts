import { ApigatewayDeploymentSpecificationRoutesRequestPoliciesAuthorization } from "../../.gen/providers/oci/apigateway-deployment";

/**
 * Who may call a route once the deployment has authenticated the request
 * (`request_policies.authorization`): any authenticated caller (the default),
 * callers holding one of some scopes, or, through the explicit
 * {@link Authorization.anonymous}, anyone.
 */
export class Authorization {
  /** Any authenticated caller (`AUTHENTICATION_ONLY`); the default. */
  static authenticationOnly(): Authorization {
    return new Authorization("AUTHENTICATION_ONLY", []);
  }

  /** Callers whose token or authorizer result carries at least one of `scopes` (`ANY_OF`). */
  static anyOf(...scopes: string[]): Authorization {
    return new Authorization("ANY_OF", scopes);
  }

  /**
   * Anyone, authenticated or not (`ANONYMOUS`). Visible opt-in: it also needs
   * `allowAnonymousRoutes: true` on the deployment, which sets the
   * authentication policy's `is_anonymous_access_allowed`.
   */
  static anonymous(): Authorization {
    return new Authorization("ANONYMOUS", []);
  }

  private constructor(
    public readonly type: "AUTHENTICATION_ONLY" | "ANY_OF" | "ANONYMOUS",
    public readonly scopes: readonly string[],
  ) {}

  /** Why the authorization is malformed, or undefined. */
  problem(): [unknown, string] | undefined {
    if (this.type !== "ANY_OF") return undefined;
    if (!this.scopes.length) return [[], "ANY_OF needs at least one scope"];
    const bad = this.scopes.find((s) => typeof s !== "string" || !/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(s));
    if (bad !== undefined) return [bad, "scopes are printable ASCII without spaces, quotes or backslashes (RFC 6749)"];
    if (new Set(this.scopes).size !== this.scopes.length) return [this.scopes, "must not repeat a scope"];
    return undefined;
  }

  render(): ApigatewayDeploymentSpecificationRoutesRequestPoliciesAuthorization {
    return this.type === "ANY_OF" ? { type: "ANY_OF", allowedScope: [...this.scopes] } : { type: this.type };
  }
}
