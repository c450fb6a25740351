import { App, TerraformStack } from "cdktf";
import { AlarmIncidentStack } from "./alarm-incident-stack";
import { ENVIRONMENTS, EnvironmentConfig } from "./environments";
import { FoundationStack } from "./foundation-stack";
import { ObjectUploadStack } from "./object-upload-stack";
import { OrderFanoutStack } from "./order-fanout-stack";
import { OrdsWebhookStack } from "./ords-webhook-stack";
import { ResourceAlertsStack } from "./resource-alerts-stack";
import { SmsWebhookStack } from "./sms-webhook-stack";

/** The pipelines every environment gets, each its own stack `<pipeline>-<env>`. */
export const PIPELINES = [ObjectUploadStack, ResourceAlertsStack, OrdsWebhookStack, OrderFanoutStack, SmsWebhookStack, AlarmIncidentStack] as const;

/** Adds the foundation and every pipeline stack of every environment to `app`. */
export function buildApp(app: App, environments: readonly EnvironmentConfig[] = ENVIRONMENTS): TerraformStack[] {
  return environments.flatMap((env) => {
    const foundation = new FoundationStack(app, env);
    return [foundation, ...PIPELINES.map((Pipeline) => new Pipeline(app, env, foundation))];
  });
}
