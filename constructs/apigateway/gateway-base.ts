import { Construct, IConstruct } from "constructs";
import { ApiDeployment, ApiDeploymentOptions } from "./deployment";

/**
 * An API gateway as deployments see it: an owned {@link ApiGateway} or one
 * imported with `ApiGateway.fromApiGatewayAttributes`. Deployments can be
 * added to either.
 */
export interface IApiGateway extends IConstruct {
  /** OCID of the gateway. */
  readonly gatewayId: string;
  /** Compartment of the gateway: invoke grants for function backends and authorizers name it. */
  readonly compartmentId: string;
  /** Adds a deployment (a path prefix with its routes and policies) to this gateway. */
  addDeployment(id: string, options: ApiDeploymentOptions): ApiDeployment;
}

/** What owned and imported gateways share: adding deployments. */
export abstract class ApiGatewayBase extends Construct implements IApiGateway {
  public abstract readonly gatewayId: string;
  public abstract readonly compartmentId: string;

  /** Adds a deployment (a path prefix with its routes and policies) to this gateway. */
  public addDeployment(id: string, options: ApiDeploymentOptions): ApiDeployment {
    return new ApiDeployment(this, id, { ...options, gateway: this });
  }
}
