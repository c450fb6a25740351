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

  test("CIDR arithmetic", () => {
    expect(parseCidr("10.0.0.1/24")).toBeUndefined();
    expect(parseCidr("192.168.0.0/16")).toEqual({ base: 192 * 2 ** 24 + 168 * 2 ** 16, prefix: 16 });
    expect(cidrContains("10.0.0.0/16", "10.0.255.0/24")).toBe(true);
    expect(cidrContains("10.0.0.0/16", "10.1.0.0/24")).toBe(false);
    expect(cidrContains("10.0.0.0/24", "10.0.0.0/16")).toBe(false);
  });
});
