import { TerraformOutput } from "cdktf";
import { ApiGateway } from "..";
import { onlyResource, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";
import { PUBLIC_SUBNET } from "./fixtures";

const NSG = "ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaansg";
const CERT = "ocid1.certificate.oc1.eu-frankfurt-1.aaaaaaaacert";

describe("ApiGateway", () => {
  test("renders the gateway with the environment's compartment and tags", () => {
    const { stack } = testStack("pipeline-dev", { freeformTags: { team: "sms" } });
    const gw = new ApiGateway(stack, "gateway", { displayName: "sms-webhook", endpointType: "PUBLIC", subnetId: PUBLIC_SUBNET, networkSecurityGroupIds: [NSG], certificateId: CERT });
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
    new ApiGateway(stack, "internal", { endpointType: "PRIVATE", subnetId: PUBLIC_SUBNET, compartmentId: "ocid1.compartment.oc1..aaaaaaaaother" });
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
    [{ subnetId: "subnet-1" }, 'subnetId = "subnet-1" is not allowed: must be an OCID of the form ocid1.subnet.<realm>.<region>.<id>'],
    [{ subnetId: "ocid1.vcn.oc1.eu-frankfurt-1.aaaa" }, 'subnetId = "ocid1.vcn.oc1.eu-frankfurt-1.aaaa" is not allowed: must be an OCID of the form ocid1.subnet.'],
    [{ networkSecurityGroupIds: ["nsg"] }, 'networkSecurityGroupIds[0] = "nsg" is not allowed: must be an OCID of the form ocid1.networksecuritygroup.'],
    [{ networkSecurityGroupIds: [NSG, NSG] }, `networkSecurityGroupIds = "${NSG}" is not allowed: must not repeat a network security group`],
    [{ certificateId: "my-cert" }, 'certificateId = "my-cert" is not allowed: must be an OCID'],
    [{ displayName: "sms webhook" }, 'displayName = "sms webhook" is not allowed: must be 1-100 letters'],
    [{ compartmentId: "ocid1.vcn.oc1..x" }, 'compartmentId = "ocid1.vcn.oc1..x" is not allowed: must be a compartment or tenancy OCID'],
  ])("rejects %j", (override, message) => {
    const { stack } = testStack();
    expect(rejected(() => new ApiGateway(stack, "gw", { endpointType: "PUBLIC", subnetId: PUBLIC_SUBNET, ...(override as any) }))).toMatch(`pipeline-dev/gw: ${message}`);
  });
});
