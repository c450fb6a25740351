import { ApiGateway } from "../../apigateway";
import { FunctionApplication } from "../../functions";
import { NetworkSecurityGroup, PipelineNetwork, Subnet } from "..";
import { onlyResource, rejected, resourcesOf, synthValid, testStack } from "../../testing";

const SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaalandingzoneprivate";
const PUBLIC = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaalandingzonepublic";
const NSG = "ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaafunctions";

describe("Subnet.fromOcid and NetworkSecurityGroup.fromOcid", () => {
  test("an application's subnets and NSGs, and a gateway's subnet and NSGs; nothing of the network is created", () => {
    const { stack } = testStack();
    const privateSubnet = Subnet.fromOcid(stack, "private", SUBNET);
    const nsg = NetworkSecurityGroup.fromOcid(stack, "functions-nsg", NSG);
    new FunctionApplication(stack, "app", { displayName: "pipeline", subnets: [privateSubnet], networkSecurityGroups: [nsg], invokeLogs: false });
    new ApiGateway(stack, "gateway", { endpointType: "PUBLIC", subnet: Subnet.fromOcid(stack, "public", PUBLIC), networkSecurityGroups: [nsg] });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_functions_application")).toMatchObject({ subnet_ids: [SUBNET], network_security_group_ids: [NSG] });
    expect(onlyResource(doc, "oci_apigateway_gateway")).toMatchObject({ subnet_id: PUBLIC, network_security_group_ids: [NSG] });
    expect(Object.keys(doc.resource).sort()).toEqual(["oci_apigateway_gateway", "oci_functions_application"]);
  });

  test("a PipelineNetwork's subnets are ISubnets referencing the generated subnets", () => {
    const { stack } = testStack();
    const net = new PipelineNetwork(stack, "net");
    new FunctionApplication(stack, "app", { displayName: "pipeline", subnets: [net.privateSubnet], invokeLogs: false });
    new ApiGateway(stack, "gateway", { endpointType: "PUBLIC", subnet: net.publicSubnet });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_functions_application").subnet_ids).toEqual(["${oci_core_subnet.net_private-subnet_DBCBC059.id}"]);
    expect(onlyResource(doc, "oci_apigateway_gateway").subnet_id).toBe("${oci_core_subnet.net_public-subnet_B56305D7.id}");
    expect(net.privateSubnet.node.path).toBe("pipeline-dev/net/private-subnet");
    expect(Object.keys(resourcesOf(doc, "oci_core_subnet")).sort()).toEqual(["net_private-subnet_DBCBC059", "net_public-subnet_B56305D7"]);
  });

  test.each<[string, () => unknown, string]>([
    ["a VCN OCID as subnet", () => Subnet.fromOcid(testStack().stack, "s", "ocid1.vcn.oc1.eu-frankfurt-1.aaaa"), 'pipeline-dev/s: ocid = "ocid1.vcn.oc1.eu-frankfurt-1.aaaa" is not allowed: must be an OCID of the form ocid1.subnet.<realm>.<region>.<id>'],
    ["a subnet name", () => Subnet.fromOcid(testStack().stack, "s", "private"), 'pipeline-dev/s: ocid = "private" is not allowed: must be an OCID of the form ocid1.subnet.'],
    ["a security list as NSG", () => NetworkSecurityGroup.fromOcid(testStack().stack, "n", "ocid1.securitylist.oc1.eu-frankfurt-1.aaaa"), 'pipeline-dev/n: ocid = "ocid1.securitylist.oc1.eu-frankfurt-1.aaaa" is not allowed: must be an OCID of the form ocid1.networksecuritygroup.<realm>.<region>.<id>'],
    ["a subnet of another region", () => Subnet.fromOcid(testStack().stack, "s", "ocid1.subnet.oc1.iad.aaaa"), 'pipeline-dev/s: ocid = "ocid1.subnet.oc1.iad.aaaa" is not allowed: must be in the environment\'s region eu-frankfurt-1 (this subnet is in us-ashburn-1)'],
    ["an NSG of another region", () => NetworkSecurityGroup.fromOcid(testStack().stack, "n", "ocid1.networksecuritygroup.oc1.us-ashburn-1.aaaa"), 'pipeline-dev/n: ocid = "ocid1.networksecuritygroup.oc1.us-ashburn-1.aaaa" is not allowed: must be in the environment\'s region eu-frankfurt-1 (this networksecuritygroup is in us-ashburn-1)'],
  ])("refuses %s", (_what, make, message) => {
    expect(rejected(make)).toMatch(message);
  });

  test("a refused import is reported once: the application and the gateway that use it do not repeat it", () => {
    const { stack } = testStack();
    const wrong = Subnet.fromOcid(stack, "private", "ocid1.vcn.oc1.eu-frankfurt-1.aaaa");
    const errors = rejected(() => {
      new FunctionApplication(stack, "app", { displayName: "pipeline", subnets: [wrong], invokeLogs: false });
      new ApiGateway(stack, "gateway", { endpointType: "PRIVATE", subnet: wrong });
    });
    expect(errors).toBe("");
    expect(() => synthValid(stack)).toThrow('pipeline-dev/private: ocid = "ocid1.vcn.oc1.eu-frankfurt-1.aaaa" is not allowed');
  });

  test("the region key form of a subnet OCID (older regions) is accepted for its region", () => {
    const { stack } = testStack();
    expect(rejected(() => Subnet.fromOcid(stack, "s", "ocid1.subnet.oc1.fra.aaaaaaaasubnet"))).toBe("");
  });
});
