import { IConstruct } from "constructs";
import { Aspects, TerraformResource } from "cdktf";
import { OciFunction } from "oci-event-pipelines/functions";
import { Secret, SecretContent } from "oci-event-pipelines/vault";
import { FunctionName } from "./environments";
import { PipelineFoundation } from "./foundation";
import { PipelineStack } from "./pipeline-stack";

/**
 * One of the project's functions (`functions/<name>`) deployed into the
 * environment's shared application, with the environment's sizing and image
 * tag. `config` holds settings and secret OCIDs only.
 */
export function deployFunction(
  stack: PipelineStack,
  id: string,
  foundation: PipelineFoundation,
  name: FunctionName,
  config: Record<string, string>,
  options: { provisionedConcurrency?: number } = {},
): OciFunction {
  const sizing = stack.config.sizing;
  const pcu = options.provisionedConcurrency ?? 0;
  return new OciFunction(stack, id, {
    application: foundation.application,
    displayName: `${name}-${id}`,
    image: `${stack.config.images.registry}/${name}:${stack.config.images.tags[name]}`,
    memoryInMbs: sizing.memoryInMbs,
    timeout: sizing.timeout,
    provisionedConcurrency: pcu > 0 ? { strategy: "CONSTANT", count: pcu } : undefined,
    config,
  });
}

/**
 * A pipeline secret in the environment's vault whose value is a sensitive
 * Terraform variable of the stack (TF_VAR_<variable> at deploy time).
 */
export function secretFromVariable(
  stack: PipelineStack,
  id: string,
  foundation: PipelineFoundation,
  props: { secretName: string; description: string; variable: string; variableDescription: string },
): Secret {
  return new Secret(stack, id, {
    vault: foundation.vault,
    key: foundation.masterKey,
    secretName: props.secretName,
    description: props.description,
    content: SecretContent.fromSensitiveVariable(stack.sensitiveVariable(props.variable, props.variableDescription)),
  });
}

/**
 * Puts every resource under `scope` on the stack's home-region provider
 * (`oci.home`), including ones added later: for resources that must live in
 * the tenancy's home region, such as rules for IAM events.
 */
export function inHomeRegion(stack: PipelineStack, scope: IConstruct): void {
  Aspects.of(scope).add({
    visit: (node) => {
      if (TerraformResource.isTerraformResource(node)) node.provider = stack.env.home;
    },
  });
}
