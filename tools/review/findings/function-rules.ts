/**
 * Rules over function images and the container repositories they come from.
 * A function's image is `<region>.ocir.io/<namespace>/<repo>:<tag>` in the
 * Container Registry of the function's region; without `image_digest` the
 * digest the tag points at is used:
 * https://docs.oracle.com/en-us/iaas/tools/dotnet/latest/api/Oci.FunctionsService.Models.CreateContainerImageFunctionSourceDetails.html
 */
import { str, truthy } from "../nested";
import { isLiteral } from "../mask";
import { ChangeRule, Rule } from "./types";

export interface ImageRef {
  /** Registry host and first path segment (the OCIR tenancy namespace): `fra.ocir.io/acme`. */
  readonly registry: string;
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** `host/namespace/repo[:tag][@digest]`; a reference without a host is Docker Hub's. */
export function parseImage(image: string): ImageRef | undefined {
  const m = /^(?:([a-z0-9.-]+(?::\d+)?)\/)?([^@:\s]+)(?::([A-Za-z0-9_.-]+))?(?:@(sha256:[0-9a-f]+))?$/i.exec(image.trim());
  if (!m) return undefined;
  const hasHost = !!m[1] && (m[1].includes(".") || m[1].includes(":") || m[1] === "localhost");
  const host = hasHost ? m[1]!.toLowerCase() : "docker.io";
  const path = hasHost ? m[2]! : `${m[1] ? `${m[1]}/` : ""}${m[2]}`;
  const [namespace, ...rest] = path.split("/");
  return { registry: `${host}/${namespace}`, repository: rest.join("/") || namespace!, tag: m[3], digest: m[4] };
}

export const imageRegistryMoved: ChangeRule = {
  id: "OCI-FN-001",
  severity: "high",
  title: "function image moved to another registry",
  remediation:
    "Deploy function images from the tenancy's own Container Registry namespace in the function's region (the repositories this project creates); a new registry is a new supply chain to review and trust.",
  types: ["oci_functions_function"],
  check: (d) => {
    const [before, after] = [d.before?.image, d.after?.image];
    if (!isLiteral(before) || !isLiteral(after)) return [];
    const [b, a] = [parseImage(before), parseImage(after)];
    if (!b || !a || b.registry === a.registry) return [];
    return [{ path: "image", message: `function \`${str(d.after?.display_name) ?? d.name}\` now pulls \`${a.repository}\` from \`${a.registry}\` (was \`${b.registry}\`)` }];
  },
};

export const mutableImageTag: Rule = {
  id: "OCI-FN-002",
  severity: "medium",
  title: "function image on a mutable tag",
  remediation: "Deploy a versioned tag from an immutable repository (`:1.4.2`), or pin `image_digest`; `latest` (or no tag) deploys whatever was pushed last.",
  types: ["oci_functions_function"],
  check: (r) => {
    const image = r.body.image;
    if (!isLiteral(image) || isLiteral(r.body.image_digest)) return [];
    const ref = parseImage(image);
    if (!ref || ref.digest || (ref.tag && ref.tag.toLowerCase() !== "latest")) return [];
    return [{ path: "image", message: `function \`${str(r.body.display_name) ?? r.name}\` deploys \`${ref.repository}${ref.tag ? `:${ref.tag}` : ""}\`, a tag that moves with every push` }];
  },
};

/**
 * In an immutable repository images cannot be overwritten; a public one
 * allows unauthenticated access:
 * https://docs.oracle.com/en-us/iaas/tools/dotnet/90.1.0/api/Oci.ArtifactsService.Models.UpdateContainerRepositoryDetails.html
 */
export const repositoryMadeMutable: ChangeRule = {
  id: "OCI-OCIR-001",
  severity: "medium",
  title: "container repository made mutable",
  remediation: "Keep `is_immutable = true` on repositories functions deploy from, so a pushed tag always means the image that was reviewed.",
  types: ["oci_artifacts_container_repository"],
  check: (d) =>
    d.after && truthy(d.before?.is_immutable) && !truthy(d.after.is_immutable)
      ? [{ path: "is_immutable", message: `repository \`${str(d.after.display_name) ?? d.name}\` made mutable: its tags (the ones functions deploy) can now be overwritten` }]
      : [],
};

export const publicRepository: Rule = {
  id: "OCI-OCIR-002",
  severity: "high",
  title: "public container repository",
  remediation: "Set `is_public = false`; functions pull through the tenancy's own access, and a public repository lets anyone download the function code.",
  types: ["oci_artifacts_container_repository"],
  check: (r) => (truthy(r.body.is_public) ? [{ path: "is_public", message: `repository \`${str(r.body.display_name) ?? r.name}\` allows unauthenticated pulls` }] : []),
};
