import type { HttpOptions, HttpRequestInput } from "../gateway";
import type { AppSource } from "../model";
import type { SimulatedSecrets } from "../secrets";
import { Simulation, SimulationInputError } from "../types";
import type { RecordedResponses } from "./responses";

export interface InvokeOptions {
  /** Recorded responses, secret values and attribute overrides (a parsed `--responses` file). */
  readonly responses?: RecordedResponses;
  /**
   * Answer what the file does not cover with the built-in upstreams: the simulated B2C Service
   * and the static answers of default-responses.ts. Default true; false answers 501 instead.
   */
  readonly defaultResponses?: boolean;
  /** The run's secret values (shared with `{{secret:...}}` in requests); its scrubber masks the report. Default: from `responses.secrets`. */
  readonly secrets?: SimulatedSecrets;
}

export interface SignOptions extends Pick<HttpOptions, "stacks" | "attributes"> {
  /** The run's secret values: the signing keys, and the scrubber the signatures are registered with. */
  readonly secrets: SimulatedSecrets;
}

/** Runs every function a simulation reaches (`invoke/runner.ts`). */
export type InvokeRunner = (source: AppSource, sim: Simulation, options?: InvokeOptions) => Promise<Simulation>;

/** Expands `{{body-sha256}}` and `{{twilio-signature:<secret_name>}}` in an HTTP request (`invoke/runner.ts`). */
export type RequestSigner = (source: AppSource, request: HttpRequestInput, options: SignOptions) => HttpRequestInput;

export interface InvokeModule {
  readonly invokeSimulation: InvokeRunner;
  readonly signHttpRequest: RequestSigner;
}

/**
 * `--invoke` runs this repository's own function bundles (functions/, built
 * with esbuild, served through the FDK test harness): it exists in a checkout
 * of the project, not in the published package. The runner is therefore
 * loaded by a path the compiler does not follow, so the package build leaves
 * it (and functions/) out, and a package user gets a clear message instead.
 */
export async function loadInvokeModule(): Promise<InvokeModule> {
  const path = "./runner";
  try {
    return (await import(path)) as InvokeModule;
  } catch (e) {
    if ((e as { code?: string }).code !== "MODULE_NOT_FOUND") throw e;
    throw new SimulationInputError("--invoke runs the project's function bundles through the Fn FDK; it works in a checkout of the oci-event-pipelines repository, not from the installed package");
  }
}
