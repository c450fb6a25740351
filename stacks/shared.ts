import { OciFunction } from "oci-event-pipelines/functions";
import { Secret, SecretContent } from "oci-event-pipelines/vault";
import { FunctionName } from "./environments";
import { FoundationStack } from "./foundation-stack";
import { PipelineStack } from "./pipeline-stack";

/**
 * One of the project's functions (`functions/<name>`) deployed into the
 * environment's shared application, with the environment's sizing and image
 * tag. `config` holds settings and secret OCIDs only.
 */
export function deployFunction(
  stack: PipelineStack,
  id: string,
  foundation: FoundationStack,
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
    timeoutInSeconds: sizing.timeoutInSeconds,
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
  foundation: FoundationStack,
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
