import { Construct, Node } from "constructs";
import { CoreVcn } from "../../.gen/providers/oci/core-vcn";
import { CoreSubnet } from "../../.gen/providers/oci/core-subnet";
import { CoreInternetGateway } from "../../.gen/providers/oci/core-internet-gateway";
import { CoreNatGateway } from "../../.gen/providers/oci/core-nat-gateway";
import { CoreServiceGateway } from "../../.gen/providers/oci/core-service-gateway";
import { CoreRouteTable } from "../../.gen/providers/oci/core-route-table";
import { CoreSecurityList, CoreSecurityListEgressSecurityRules, CoreSecurityListIngressSecurityRules } from "../../.gen/providers/oci/core-security-list";
import { DataOciCoreServices } from "../../.gen/providers/oci/data-oci-core-services";
import { checkCompartmentOcid, checkPattern, reject, OciEnvironment } from "../core";
import { cidrContains, parseCidr } from "./cidr";
import { ISubnet } from "./subnet";

/** A subnet of a {@link PipelineNetwork}: usable wherever an {@link ISubnet} is taken, with its generated resource. */
export interface PipelineSubnet extends ISubnet {
  /** The generated `oci_core_subnet`. */
  readonly resource: CoreSubnet;
}

/** The {@link ISubnet} view of a generated subnet; errors name the subnet resource's path. */
class NetworkSubnet implements PipelineSubnet {
  constructor(public readonly resource: CoreSubnet) {}

  get node(): Node {
    return this.resource.node;
  }

  /** OCID of the subnet (read on demand). */
  get subnetId(): string {
    return this.resource.id;
  }
}

/** Prefix lengths OCI accepts for a VCN CIDR block. */
export const VCN_PREFIX = { min: 16, max: 30 } as const;

export interface PipelineNetworkProps {
  /** VCN CIDR block. Default `10.0.0.0/16`. */
  readonly cidrBlock?: string;
  /** Private subnet for the function application (no public IPs; egress through NAT and the service gateway). Default `10.0.1.0/24`. */
  readonly privateSubnetCidr?: string;
  /** Public subnet for the API gateway. Default `10.0.0.0/24`. */
  readonly publicSubnetCidr?: string;
  /** Sources allowed to reach the public subnet on TCP 443. Default `["0.0.0.0/0"]` (a public webhook); narrow it to provider IP ranges when they are known. */
  readonly httpsIngressSources?: readonly string[];
  /** DNS label of the VCN (1-15 letters/digits, starting with a letter). Default `pipeline`. */
  readonly dnsLabel?: string;
  /** Compartment; defaults to the environment's. */
  readonly compartmentId?: string;
}

/**
 * The network a pipeline needs: a VCN with a public subnet for the API gateway
 * and a private one for functions, an internet gateway, a NAT gateway (functions
 * calling integration endpoints), a service gateway (OCIR, Vault, Logging without
 * leaving Oracle's network), route tables and least-open security lists.
 */
export class PipelineNetwork extends Construct {
  public readonly vcn: CoreVcn;
  /** Public subnet (for a PUBLIC API gateway: `subnet: network.publicSubnet`). */
  public readonly publicSubnet: PipelineSubnet;
  /** Private subnet (for function applications: `subnets: [network.privateSubnet]`). */
  public readonly privateSubnet: PipelineSubnet;
  public readonly natGateway: CoreNatGateway;
  public readonly serviceGateway: CoreServiceGateway;
  public readonly internetGateway: CoreInternetGateway;

