import { Construct } from "constructs";
import type { EventActionConfig, IEventRule } from "../../events/target";
import type { IFunction } from "../../functions/function-base";
import { Grant, IGrantable, IPrincipal, Principals } from "../../iam";

/**
 * Test double for `IFunction`: a function with a literal OCID in a chosen
 * compartment, granting invoke exactly as `OciFunction` does (through the
 * grant engine). It lets the API Gateway tests pick compartments freely and
 * keeps them independent of the functions constructs; the SMS-webhook and
 * README tests use the real `OciFunction`.
 */
export class FakeFunction extends Construct implements IFunction {
  public readonly functionId: string;
  public readonly config: Record<string, string> = {};
  public readonly grantPrincipal: IPrincipal;

  constructor(
    scope: Construct,
    id: string,
    public readonly compartmentId: string,
  ) {
    super(scope, id);
    this.functionId = `ocid1.fnfunc.oc1.eu-frankfurt-1.${id.replace(/[^a-z0-9]/g, "")}`;
    this.grantPrincipal = Principals.dynamicGroup(`fn-${id}`).grantPrincipal;
  }

  grantInvoke(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, verb: "use", resourceType: "functions-family", compartmentId: this.compartmentId, target: this });
  }

  bindAsEventRuleTarget(rule: IEventRule): EventActionConfig {
    this.grantInvoke(Principals.service("cloudEvents", rule));
    return { actionType: "FAAS", functionId: this.functionId };
  }

  addConfig(key: string, value: string): void {
    this.config[key] = value;
  }
}
