/**
 * OCI regions: region identifier -> region key and realm, and the realms'
 * domains. The table is OCI's published "Regions and Availability Domains"
 * list (https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm),
 * taken from the region registry of Oracle's OCI SDK for TypeScript
 * (oci-common, https://github.com/oracle/oci-typescript-sdk, lib/common/lib/region.ts
 * and realm.ts); a test fails when the SDK this project pins lists a region
 * that is missing here. Region keys are upper case, as OCI writes them.
 *
 * A region newer than this table is refused by `OciEnvironment` unless it is
 * given `allowUnknownRegion: true` (see constructs/core/README.md).
 */

/** Region identifier -> [region key, realm]. */
export const OCI_REGIONS: Readonly<Record<string, readonly [key: string, realm: string]>> = {
  // oc1
  "af-casablanca-1": ["LEJ", "oc1"],
  "af-johannesburg-1": ["JNB", "oc1"],
  "ap-batam-1": ["HSG", "oc1"],
  "ap-chuncheon-1": ["YNY", "oc1"],
  "ap-delhi-1": ["ONM", "oc1"],
  "ap-hyderabad-1": ["HYD", "oc1"],
  "ap-kulai-2": ["JBP", "oc1"],
  "ap-melbourne-1": ["MEL", "oc1"],
  "ap-mumbai-1": ["BOM", "oc1"],
  "ap-osaka-1": ["KIX", "oc1"],
  "ap-seoul-1": ["ICN", "oc1"],
  "ap-singapore-1": ["SIN", "oc1"],
  "ap-singapore-2": ["XSP", "oc1"],
  "ap-sydney-1": ["SYD", "oc1"],
  "ap-tokyo-1": ["NRT", "oc1"],
  "ca-montreal-1": ["YUL", "oc1"],
  "ca-toronto-1": ["YYZ", "oc1"],
  "eu-amsterdam-1": ["AMS", "oc1"],
  "eu-frankfurt-1": ["FRA", "oc1"],
  "eu-madrid-1": ["MAD", "oc1"],
  "eu-madrid-3": ["ORF", "oc1"],
  "eu-marseille-1": ["MRS", "oc1"],
  "eu-milan-1": ["LIN", "oc1"],
  "eu-paris-1": ["CDG", "oc1"],
  "eu-stockholm-1": ["ARN", "oc1"],
  "eu-turin-1": ["NRQ", "oc1"],
  "eu-zurich-1": ["ZRH", "oc1"],
  "il-jerusalem-1": ["MTZ", "oc1"],
  "me-abudhabi-1": ["AUH", "oc1"],
  "me-dubai-1": ["DXB", "oc1"],
  "me-jeddah-1": ["JED", "oc1"],
  "me-riyadh-1": ["RUH", "oc1"],
  "mx-monterrey-1": ["MTY", "oc1"],
  "mx-queretaro-1": ["QRO", "oc1"],
  "sa-bogota-1": ["BOG", "oc1"],
  "sa-santiago-1": ["SCL", "oc1"],
  "sa-saopaulo-1": ["GRU", "oc1"],
  "sa-valparaiso-1": ["VAP", "oc1"],
  "sa-vinhedo-1": ["VCP", "oc1"],
  "uk-cardiff-1": ["CWL", "oc1"],
  "uk-london-1": ["LHR", "oc1"],
  "us-ashburn-1": ["IAD", "oc1"],
  "us-chicago-1": ["ORD", "oc1"],
  "us-phoenix-1": ["PHX", "oc1"],
  "us-saltlake-2": ["AGA", "oc1"],
  "us-sanjose-1": ["SJC", "oc1"],
  // oc2
  "us-langley-1": ["LFI", "oc2"],
  "us-luke-1": ["LUF", "oc2"],
  // oc3
  "us-gov-ashburn-1": ["RIC", "oc3"],
  "us-gov-chicago-1": ["PIA", "oc3"],
  "us-gov-phoenix-1": ["TUS", "oc3"],
  // oc4
  "uk-gov-cardiff-1": ["BRS", "oc4"],
  "uk-gov-london-1": ["LTN", "oc4"],
  // oc8
  "ap-chiyoda-1": ["NJA", "oc8"],
  "ap-ibaraki-1": ["UKB", "oc8"],
  // oc9
  "me-dcc-muscat-1": ["MCT", "oc9"],
  "me-ibri-1": ["IBR", "oc9"],
  // oc10
  "ap-dcc-canberra-1": ["WGA", "oc10"],
  // oc14
  "eu-dcc-dublin-1": ["ORK", "oc14"],
  "eu-dcc-dublin-2": ["SNN", "oc14"],
  "eu-dcc-milan-1": ["BGY", "oc14"],
  "eu-dcc-milan-2": ["MXP", "oc14"],
  "eu-dcc-rating-1": ["DUS", "oc14"],
  "eu-dcc-rating-2": ["DTM", "oc14"],
  // oc15
  "ap-dcc-gazipur-1": ["DAC", "oc15"],
  // oc19
  "eu-frankfurt-2": ["STR", "oc19"],
  "eu-madrid-2": ["VLL", "oc19"],
  // oc20
  "eu-jovanovac-1": ["BEG", "oc20"],
  // oc21
  "me-alrayyan-1": ["VVE", "oc21"],
  "me-dcc-doha-1": ["DOH", "oc21"],
  // oc23
  "us-somerset-1": ["EBB", "oc23"],
  "us-thames-1": ["EBL", "oc23"],
  // oc24
  "eu-crissier-1": ["AVF", "oc24"],
  "eu-dcc-zurich-1": ["AVZ", "oc24"],
  // oc26
  "me-abudhabi-3": ["AHU", "oc26"],
  "me-alain-1": ["RBA", "oc26"],
  // oc29
  "me-abudhabi-2": ["RKT", "oc29"],
  "me-abudhabi-4": ["SHJ", "oc29"],
  // oc35
  "ap-chuncheon-2": ["BNO", "oc35"],
  "ap-seoul-2": ["DTZ", "oc35"],
  "ap-suwon-1": ["DLN", "oc35"],
  // oc42
  "us-ashburn-2": ["YXJ", "oc42"],
  "us-newark-1": ["PGC", "oc42"],
  // oc51
  "eu-budapest-1": ["JSK", "oc51"],
  // oc52
  "sa-riodejaneiro-1": ["HNW", "oc52"],
};

