import { App, TerraformStack } from "cdktf";
import { AlarmIncidentStack } from "./alarm-incident-stack";
import { ENVIRONMENTS, EnvironmentConfig } from "./environments";
import { FoundationStack } from "./foundation-stack";
import { PipelineFoundation } from "./foundation";
import { ObjectUploadStack } from "./object-upload-stack";
import { OrderFanoutStack } from "./order-fanout-stack";
import { OrdsWebhookStack } from "./ords-webhook-stack";
import { PipelineStack } from "./pipeline-stack";
import { ResourceAlertsStack } from "./resource-alerts-stack";
import { SmsWebhookStack } from "./sms-webhook-stack";

/** The pipelines every environment gets, each its own stack `<pipeline>-<env>`; the alarm-incident stack watches all of them. */
export const PIPELINES = [ObjectUploadStack, ResourceAlertsStack, OrdsWebhookStack, OrderFanoutStack, SmsWebhookStack] as const;

/** Every pipeline stack of one environment on `foundation`: the {@link PIPELINES}, then the alarm-incident stack that watches their functions and deployments. */
export function buildPipelines(app: App, env: EnvironmentConfig, foundation: PipelineFoundation): PipelineStack[] {
  const watched = PIPELINES.map((Pipeline) => new Pipeline(app, env, foundation));
  return [...watched, new AlarmIncidentStack(app, env, foundation, watched)];
}

/** Adds the foundation and every pipeline stack of every environment to `app`. */
export function buildApp(app: App, environments: readonly EnvironmentConfig[] = ENVIRONMENTS): TerraformStack[] {
  return environments.flatMap((env) => {
    const foundation = new FoundationStack(app, env);
    return [foundation, ...buildPipelines(app, env, foundation)];
  });
}
