import { App, TerraformStack } from "cdktf";
import { AlertsStack } from "./alerts-stack";
import { ENVIRONMENTS, EnvironmentConfig } from "./environments";

/** Adds every stack of every environment to `app`, named `<pipeline>-<env>`. */
export function buildApp(app: App, environments: readonly EnvironmentConfig[] = ENVIRONMENTS): TerraformStack[] {
  return environments.map((env) => new AlertsStack(app, `alerts-${env.name}`, env));
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
