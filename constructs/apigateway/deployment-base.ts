import { Construct, IConstruct } from "constructs";

/**
 * An API deployment as other constructs see it: an owned
 * {@link ApiDeployment} or one imported with
 * `ApiDeployment.fromApiDeploymentAttributes`, e.g. as the `resourceId` of
 * its access and execution logs (`ServiceLog`).
 */
export interface IApiDeployment extends IConstruct {
  /** OCID of the deployment. */
  readonly deploymentId: string;
  /** Compartment of the deployment. */
  readonly compartmentId: string;
}

/**
 * The common base of owned and imported deployments: the place for what both
 * offer, such as gateway metrics (namespace `oci_apigateway`) of the deployment.
 */
export abstract class ApiDeploymentBase extends Construct implements IApiDeployment {
  public abstract readonly deploymentId: string;
  public abstract readonly compartmentId: string;
}
