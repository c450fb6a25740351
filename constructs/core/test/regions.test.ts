import { Region } from "oci-common/lib/region";
import { isKnownRegion, OCI_REALM_DOMAINS, OCI_REGIONS, realmOf, regionKey, regionOfKey, regionOfSegment } from "..";
import { Bucket } from "../../objectstorage";
import { onlyResource, rejected, synthValid, testStack } from "../../testing";

describe("the region table", () => {
  test("has every region of the OCI SDK this project pins, with the same key and realm", () => {
    // Regions the SDK registers from a developer-tool configuration file are not OCI's published ones.
    const sdk = Region.values().filter((r) => !(r as unknown as { isDeveloperToolConfigurationRegion?: boolean }).isDeveloperToolConfigurationRegion);
    expect(sdk.length).toBeGreaterThan(80);
    for (const r of sdk) {
      expect({ region: r.regionId, entry: OCI_REGIONS[r.regionId] }).toEqual({ region: r.regionId, entry: [r.regionCode?.toUpperCase(), r.realm.realmId] });
      expect(OCI_REALM_DOMAINS[r.realm.realmId]).toBe(r.realm.secondLevelDomain);
    }
  });

  test("region keys are unique, so a key names one region", () => {
    const keys = Object.values(OCI_REGIONS).map(([key]) => key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("lookups", () => {
    expect(regionOfKey("fra")).toBe("eu-frankfurt-1");
    expect(regionOfKey("IAD")).toBe("us-ashburn-1");
    expect(regionOfKey("xyz")).toBeUndefined();
    expect(regionKey("eu-amsterdam-1")).toBe("AMS");
    expect(realmOf("eu-frankfurt-2")).toBe("oc19");
    expect(isKnownRegion("eu-frankfurt-9")).toBe(false);
    // OCIDs of older regions carry the key, newer ones the identifier.
    expect(regionOfSegment("phx")).toBe("us-phoenix-1");
    expect(regionOfSegment("eu-frankfurt-1")).toBe("eu-frankfurt-1");
    expect(regionOfSegment("")).toBeUndefined();
  });
});

describe("OciEnvironment regions", () => {
  const P = "pipeline-dev/oci-environment";

  test("an unknown region is refused; allowUnknownRegion is the explicit opt-out for a region newer than the table", () => {
    for (const field of ["region", "homeRegion"] as const) {
      expect(rejected(() => testStack("pipeline-dev", { [field]: "eu-berlin-1" }))).toBe(
        `${P}: ${field} = "eu-berlin-1" is not allowed: is not an OCI region this library knows (see https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm); check the spelling, or set allowUnknownRegion: true for a region newer than the library`,
      );
    }
    expect(rejected(() => testStack("pipeline-dev", { region: "eu-frankurt-1" }))).toMatch('region = "eu-frankurt-1" is not allowed: is not an OCI region this library knows');
    let stack = testStack().stack;
    expect(rejected(() => (stack = testStack("pipeline-dev", { region: "eu-berlin-1", allowUnknownRegion: true }).stack))).toBe("");
    new Bucket(stack, "b", { name: "b" });
    expect(onlyResource(synthValid(stack), "oci_objectstorage_bucket").name).toBe("dev-b");
  });

  test("a tenancy spans one realm: home region and tenancy OCID must be of the region's realm", () => {
    expect(rejected(() => testStack("pipeline-dev", { region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-2" }))).toBe(
      `${P}: homeRegion = "eu-frankfurt-2" is not allowed: must be in the realm of region eu-frankfurt-1 (oc1); eu-frankfurt-2 is in oc19, and a tenancy spans one realm`,
    );
    expect(rejected(() => testStack("pipeline-dev", { tenancyOcid: "ocid1.tenancy.oc19..aaaaaaaatenancy" }))).toBe(
      `${P}: tenancyOcid = "ocid1.tenancy.oc19..aaaaaaaatenancy" is not allowed: must be a tenancy of realm oc1 (region eu-frankfurt-1); this OCID is in realm oc19`,
    );
    expect(rejected(() => testStack("pipeline-dev", { region: "eu-frankfurt-2", homeRegion: "eu-madrid-2", tenancyOcid: "ocid1.tenancy.oc19..aaaaaaaatenancy" }))).toBe("");
  });
});
