import { IConstruct } from "constructs";
import { checkPattern, reject, isToken } from "../core";

const HOST = String.raw`(?:[a-z]{3}\.ocir\.io|ocir\.([a-z]+(?:-[a-z]+)+-\d+)\.oci\.oraclecloud\.com)`;
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
 * Checks a function's image reference and optional digest: OCIR only, a tag or
 * a digest required (OCI cannot deploy an untagged image), a region-named host
 * in the application's region, and a digest that agrees with the one in the
 * reference.
 */
export function checkImage(scope: IConstruct, image: string, imageDigest: string | undefined, region: string): void {
  if (imageDigest !== undefined) checkPattern(scope, "imageDigest", imageDigest, IMAGE_DIGEST, "must be sha256:<64 lower-case hex digits>");
  if (isToken(image)) return;
  const match = typeof image === "string" ? IMAGE.exec(image) : null;
  if (!match || (match[2] === undefined && match[3] === undefined)) {
    reject(scope, "image", image, IMAGE_FORMAT);
    return;
  }
  const [, hostRegion, , digest] = match;
  if (hostRegion && hostRegion !== region) reject(scope, "image", image, `must be in OCIR of the application's region ${region} (OCI Functions pulls from the same region only)`);
  if (digest && imageDigest && !isToken(imageDigest) && digest !== imageDigest) reject(scope, "imageDigest", imageDigest, `must equal the digest in image (${digest})`);
}
