import { IConstruct } from "constructs";
import { Grant, IGrantable } from "../iam";

/**
 * A function as other constructs use it: invoked by Events, Notifications and
 * API Gateway (each through {@link IFunction.grantInvoke}), and granted access
 * to other resources through its own identity (a dynamic group scoped to its
 * OCID), e.g. `secret.grantRead(fn)`.
 */
export interface IFunction extends IConstruct, IGrantable {
  /** OCID of the function (`${oci_functions_function.x.id}`). */
  readonly functionId: string;
  /** Compartment of the function's application. */
  readonly compartmentId: string;
  /** Lets `grantee` invoke this function: `use functions-family` in the function's compartment, with the grantee's conditions. */
  grantInvoke(grantee: IGrantable): Grant;
  /** Adds (or overrides) one configuration entry, e.g. a secret OCID; validated like the props. */
  addConfig(key: string, value: string): void;
}
