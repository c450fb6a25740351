import { Construct } from "constructs";
import { ApigatewayGateway } from "../../.gen/providers/oci/apigateway-gateway";
import { checkCompartmentOcid, checkOcid, checkOcids, checkOneOf, checkPattern, reject, OciEnvironment, OCID_TYPES } from "../core";
import { ApiDeployment, ApiDeploymentOptions } from "./deployment";

/** Where the gateway listens: on the internet (`PUBLIC`) or only inside the VCN (`PRIVATE`). */
export const ENDPOINT_TYPES = ["PUBLIC", "PRIVATE"] as const;
export type EndpointType = (typeof ENDPOINT_TYPES)[number];

/** Gateway display names (also used to name its deployments' logs). */
export const GATEWAY_NAME = /^[A-Za-z0-9._-]{1,100}$/;

export interface ApiGatewayProps {
  /** Display name: 1-100 letters, digits, '.', '_' or '-'. Default: the construct id. */
  readonly displayName?: string;
  /** Compartment of the gateway; defaults to the environment's. Invoke grants for function backends name it. */
  readonly compartmentId?: string;
  /**
   * `PUBLIC` (reachable from the internet, e.g. for a webhook) or `PRIVATE`
   * (reachable only inside the VCN). Required: there is no default, because
   * the safe choice (PRIVATE) breaks webhooks and the convenient one (PUBLIC)
   * exposes the API. Changing it replaces the gateway.
   */
  readonly endpointType: EndpointType;
  /** OCID of the subnet the gateway runs in (a public subnet for `PUBLIC`). Changing it replaces the gateway. */
  readonly subnetId: string;
  /** Network security groups of the gateway's VNIC. Default none. */
  readonly networkSecurityGroupIds?: readonly string[];
  /** OCID of the TLS certificate for a custom domain name. Default: the OCI-provided hostname and certificate. */
  readonly certificateId?: string;
}

/**
 * An OCI API gateway (`oci_apigateway_gateway`): the endpoint that serves
 * {@link ApiDeployment}s. It holds no routes itself; add deployments with
 * {@link ApiGateway.addDeployment} or `new ApiDeployment(scope, id, { gateway, ... })`.
 */
export class ApiGateway extends Construct {
  public readonly resource: ApigatewayGateway;
  /** OCID of the gateway. */
  public readonly gatewayId: string;
  /** Hostname OCI assigns (`<id>.apigateway.<region>.oci.customer-oci.com`). */
  public readonly hostname: string;
  public readonly compartmentId: string;
  public readonly endpointType: EndpointType;
  public readonly displayName: string;

  constructor(scope: Construct, id: string, props: ApiGatewayProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    this.displayName = checkPattern(this, "displayName", props.displayName ?? id, GATEWAY_NAME, "must be 1-100 letters, digits, '.', '_' or '-'");
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid);
    if (props.endpointType === undefined) reject(this, "endpointType", undefined, "must be set explicitly to PUBLIC or PRIVATE");
    this.endpointType = props.endpointType === undefined ? "PRIVATE" : checkOneOf(this, "endpointType", props.endpointType, ENDPOINT_TYPES);
    // The gateway's VNIC lives in the subnet, so the subnet and its NSGs must be in the gateway's region.
    const inRegion = { region: env.region, regionOwner: "the gateway's region" };
    checkOcid(this, "subnetId", props.subnetId, OCID_TYPES.subnet, inRegion);
    const nsgs = checkOcids(this, "networkSecurityGroupIds", props.networkSecurityGroupIds, OCID_TYPES.networkSecurityGroup, inRegion);
    const repeated = nsgs.find((nsg, i) => nsgs.indexOf(nsg) !== i);
    if (repeated !== undefined) reject(this, "networkSecurityGroupIds", repeated, "must not repeat a network security group");
    if (props.certificateId !== undefined) checkOcid(this, "certificateId", props.certificateId, OCID_TYPES.gatewayCertificate, { region: env.region, regionOwner: "the gateway's region" });

    this.resource = new ApigatewayGateway(this, "gateway", {
      compartmentId: this.compartmentId,
      displayName: this.displayName,
      endpointType: this.endpointType,
      subnetId: props.subnetId,
      networkSecurityGroupIds: nsgs.length ? [...nsgs] : undefined,
      certificateId: props.certificateId,
      freeformTags: env.tags(),
    });
    this.gatewayId = this.resource.id;
    this.hostname = this.resource.hostname;
  }

  /** Adds a deployment (a path prefix with its routes and policies) to this gateway. */
  public addDeployment(id: string, options: ApiDeploymentOptions): ApiDeployment {
    return new ApiDeployment(this, id, { ...options, gateway: this });
  }
}