  constructor(scope: Construct, id: string, props: PipelineNetworkProps = {}) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    const compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid);
    const cidr = this.cidr("cidrBlock", props.cidrBlock ?? "10.0.0.0/16", "vcn");
    const publicCidr = this.cidr("publicSubnetCidr", props.publicSubnetCidr ?? "10.0.0.0/24", "subnet");
    const privateCidr = this.cidr("privateSubnetCidr", props.privateSubnetCidr ?? "10.0.1.0/24", "subnet");
    // Containment and overlap only between blocks that parse (a malformed one is reported once, above).
    const valid = (c: string) => parseCidr(c) !== undefined;
    for (const [field, sub] of [["publicSubnetCidr", publicCidr], ["privateSubnetCidr", privateCidr]] as const) {
      if (valid(cidr) && valid(sub) && !cidrContains(cidr, sub)) reject(this, field, sub, `must lie inside the VCN CIDR ${cidr}`);
    }
    if (valid(publicCidr) && valid(privateCidr) && (cidrContains(publicCidr, privateCidr) || cidrContains(privateCidr, publicCidr))) {
      reject(this, "privateSubnetCidr", privateCidr, `must not overlap the public subnet ${publicCidr}`);
    }
    const sources = props.httpsIngressSources ?? ["0.0.0.0/0"];
    if (!Array.isArray(sources)) reject(this, "httpsIngressSources", sources, "must be a list of CIDR blocks");
    const ingress = (Array.isArray(sources) ? sources : ["0.0.0.0/0"]).map((s, i) => this.cidr(`httpsIngressSources[${i}]`, s));
    if (!ingress.length) reject(this, "httpsIngressSources", [], "name at least one source CIDR (the gateway must be reachable)");
    const dnsLabel = checkPattern(this, "dnsLabel", props.dnsLabel ?? "pipeline", /^[a-zA-Z][a-zA-Z0-9]{0,14}$/, "must be 1-15 letters or digits, starting with a letter");
    const tags = env.tags();

    this.vcn = new CoreVcn(this, "vcn", { compartmentId, cidrBlocks: [cidr], displayName: env.uniqueName("pipeline-vcn"), dnsLabel, freeformTags: tags });
    const vcnId = this.vcn.id;
    this.internetGateway = new CoreInternetGateway(this, "internet-gateway", { compartmentId, vcnId, enabled: true, displayName: env.uniqueName("igw"), freeformTags: tags });
    this.natGateway = new CoreNatGateway(this, "nat-gateway", { compartmentId, vcnId, displayName: env.uniqueName("nat"), freeformTags: tags });
    const services = new DataOciCoreServices(this, "oracle-services", { filter: [{ name: "name", values: ["All .* Services In Oracle Services Network"], regex: true }] });
    const allServices = services.services.get(0);
    this.serviceGateway = new CoreServiceGateway(this, "service-gateway", { compartmentId, vcnId, services: [{ serviceId: allServices.id }], displayName: env.uniqueName("sgw"), freeformTags: tags });

    const publicRoutes = new CoreRouteTable(this, "public-routes", {
      compartmentId,
      vcnId,
      displayName: env.uniqueName("public-routes"),
      routeRules: [{ destination: "0.0.0.0/0", destinationType: "CIDR_BLOCK", networkEntityId: this.internetGateway.id }],
      freeformTags: tags,
    });
    const privateRoutes = new CoreRouteTable(this, "private-routes", {
      compartmentId,
      vcnId,
      displayName: env.uniqueName("private-routes"),
      routeRules: [
        { destination: "0.0.0.0/0", destinationType: "CIDR_BLOCK", networkEntityId: this.natGateway.id },
        { destination: allServices.cidrBlock, destinationType: "SERVICE_CIDR_BLOCK", networkEntityId: this.serviceGateway.id },
      ],
      freeformTags: tags,
    });

    const https = (source: string): CoreSecurityListIngressSecurityRules => ({ protocol: "6", source, sourceType: "CIDR_BLOCK", stateless: false, tcpOptions: { min: 443, max: 443 } });
    const httpsOut = (destination: string, destinationType = "CIDR_BLOCK"): CoreSecurityListEgressSecurityRules => ({ protocol: "6", destination, destinationType, stateless: false, tcpOptions: { min: 443, max: 443 } });
    // The gateway accepts HTTPS from the allowed sources and reaches functions only over HTTPS.
    const publicList = new CoreSecurityList(this, "public-security-list", {
      compartmentId,
      vcnId,
      displayName: env.uniqueName("public-sl"),
      ingressSecurityRules: ingress.map(https),
      egressSecurityRules: [httpsOut(privateCidr), httpsOut(allServices.cidrBlock, "SERVICE_CIDR_BLOCK")],
      freeformTags: tags,
    });
    // Functions take no inbound traffic from outside the VCN and call out over HTTPS only.
    const privateList = new CoreSecurityList(this, "private-security-list", {
      compartmentId,
      vcnId,
      displayName: env.uniqueName("private-sl"),
      ingressSecurityRules: [https(cidr)],
      egressSecurityRules: [httpsOut("0.0.0.0/0"), httpsOut(allServices.cidrBlock, "SERVICE_CIDR_BLOCK")],
      freeformTags: tags,
    });

    this.publicSubnet = new NetworkSubnet(new CoreSubnet(this, "public-subnet", {
      compartmentId,
      vcnId,
      cidrBlock: publicCidr,
      displayName: env.uniqueName("public"),
      dnsLabel: "pub",
      prohibitPublicIpOnVnic: false,
      routeTableId: publicRoutes.id,
      securityListIds: [publicList.id],
      freeformTags: tags,
    }));
    this.privateSubnet = new NetworkSubnet(new CoreSubnet(this, "private-subnet", {
      compartmentId,
      vcnId,
      cidrBlock: privateCidr,
      displayName: env.uniqueName("private"),
      dnsLabel: "priv",
      prohibitPublicIpOnVnic: true,
      routeTableId: privateRoutes.id,
      securityListIds: [privateList.id],
      freeformTags: tags,
    }));
  }

  /**
   * An IPv4 CIDR block; a VCN's from /16 to /30 and a subnet's at most /30,
   * the sizes OCI accepts (https://docs.oracle.com/en-us/iaas/Content/Network/Concepts/overview.htm).
   */
  private cidr(field: string, value: string, kind?: "vcn" | "subnet"): string {
    const parsed = parseCidr(value);
    if (!parsed) reject(this, field, value, "must be an IPv4 CIDR block such as 10.0.0.0/16");
    else if (kind === "vcn" && (parsed.prefix < VCN_PREFIX.min || parsed.prefix > VCN_PREFIX.max)) {
      reject(this, field, value, `OCI allows VCN CIDR blocks from /${VCN_PREFIX.min} to /${VCN_PREFIX.max} (e.g. 10.0.0.0/16, not 10.0.0.0/8)`);
    } else if (kind === "subnet" && parsed.prefix > VCN_PREFIX.max) {
      reject(this, field, value, `a subnet must be /${VCN_PREFIX.max} or larger (OCI reserves the first two addresses and the last one of every subnet)`);
    }
    return value;
  }
}
