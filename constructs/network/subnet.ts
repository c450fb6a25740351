import { Construct, IConstruct } from "constructs";
import { checkOcid, OciEnvironment, OCID_TYPES } from "../core";

/**
 * A subnet as function applications and API gateways use it: one of a
 * {@link PipelineNetwork} (`network.privateSubnet`, `network.publicSubnet`) or
 * one imported with {@link Subnet.fromOcid}.
 */
export interface ISubnet extends IConstruct {
  /** OCID of the subnet. */
  readonly subnetId: string;
}

/** Subnets that exist outside this app. (This library creates subnets only as part of a {@link PipelineNetwork}.) */
export class Subnet {
  /** An existing subnet, e.g. one of a landing zone's VCN, for `subnets` of an application or `subnet` of a gateway. Creates no resource. */
  public static fromOcid(scope: Construct, id: string, ocid: string): ISubnet {
    return new ImportedSubnet(scope, id, ocid);
  }

  private constructor() {}
}

/**
 * A network security group as function applications and API gateways use it,
 * imported with {@link NetworkSecurityGroup.fromOcid}.
 */
export interface INetworkSecurityGroup extends IConstruct {
  /** OCID of the network security group. */
  readonly networkSecurityGroupId: string;
}

/** Network security groups that exist outside this app (this library creates none). */
export class NetworkSecurityGroup {
  /** An existing network security group, for `networkSecurityGroups` of an application or a gateway. Creates no resource. */
  public static fromOcid(scope: Construct, id: string, ocid: string): INetworkSecurityGroup {
    return new ImportedNetworkSecurityGroup(scope, id, ocid);
  }

  private constructor() {}
}

class ImportedSubnet extends Construct implements ISubnet {
  public readonly subnetId: string;

  constructor(scope: Construct, id: string, ocid: string) {
    super(scope, id);
    // VNICs placed in the subnet (functions, gateways) are created in the environment's region: the subnet must be there.
    // Resources are regional: https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm
    this.subnetId = checkOcid(this, "ocid", ocid, OCID_TYPES.subnet, { region: OciEnvironment.of(this).region });
  }
}

class ImportedNetworkSecurityGroup extends Construct implements INetworkSecurityGroup {
  public readonly networkSecurityGroupId: string;

  constructor(scope: Construct, id: string, ocid: string) {
    super(scope, id);
    this.networkSecurityGroupId = checkOcid(this, "ocid", ocid, OCID_TYPES.networkSecurityGroup, { region: OciEnvironment.of(this).region });
  }
}
