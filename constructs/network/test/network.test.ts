import { cidrContains, parseCidr, PipelineNetwork } from "..";
import { onlyResource, rejected, resourcesOf, synthValid, testStack } from "../../testing";

describe("PipelineNetwork", () => {
  test("public and private subnets, three gateways, route tables and HTTPS-only security lists", () => {
    const { stack } = testStack();
    new PipelineNetwork(stack, "net", { httpsIngressSources: ["203.0.113.0/24"] });
    const doc = synthValid(stack);
    expect(Object.keys(resourcesOf(doc, "oci_core_subnet")).sort()).toEqual(["net_private-subnet_DBCBC059", "net_public-subnet_B56305D7"].sort());
    const subnets = Object.values(resourcesOf(doc, "oci_core_subnet"));
    expect(subnets.map((s: any) => [s.cidr_block, s.prohibit_public_ip_on_vnic]).sort()).toEqual([["10.0.0.0/24", false], ["10.0.1.0/24", true]]);
    const lists = Object.values(resourcesOf(doc, "oci_core_security_list")) as any[];
    const pub = lists.find((l) => l.display_name === "dev-public-sl");
    expect(pub.ingress_security_rules).toEqual([{ protocol: "6", source: "203.0.113.0/24", source_type: "CIDR_BLOCK", stateless: false, tcp_options: { max: 443, min: 443 } }]);
    const priv = lists.find((l) => l.display_name === "dev-private-sl");
    expect(priv.ingress_security_rules.map((r: any) => r.source)).toEqual(["10.0.0.0/16"]);
    expect(priv.egress_security_rules.every((r: any) => r.tcp_options.min === 443 && r.tcp_options.max === 443)).toBe(true);
    const routes = Object.values(resourcesOf(doc, "oci_core_route_table")) as any[];
    expect(routes.find((r) => r.display_name === "dev-private-routes").route_rules.map((r: any) => r.destination_type)).toEqual(["CIDR_BLOCK", "SERVICE_CIDR_BLOCK"]);
    expect(onlyResource(doc, "oci_core_service_gateway").services).toHaveLength(1);
    expect(onlyResource(doc, "oci_core_nat_gateway").display_name).toBe("dev-nat");
  });

  test.each([
    [{ cidrBlock: "10.0.0.0/33" }, 'cidrBlock = "10.0.0.0/33" is not allowed: must be an IPv4 CIDR block'],
    [{ privateSubnetCidr: "10.1.1.0/24" }, 'privateSubnetCidr = "10.1.1.0/24" is not allowed: must lie inside the VCN CIDR 10.0.0.0/16'],
    [{ privateSubnetCidr: "10.0.0.0/25" }, "privateSubnetCidr = \"10.0.0.0/25\" is not allowed: must not overlap the public subnet 10.0.0.0/24"],
    [{ httpsIngressSources: ["0.0.0.0"] }, 'httpsIngressSources[0] = "0.0.0.0" is not allowed'],
    [{ httpsIngressSources: [] }, "httpsIngressSources = [] is not allowed: name at least one source CIDR"],
    [{ dnsLabel: "9lives" }, 'dnsLabel = "9lives" is not allowed'],
  ])("rejects %j", (props, message) => {
    expect(rejected(() => new PipelineNetwork(testStack().stack, "net", props))).toMatch(`pipeline-dev/net: ${message}`);
  });

  test("VCN CIDR sizes: /16 to /30, as OCI allows; subnets /30 or larger", () => {
    const net = (props: object) => {
      const { stack } = testStack();
      return { stack, errors: rejected(() => new PipelineNetwork(stack, "net", props)) };
    };
    const vcnRule = (cidr: string) => `pipeline-dev/net: cidrBlock = "${cidr}" is not allowed: OCI allows VCN CIDR blocks from /16 to /30 (e.g. 10.0.0.0/16, not 10.0.0.0/8)`;
    for (const cidr of ["10.0.0.0/15", "10.0.0.0/8", "0.0.0.0/0"]) expect(net({ cidrBlock: cidr }).errors).toMatch(vcnRule(cidr));
    for (const cidr of ["10.0.0.0/31", "10.0.0.0/32"]) expect(net({ cidrBlock: cidr, publicSubnetCidr: cidr, privateSubnetCidr: cidr }).errors).toMatch(vcnRule(cidr));
    // The smallest VCN OCI takes is /30; it has room for one /30 subnet only, so here the overlap is the one error.
    expect(net({ cidrBlock: "10.0.0.0/30", publicSubnetCidr: "10.0.0.0/30", privateSubnetCidr: "10.0.0.0/30" }).errors).toBe(
      'pipeline-dev/net: privateSubnetCidr = "10.0.0.0/30" is not allowed: must not overlap the public subnet 10.0.0.0/30',
    );
    expect(net({ cidrBlock: "10.0.0.0/29", publicSubnetCidr: "10.0.0.0/30", privateSubnetCidr: "10.0.0.4/31" }).errors).toBe(
      'pipeline-dev/net: privateSubnetCidr = "10.0.0.4/31" is not allowed: a subnet must be /30 or larger (OCI reserves the first two addresses and the last one of every subnet)',
    );
    // Both boundaries accepted, and valid against the schema: a /16 VCN (the default) and /30 subnets in a /29.
    for (const props of [{ cidrBlock: "172.16.0.0/16", publicSubnetCidr: "172.16.0.0/24", privateSubnetCidr: "172.16.1.0/24" }, { cidrBlock: "10.0.0.0/29", publicSubnetCidr: "10.0.0.0/30", privateSubnetCidr: "10.0.0.4/30" }]) {
      const { stack, errors } = net(props);
      expect(errors).toBe("");
      expect(onlyResource(synthValid(stack), "oci_core_vcn").cidr_blocks).toEqual([props.cidrBlock]);
    }
  });

  test("a malformed block is reported once (no follow-up containment errors)", () => {
    expect(rejected(() => new PipelineNetwork(testStack().stack, "net", { cidrBlock: "10.0.0/16" }))).toBe('pipeline-dev/net: cidrBlock = "10.0.0/16" is not allowed: must be an IPv4 CIDR block such as 10.0.0.0/16');
  });

  test("CIDR arithmetic", () => {
    expect(parseCidr("10.0.0.1/24")).toBeUndefined();
    expect(parseCidr("192.168.0.0/16")).toEqual({ base: 192 * 2 ** 24 + 168 * 2 ** 16, prefix: 16 });
    expect(cidrContains("10.0.0.0/16", "10.0.255.0/24")).toBe(true);
    expect(cidrContains("10.0.0.0/16", "10.1.0.0/24")).toBe(false);
    expect(cidrContains("10.0.0.0/24", "10.0.0.0/16")).toBe(false);
  });
});
