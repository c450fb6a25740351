import { FunctionApplication } from "..";
import { onlyResource, rejected, synthValid, testStack } from "../../testing";
import { Subnet } from "../../network";
import { ocirRegion } from "../image";

/** A function in an application of `region` (a realm-matching tenancy and subnet), with `image`. */
function deploy(image: string, region = "eu-frankfurt-1", realm = "oc1") {
  const t = testStack("pipeline-dev", { region, homeRegion: region, tenancyOcid: `ocid1.tenancy.${realm}..aaaaaaaatenancy`, compartmentOcid: `ocid1.compartment.${realm}..aaaaaaaacompartment` });
  const app = new FunctionApplication(t.stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(t.stack, "app-subnet", `ocid1.subnet.${realm}.${region}.aaaaaaaasubnet`)] });
  const errors = rejected(() => app.addFunction("fn", { displayName: "processor", image }));
  return { ...t, errors };
}

const at = (image: string) => `pipeline-dev/app/fn: image = "${image}" is not allowed: must be in OCIR of the application's region`;

describe("OCIR image hosts: region keys and identifiers from OCI's region table", () => {
  test.each([
    ["fra.ocir.io/frtenancy/processor:1.0", "eu-frankfurt-1"],
    ["eu-frankfurt-1.ocir.io/frtenancy/processor:1.0", "eu-frankfurt-1"],
    ["ocir.eu-frankfurt-1.oci.oraclecloud.com/frtenancy/processor:1.0", "eu-frankfurt-1"],
    ["iad.ocir.io/acme/processor:1.0", "us-ashburn-1"],
    ["ams.ocir.io/acme/processor:1.0", "eu-amsterdam-1"],
    ["yny.ocir.io/acme/processor:1.0", "ap-chuncheon-1"],
    // Outside OC1 only the long form exists, with the realm's domain.
    ["ocir.eu-frankfurt-2.oci.oraclecloud.eu/acme/processor:1.0", "eu-frankfurt-2"],
  ])("%s is accepted in %s and passes the offline validator", (image, region) => {
    const realm = region === "eu-frankfurt-2" ? "oc19" : "oc1";
    const { stack, errors } = deploy(image, region, realm);
    expect(errors).toBe("");
    expect(onlyResource(synthValid(stack), "oci_functions_function").image).toBe(image);
  });

  test.each([
    // The short form of another region (issue 12: iad.ocir.io in a Frankfurt application).
    ["iad.ocir.io/frtenancy/processor:1.0", "(fra.ocir.io) (OCI Functions pulls from the same region only); iad.ocir.io is us-ashburn-1"],
    ["us-ashburn-1.ocir.io/frtenancy/processor:1.0", "us-ashburn-1.ocir.io is us-ashburn-1"],
    ["ocir.us-ashburn-1.oci.oraclecloud.com/frtenancy/processor:1.0", "ocir.us-ashburn-1.oci.oraclecloud.com is us-ashburn-1"],
    // Unknown keys and regions.
    ["xyz.ocir.io/frtenancy/processor:1.0", "xyz is not an OCI region key or identifier"],
    ["eu-frankfurt-9.ocir.io/frtenancy/processor:1.0", "eu-frankfurt-9 is not an OCI region key or identifier"],
    ["ocir.eu-frankfurt-9.oci.oraclecloud.com/frtenancy/processor:1.0", "eu-frankfurt-9 is not an OCI region identifier"],
    // The right region under another realm's domain.
    ["ocir.eu-frankfurt-1.oci.oraclecloud.eu/frtenancy/processor:1.0", "OCIR of eu-frankfurt-1 is ocir.eu-frankfurt-1.oci.oraclecloud.com"],
  ])("%s is refused in eu-frankfurt-1", (image, why) => {
    const { errors } = deploy(image);
    expect(errors).toMatch(at(image));
    expect(errors).toMatch(why);
  });

  test("the short forms serve the OC1 realm only", () => {
    const image = "str.ocir.io/acme/processor:1.0";
    const { errors } = deploy(image, "eu-frankfurt-2", "oc19");
    expect(errors).toBe(`${at(image)} eu-frankfurt-2: str.ocir.io serves only the OC1 realm; eu-frankfurt-2 is in oc19: use ocir.eu-frankfurt-2.oci.oraclecloud.eu`);
  });

  test("hosts that are not OCIR stay a format error", () => {
    expect(ocirRegion("docker.io")).toBeUndefined();
    expect(ocirRegion("fra.ocir.io")).toEqual({ region: "eu-frankfurt-1" });
    expect(ocirRegion("FRA.ocir.io")).toBeUndefined();
    expect(deploy("ghcr.io/acme/processor:1.0").errors).toMatch('image = "ghcr.io/acme/processor:1.0" is not allowed: must be an OCIR image with a tag or a digest');
  });
});
