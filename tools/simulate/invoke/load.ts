import type { AppSource } from "../model";
import type { SimulatedSecrets } from "../secrets";
import { Simulation, SimulationInputError } from "../types";
import type { RecordedResponses } from "./responses";

export interface InvokeOptions {
  /** Recorded responses, secret values and attribute overrides (a parsed `--responses` file). */
  readonly responses?: RecordedResponses;
  /** Answer what the file does not cover with the built-in defaults (default-responses.ts). Default true. */
  readonly defaultResponses?: boolean;
  /** The run's secret values (shared with `{{secret:...}}` in requests); its scrubber masks the report. Default: from `responses.secrets`. */
  readonly secrets?: SimulatedSecrets;
}

/** Runs every function a simulation reaches (`invoke/runner.ts`). */
export type InvokeRunner = (source: AppSource, sim: Simulation, options?: InvokeOptions) => Promise<Simulation>;

/**
 * `--invoke` runs this repository's own function bundles (functions/, built
 * with esbuild, served through the FDK test harness): it exists in a checkout
 * of the project, not in the published package. The runner is therefore
 * loaded by a path the compiler does not follow, so the package build leaves
 * it (and functions/) out, and a package user gets a clear message instead.
 */
export async function loadInvokeRunner(): Promise<InvokeRunner> {
  const path = "./runner";
  try {
    const runner = (await import(path)) as { invokeSimulation: InvokeRunner };
    return runner.invokeSimulation;
  } catch (e) {
    if ((e as { code?: string }).code !== "MODULE_NOT_FOUND") throw e;
    throw new SimulationInputError("--invoke runs the project's function bundles through the Fn FDK; it works in a checkout of the oci-event-pipelines repository, not from the installed package");
  }
}
