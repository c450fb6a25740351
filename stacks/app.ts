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

/**
 * Runs every construct validation of every stack before writing anything, so
 * a rejected input leaves no partial cdktf.out behind (cdktf alone validates
 * and writes stack by stack).
 */
export function synthesizeAll(app: App): void {
  const stacks = app.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
  for (const stack of stacks) stack.runAllValidations();
  app.synth();
}
