import { Construct } from "constructs";
import { ApigatewayGateway } from "../../.gen/providers/oci/apigateway-gateway";
import { checkCompartmentOcid, checkOcid, checkOneOf, checkPattern, checkReference, checkReferences, reject, OciEnvironment, OCID_TYPES } from "../core";
import type { INetworkSecurityGroup, ISubnet } from "../network";
import { ApiGatewayBase, IApiGateway } from "./gateway-base";

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
  /** The subnet the gateway runs in (a public subnet for `PUBLIC`), e.g. `network.publicSubnet` or `Subnet.fromOcid(...)`. Changing it replaces the gateway. */
  readonly subnet: ISubnet;
  /** Network security groups of the gateway's VNIC (`NetworkSecurityGroup.fromOcid(...)`). Default none. */
  readonly networkSecurityGroups?: readonly INetworkSecurityGroup[];
  /** OCID of the TLS certificate for a custom domain name. Default: the OCI-provided hostname and certificate. */
  readonly certificateId?: string;
}

/** What {@link ApiGateway.fromApiGatewayAttributes} needs to know about an existing gateway. */
export interface ApiGatewayAttributes {
  /** OCID of the gateway (`ocid1.apigateway.<realm>.<region>.<id>`). */
  readonly gatewayId: string;
  /** Compartment of the gateway: invoke grants for function backends and authorizers are narrowed to it. */
  readonly compartmentId: string;
}

/**
 * An OCI API gateway (`oci_apigateway_gateway`): the endpoint that serves
 * {@link ApiDeployment}s. It holds no routes itself; add deployments with
 * {@link ApiGateway.addDeployment} or `new ApiDeployment(scope, id, { gateway, ... })`.
 */
export class ApiGateway extends ApiGatewayBase {
  /**
   * A gateway that exists outside this app (e.g. a platform team's shared
   * gateway): add deployments to it as to an owned one. Creates no resource.
   * Path prefixes are checked for uniqueness only among the deployments of
   * this app.
   */
  public static fromApiGatewayAttributes(scope: Construct, id: string, attributes: ApiGatewayAttributes): IApiGateway {
    return new ImportedApiGateway(scope, id, attributes);
  }

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
    const subnetId = checkReference(this, "subnet", props.subnet, "subnetId", OCID_TYPES.subnet, "must be the subnet the gateway runs in (a network's subnet, or Subnet.fromOcid)", inRegion) ?? "";
    const nsgs = checkReferences(this, "networkSecurityGroups", props.networkSecurityGroups, "networkSecurityGroupId", OCID_TYPES.networkSecurityGroup, "must be network security groups (NetworkSecurityGroup.fromOcid)", inRegion);
    const repeated = nsgs.find((nsg, i) => nsgs.indexOf(nsg) !== i);
    if (repeated !== undefined) reject(this, "networkSecurityGroups", repeated, "must not repeat a network security group");
    if (props.certificateId !== undefined) checkOcid(this, "certificateId", props.certificateId, OCID_TYPES.gatewayCertificate, inRegion);

    this.resource = new ApigatewayGateway(this, "gateway", {
      compartmentId: this.compartmentId,
      displayName: this.displayName,
      endpointType: this.endpointType,
      subnetId,
      networkSecurityGroupIds: nsgs.length ? [...nsgs] : undefined,
      certificateId: props.certificateId,
      freeformTags: env.tags(),
    });
    this.gatewayId = this.resource.id;
    this.hostname = this.resource.hostname;
  }
}

/** A gateway created outside this app, known by OCID. */
class ImportedApiGateway extends ApiGatewayBase {
  public readonly gatewayId: string;
  public readonly compartmentId: string;

  constructor(scope: Construct, id: string, attributes: ApiGatewayAttributes) {
    super(scope, id);
    // Deployments added to it are created through the environment's region: the gateway must be there.
    // Resources are regional: https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm
    this.gatewayId = checkOcid(this, "gatewayId", attributes.gatewayId, OCID_TYPES.apiGateway, { region: OciEnvironment.of(this).region });
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", attributes.compartmentId);
  }
}
