import { LocalBackend, S3Backend, TerraformStack } from "cdktf";
import { checkPattern, isKnownRegion, OCI_REALM_DOMAINS, realmOf, reject } from "oci-event-pipelines/core";
import { DEFAULT_TERRAFORM_VERSION, ResourceManagerBackend } from "oci-event-pipelines/orm";
import { EnvironmentConfig } from "./environments";

/**
 * Where a stack keeps its Terraform state. With `deployment: "orm"`, in OCI Resource
 * Manager: no backend block, and other stacks read this one's outputs from its ORM state
 * (see {@link ResourceManagerBackend}). Otherwise local files (`terraform.<stack>.tfstate`
 * at the project root, relative so the synthesized JSON is the same on every
 * machine) unless the environment configures remote state, which goes to OCI
 * Object Storage through its S3-compatible endpoint, one object per stack.
 * Credentials for that endpoint are a customer secret key, read from
 * AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY at `terraform init`, never from code.
 */
export function configureState(stack: TerraformStack, env: EnvironmentConfig, pipeline: string): void {
  if (env.deployment === "orm") {
    if (env.remoteState) reject(stack, "remoteState", env.remoteState.bucket, 'must be unset with deployment "orm": Resource Manager keeps each stack\'s state');
    new ResourceManagerBackend(stack, {
      compartmentId: env.resourceManager?.compartmentOcid ?? env.compartmentOcid,
      terraformVersion: env.resourceManager?.terraformVersion ?? DEFAULT_TERRAFORM_VERSION,
      region: env.region,
      homeRegion: env.homeRegion,
      tenancyId: env.tenancyOcid,
      environment: env.name,
      pipeline,
    });
    return;
  }
  if (env.resourceManager) reject(stack, "resourceManager", env.resourceManager, 'applies only with deployment "orm"');
  const remote = env.remoteState;
  if (!remote) {
    // cdktf runs Terraform from cdktf.out/stacks/<stack>; the path is relative to that directory.
    new LocalBackend(stack, { path: `../../../terraform.${stack.node.id}.tfstate` });
    return;
  }
  const region = remote.region ?? env.region;
  if (!isKnownRegion(region)) reject(stack, "remoteState.region", region, "must be an OCI region identifier of the region table (constructs/core/regions.ts), e.g. eu-frankfurt-1");
  checkPattern(stack, "remoteState.namespace", remote.namespace, /^[a-z0-9]{1,63}$/, "must be the tenancy's Object Storage namespace (lower-case letters and digits)");
  // The S3-compatible endpoint is in the realm's domain (oraclecloud.com for OC1).
  const domain = OCI_REALM_DOMAINS[realmOf(region) ?? "oc1"];
  new S3Backend(stack, {
    bucket: remote.bucket,
    key: `${env.name}/${stack.node.id}.tfstate`,
    region,
    endpoints: { s3: `https://${remote.namespace}.compat.objectstorage.${region}.${domain}` },
    // The S3-compatible API is not AWS: skip the AWS-only checks and use path-style URLs.
    skipRegionValidation: true,
    skipCredentialsValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: true,
    skipS3Checksum: true,
    usePathStyle: true,
  });
}
