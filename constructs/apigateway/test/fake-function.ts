import { Construct } from "constructs";
import { FunctionBase } from "../../functions/function-base";
import { IPrincipal, Principals } from "../../iam";

/**
 * Test double for `IFunction`: a function with a literal OCID in a chosen
 * compartment, granting invoke and handing out metrics exactly as
 * `OciFunction` does (it shares their base class), but with a named dynamic
 * group as its principal, so no identity resource is created. It lets the
 * API Gateway tests pick compartments freely and keeps them independent of
 * applications and images; the SMS-webhook and README tests use the real
 * `OciFunction`.
 */
export class FakeFunction extends FunctionBase {
  public readonly functionId: string;
  public readonly config: Record<string, string> = {};
  private readonly principal: IPrincipal;

  constructor(
    scope: Construct,
    id: string,
    public readonly compartmentId: string,
  ) {
    super(scope, id);
    this.functionId = `ocid1.fnfunc.oc1.eu-frankfurt-1.${id.replace(/[^a-z0-9]/g, "")}`;
    this.principal = Principals.dynamicGroup(`fn-${id}`).grantPrincipal;
  }

  public override get grantPrincipal(): IPrincipal {
    return this.principal;
  }

  protected get identityLabel(): string {
    return this.node.id;
  }

  protected identityDescription(): string {
    return `test double ${this.node.id}`;
  }

  addConfig(key: string, value: string): void {
    this.config[key] = value;
  }
}
