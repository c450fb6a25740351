import { Construct } from "constructs";
import { FakeFunction as EventsFakeFunction } from "../../events/test/fake-function";

/**
 * Test double for `IFunction` (the Events tests' one): a function with a
 * literal OCID derived from its id, in a chosen compartment, standing for the
 * dynamic group `fn-<id>`. It lets the API Gateway tests pick compartments
 * freely and keeps them independent of applications and images; the
 * SMS-webhook and README tests use the real `OciFunction`.
 */
export class FakeFunction extends EventsFakeFunction {
  constructor(scope: Construct, id: string, compartmentId: string) {
    super(scope, id, { functionId: `ocid1.fnfunc.oc1.eu-frankfurt-1.${id.replace(/[^a-z0-9]/g, "")}`, compartmentId, principal: `fn-${id}` });
  }
}
