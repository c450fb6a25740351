/**
 * Test double: the smallest function an Events rule or a Notifications
 * subscription can target, so these tests do not depend on the functions
 * module's application/image setup. It shares `OciFunction`'s base class
 * (invoke grants, the Events binding, metrics), with a named dynamic group as
 * its principal, so no identity resource is created. One test per module uses
 * the real `OciFunction` to keep the two in step.
 */
import { Construct } from "constructs";
import { FunctionBase } from "../../functions/function-base";
import { IPrincipal, Principals } from "../../iam";

export const FAKE_FUNCTION_ID = "ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaafakefunction";
export const FUNCTION_COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaafunctions";

export class FakeFunction extends FunctionBase {
  public readonly functionId: string;
  public readonly compartmentId: string;
  public readonly config: Record<string, string> = {};
  private readonly principal: IPrincipal;

  /** `principal`: the name of the dynamic group it stands for (default `fake-fn`). */
  constructor(scope: Construct, id: string, props: { functionId?: string; compartmentId?: string; principal?: string } = {}) {
    super(scope, id);
    this.functionId = props.functionId ?? FAKE_FUNCTION_ID;
    this.compartmentId = props.compartmentId ?? FUNCTION_COMPARTMENT;
    this.principal = Principals.dynamicGroup(props.principal ?? "fake-fn").grantPrincipal;
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

  public addConfig(key: string, value: string): void {
    this.config[key] = value;
  }
}
