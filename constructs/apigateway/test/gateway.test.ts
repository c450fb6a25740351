import { TerraformOutput } from "cdktf";
import { ApiGateway } from "..";
import { NetworkSecurityGroup, Subnet } from "../../network";
import { onlyResource, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";
import { PUBLIC_SUBNET } from "./fixtures";

const NSG = "ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaansg";
const CERT = "ocid1.certificate.oc1.eu-frankfurt-1.aaaaaaaacert";

describe("ApiGateway", () => {
  test("renders the gateway with the environment's compartment and tags", () => {
    const { stack } = testStack("pipeline-dev", { freeformTags: { team: "sms" } });
    const gw = new ApiGateway(stack, "gateway", {
      displayName: "sms-webhook",
      endpointType: "PUBLIC",
      subnet: Subnet.fromOcid(stack, "public", PUBLIC_SUBNET),
      networkSecurityGroups: [NetworkSecurityGroup.fromOcid(stack, "nsg", NSG)],
      certificateId: CERT,
    });
    new TerraformOutput(stack, "id", { value: gw.gatewayId });
    new TerraformOutput(stack, "host", { value: gw.hostname });
    const doc = synthValid(stack);
    expect(resourcesOf(doc, "oci_apigateway_gateway")).toEqual({
      gateway_4F29084A: {
        compartment_id: TEST_COMPARTMENT,
        display_name: "sms-webhook",
        endpoint_type: "PUBLIC",
        subnet_id: PUBLIC_SUBNET,
        network_security_group_ids: [NSG],
        certificate_id: CERT,
        freeform_tags: { team: "sms" },
      },
    });
    expect(doc.output.id.value).toBe("${oci_apigateway_gateway.gateway_4F29084A.id}");
    expect(doc.output.host.value).toBe("${oci_apigateway_gateway.gateway_4F29084A.hostname}");
  });

  test("PRIVATE, default display name and a given compartment", () => {
    const { stack } = testStack();
    new ApiGateway(stack, "internal", { endpointType: "PRIVATE", subnet: Subnet.fromOcid(stack, "subnet", PUBLIC_SUBNET), compartmentId: "ocid1.compartment.oc1..aaaaaaaaother" });
    expect(onlyResource(synthValid(stack), "oci_apigateway_gateway")).toEqual({
      compartment_id: "ocid1.compartment.oc1..aaaaaaaaother",
      display_name: "internal",
      endpoint_type: "PRIVATE",
      subnet_id: PUBLIC_SUBNET,
      freeform_tags: {},
    });
  });

  test.each([
    [{ endpointType: undefined }, 'endpointType = (not set) is not allowed: must be set explicitly to PUBLIC or PRIVATE'],
    [{ endpointType: "INTERNAL" }, 'endpointType = "INTERNAL" is not allowed: must be one of PUBLIC, PRIVATE'],
    [{ subnet: undefined }, "subnet = (not set) is not allowed: must be the subnet the gateway runs in (a network's subnet, or Subnet.fromOcid)"],
    [{ subnet: { subnetId: "ocid1.vcn.oc1.eu-frankfurt-1.aaaa" } }, 'subnet.subnetId = "ocid1.vcn.oc1.eu-frankfurt-1.aaaa" is not allowed: must be an OCID of the form ocid1.subnet.'],
    [{ networkSecurityGroups: [{ networkSecurityGroupId: "nsg" }] }, 'networkSecurityGroups[0].networkSecurityGroupId = "nsg" is not allowed: must be an OCID of the form ocid1.networksecuritygroup.'],
    [{ networkSecurityGroups: [{ networkSecurityGroupId: NSG }, { networkSecurityGroupId: NSG }] }, `networkSecurityGroups = "${NSG}" is not allowed: must not repeat a network security group`],
    [{ subnet: PUBLIC_SUBNET }, `subnet = "${PUBLIC_SUBNET}" is not allowed: must be the subnet the gateway runs in (a network's subnet, or Subnet.fromOcid)`],
    [{ subnet: { subnetId: "ocid1.subnet.oc1.iad.aaaa" } }, `subnet.subnetId = "ocid1.subnet.oc1.iad.aaaa" is not allowed: must be in the gateway's region eu-frankfurt-1 (this subnet is in us-ashburn-1)`],
    [{ certificateId: "my-cert" }, 'certificateId = "my-cert" is not allowed: must be an OCID'],
    [{ displayName: "sms webhook" }, 'displayName = "sms webhook" is not allowed: must be 1-100 letters'],
    [{ compartmentId: "ocid1.vcn.oc1..x" }, 'compartmentId = "ocid1.vcn.oc1..x" is not allowed: must be a compartment or tenancy OCID'],
  ])("rejects %j", (override, message) => {
    const { stack } = testStack();
    expect(rejected(() => new ApiGateway(stack, "gw", { endpointType: "PUBLIC", subnet: Subnet.fromOcid(stack, "subnet", PUBLIC_SUBNET), ...(override as any) }))).toMatch(`pipeline-dev/gw: ${message}`);
  });
});
