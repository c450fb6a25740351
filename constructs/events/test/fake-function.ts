/**
 * Test double: the smallest function an Events rule or a Notifications
 * subscription can target, so these tests do not depend on the functions
 * module's application/image setup. One test per module uses the real
 * `OciFunction` to keep the two in step.
 */
import { Construct } from "constructs";
import { EventActionConfig, IEventRule, IEventRuleTarget } from "../target";
import { IFunction } from "../../functions/function-base";
import { Grant, IGrantable, IPrincipal, Principals } from "../../iam";

export const FAKE_FUNCTION_ID = "ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaafakefunction";
export const FUNCTION_COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaafunctions";

export class FakeFunction extends Construct implements IFunction, IEventRuleTarget {
  public readonly functionId: string;
  public readonly compartmentId: string;
  public readonly grantPrincipal: IPrincipal = Principals.dynamicGroup("fake-fn").grantPrincipal;
  public readonly config: Record<string, string> = {};

  constructor(scope: Construct, id: string, props: { functionId?: string; compartmentId?: string } = {}) {
    super(scope, id);
    this.functionId = props.functionId ?? FAKE_FUNCTION_ID;
    this.compartmentId = props.compartmentId ?? FUNCTION_COMPARTMENT;
  }

  public grantInvoke(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, verb: "use", resourceType: "functions-family", compartmentId: this.compartmentId, target: this });
  }

  public bindAsEventRuleTarget(rule: IEventRule): EventActionConfig {
    this.grantInvoke(Principals.service("cloudEvents", rule));
    return { actionType: "FAAS", functionId: this.functionId };
  }

  public addConfig(key: string, value: string): void {
    this.config[key] = value;
  }
}