/** Realm -> second-level domain of its service endpoints (`<service>.<region>.oci.<domain>`). */
export const OCI_REALM_DOMAINS: Readonly<Record<string, string>> = {
  oc1: "oraclecloud.com",
  oc2: "oraclegovcloud.com",
  oc3: "oraclegovcloud.com",
  oc4: "oraclegovcloud.uk",
  oc8: "oraclecloud8.com",
  oc9: "oraclecloud9.com",
  oc10: "oraclecloud10.com",
  oc14: "oraclecloud14.com",
  oc15: "oraclecloud15.com",
  oc19: "oraclecloud.eu",
  oc20: "oraclecloud20.com",
  oc21: "oraclecloud21.com",
  oc23: "oraclecloud23.com",
  oc24: "oraclecloud24.com",
  oc26: "oraclecloud26.com",
  oc29: "oraclecloud29.com",
  oc35: "oraclecloud35.com",
  oc42: "oraclecloud42.com",
  oc51: "oraclecloud51.com",
  oc52: "oraclecloud52.com",
};

const BY_KEY: ReadonlyMap<string, string> = new Map(Object.entries(OCI_REGIONS).map(([region, [key]]) => [key.toLowerCase(), region]));

/** Whether `region` is a region identifier of the table. */
export const isKnownRegion = (region: string): boolean => Object.prototype.hasOwnProperty.call(OCI_REGIONS, region);

/** The region identifier of a region key (`fra`, `FRA` -> `eu-frankfurt-1`), or undefined. */
export const regionOfKey = (key: string): string | undefined => BY_KEY.get(key.toLowerCase());

/** The region key of a region identifier (`eu-frankfurt-1` -> `FRA`), or undefined. */
export const regionKey = (region: string): string | undefined => (isKnownRegion(region) ? OCI_REGIONS[region]![0] : undefined);

/** The realm of a region identifier (`oc1`), or undefined. */
export const realmOf = (region: string): string | undefined => (isKnownRegion(region) ? OCI_REGIONS[region]![1] : undefined);

/**
 * The region an OCID's region segment names: OCIDs of older regions carry the
 * region key (`ocid1.instance.oc1.iad.<id>`), newer ones the identifier
 * (`ocid1.subnet.oc1.eu-frankfurt-1.<id>`). Undefined when unknown.
 */
export const regionOfSegment = (segment: string): string | undefined => (isKnownRegion(segment) ? segment : regionOfKey(segment));
