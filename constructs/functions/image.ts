import { IConstruct } from "constructs";
import { checkPattern, isKnownRegion, isToken, OCI_REALM_DOMAINS, realmOf, regionKey, regionOfSegment, reject } from "../core";

const HOST = String.raw`([a-z0-9-]+(?:\.[a-z0-9-]+)+)`;
const NAMESPACE = String.raw`[a-z0-9][a-z0-9-]*`;
const COMPONENT = String.raw`[a-z0-9]+(?:[._-][a-z0-9]+)*`;
const TAG = String.raw`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`;
const DIGEST = String.raw`sha256:[a-f0-9]{64}`;

/** `<host>/<namespace>/<repo>[:<tag>][@sha256:<digest>]`, with at least a tag or a digest. */
const IMAGE = new RegExp(`^${HOST}/${NAMESPACE}/${COMPONENT}(?:/${COMPONENT})*(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const IMAGE_DIGEST = new RegExp(`^${DIGEST}$`);

const IMAGE_FORMAT =
  "must be an OCIR image with a tag or a digest: <region-key>.ocir.io/<namespace>/<repository>:<tag> or <region-key>.ocir.io/<namespace>/<repository>@sha256:<64 hex digits> (ocir.<region>.oci.oraclecloud.com also accepted)";

/**
 * The region of an OCIR registry host, by the forms Container Registry
 * documents (https://docs.oracle.com/iaas/Content/Registry/Concepts/registryprerequisites.htm):
 * `<region-key>.ocir.io` and `<region-identifier>.ocir.io` (OC1 realm only) and
 * `ocir.<region-identifier>.oci.<realm domain>`. `{ problem }` for a host that
 * looks like OCIR but names no region of the table; undefined for any other host.
 */
export function ocirRegion(host: string): { region: string } | { problem: string } | undefined {
  const short = /^([a-z0-9-]+)\.ocir\.io$/.exec(host);
  if (short) {
    const region = regionOfSegment(short[1]!);
    if (!region) return { problem: `${short[1]} is not an OCI region key or identifier (e.g. fra or eu-frankfurt-1, https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm)` };
    if (realmOf(region) !== "oc1") return { problem: `${host} serves only the OC1 realm; ${region} is in ${realmOf(region)}: use ocir.${region}.oci.${OCI_REALM_DOMAINS[realmOf(region)!]}` };
    return { region };
  }
  const long = /^ocir\.([a-z0-9-]+)\.oci\.(.+)$/.exec(host);
  if (long) {
    const [, region, domain] = long;
    if (!isKnownRegion(region!)) return { problem: `${region} is not an OCI region identifier (https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm)` };
    const expected = OCI_REALM_DOMAINS[realmOf(region!)!];
    if (domain !== expected) return { problem: `OCIR of ${region} is ocir.${region}.oci.${expected}` };
    return { region: region! };
  }
  return undefined;
}

/**
 * Checks a function's image reference and optional digest: OCIR only, a tag or
 * a digest required (OCI cannot deploy an untagged image), a registry host of
 * the application's region (by region key or identifier), and a digest that
 * agrees with the one in the reference.
 */
export function checkImage(scope: IConstruct, image: string, imageDigest: string | undefined, region: string): void {
  if (imageDigest !== undefined) checkPattern(scope, "imageDigest", imageDigest, IMAGE_DIGEST, "must be sha256:<64 lower-case hex digits>");
  if (isToken(image)) return;
  const match = typeof image === "string" ? IMAGE.exec(image) : null;
  const registry = match ? ocirRegion(match[1]!) : undefined;
  if (!match || !registry || (match[2] === undefined && match[3] === undefined)) {
    reject(scope, "image", image, IMAGE_FORMAT);
    return;
  }
  const [, host, , digest] = match;
  if ("problem" in registry) reject(scope, "image", image, `must be in OCIR of the application's region ${region}: ${registry.problem}`);
  else if (registry.region !== region && !isToken(region)) {
    const key = regionKey(region);
    reject(scope, "image", image, `must be in OCIR of the application's region ${region}${key ? ` (${key.toLowerCase()}.ocir.io)` : ""} (OCI Functions pulls from the same region only); ${host} is ${registry.region}`);
  }
  if (digest && imageDigest && !isToken(imageDigest) && digest !== imageDigest) reject(scope, "imageDigest", imageDigest, `must equal the digest in image (${digest})`);
}
