/**
 * The local pipeline simulator: what runs when an event, an alarm transition,
 * a published message or an HTTP request hits the synthesized infrastructure.
 * See README.md in this folder.
 */
import type { HttpRequestInput } from "./gateway";
import { type InvokeOptions, type SignOptions, loadInvokeModule } from "./invoke/load";
import type { AppSource } from "./model";
import type { Simulation } from "./types";

export { simulateEvent, eventCompartment } from "./events";
export { simulateAlarm, alarmMessage } from "./alarms";
export type { AlarmState, AlarmOptions } from "./alarms";
export { simulateMessage } from "./messages";
export { simulateHttp, parseRequestLine, matchRoutePath, gatewayUrl } from "./gateway";
export type { HttpRequestInput, HttpOptions } from "./gateway";
export type { SimulateOptions } from "./context";
export { CompartmentTree } from "./compartments";
export type { CompartmentNode, EnvironmentCompartments } from "./compartments";
export { matchCondition, parseCondition, wildcardMatch } from "./matching";
export type { MatchResult } from "./matching";
export { loadSynthApp, loadOutdir, simulationOutdir } from "./model";
export type { AppSource, SynthApp, SynthResource, SynthStack } from "./model";
export { renderText, renderJson } from "./render";
export { SimulatedSecrets } from "./secrets";
export { Scrubber } from "./mask";
export { readResponses, EMPTY_RESPONSES } from "./invoke/responses";
export type { RecordedResponses, RecordedResponse } from "./invoke/responses";
export { reaches, reachedResources, simulatorMatchers, registerSimulatorMatchers } from "./jest";
export type { TargetLike, RouteExpectation } from "./jest";
export * from "./types";
export type { InvokeOptions, SignOptions };

/**
 * Runs every function a simulation reaches through the FDK (see invoke/runner.ts).
 * Loaded on demand, and only in a checkout of the project: it needs the function sources and esbuild.
 */
export async function invokeSimulation(source: AppSource, sim: Simulation, options: InvokeOptions = {}): Promise<Simulation> {
  return (await loadInvokeModule()).invokeSimulation(source, sim, options);
}

/**
 * An HTTP request signed the way an SMS provider (Twilio) signs its webhooks: `{{body-sha256}}`
 * in the path and `{{twilio-signature:<secret_name>}}` in a header, computed with the values of
 * `options.secrets` (pass the same `SimulatedSecrets` to `invokeSimulation`). Like
 * `invokeSimulation`, only in a checkout of the project.
 */
export async function signHttpRequest(source: AppSource, request: HttpRequestInput, options: SignOptions): Promise<HttpRequestInput> {
  return (await loadInvokeModule()).signHttpRequest(source, request, options);
}
