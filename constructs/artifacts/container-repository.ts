import { Construct } from "constructs";
import { ArtifactsContainerRepository } from "../../.gen/providers/oci/artifacts-container-repository";
import { checkCompartmentOcid, checkLength, checkPattern, OciEnvironment } from "../core";

export interface ContainerRepositoryProps {
  /** Repository path in OCIR, e.g. `pipeline/event-forwarder` (lower-case letters, digits, '.', '_', '-', '/'; 1-255). */
  readonly repositoryName: string;
  /** Compartment; defaults to the environment's. */
  readonly compartmentId?: string;
  /** Reject pushes that overwrite a tag. Default true: a deployed tag always means the same image. */
  readonly immutableTags?: boolean;
  /** Anyone may pull without credentials. Default false; set true only for public images, knowingly. */
  readonly allowPublicPull?: boolean;
  /** Markdown readme shown in the console. */
  readonly readme?: string;
}

/** An OCIR container repository for function images: private and tag-immutable by default. */
export class ContainerRepository extends Construct {
  public readonly resource: ArtifactsContainerRepository;
  public readonly repositoryName: string;

  constructor(scope: Construct, id: string, props: ContainerRepositoryProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    checkLength(this, "repositoryName", props.repositoryName, 1, 255);
    this.repositoryName = checkPattern(
      this,
      "repositoryName",
      props.repositoryName,
      /^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/,
      "must be lower-case path segments of letters and digits joined by '.', '_' or '-', separated by '/' (e.g. pipeline/event-forwarder)",
    );
    this.resource = new ArtifactsContainerRepository(this, "repository", {
      compartmentId: checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid),
      displayName: this.repositoryName,
      isImmutable: props.immutableTags ?? true,
      isPublic: props.allowPublicPull ?? false,
      readme: props.readme ? { content: props.readme, format: "TEXT_MARKDOWN" } : undefined,
      freeformTags: env.tags(),
    });
  }
}
