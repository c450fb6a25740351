import { IConstruct } from "constructs";
import { Aspects, TerraformResource } from "cdktf";
import { PipelineFunctionBaseProps } from "oci-event-pipelines/pipeline-functions";
import { Secret, SecretContent } from "oci-event-pipelines/vault";
import { FunctionName } from "./environments";
import { PipelineFoundation } from "./foundation";
import { PipelineStack } from "./pipeline-stack";

/**
 * What every pipeline function of the environment shares, for one of the
 * typed function constructs (`oci-event-pipelines/pipeline-functions`): the
 * foundation's application, the display name `<name>-<id>`, the image from the
 * environment's registry with its tag for that function, and the environment's
 * sizing. The function's own settings are the construct's `settings`.
 */
export function pipelineFunctionProps(
  stack: PipelineStack,
  id: string,
  foundation: PipelineFoundation,
  name: FunctionName,
  options: { provisionedConcurrency?: number } = {},
): PipelineFunctionBaseProps {
  const sizing = stack.config.sizing;
  const pcu = options.provisionedConcurrency ?? 0;
  return {
    application: foundation.application,
    displayName: `${name}-${id}`,
    image: { registry: stack.config.images.registry, tag: stack.config.images.tags[name] },
    memoryInMbs: sizing.memoryInMbs,
    timeout: sizing.timeout,
    provisionedConcurrency: pcu > 0 ? { strategy: "CONSTANT", count: pcu } : undefined,
  };
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
