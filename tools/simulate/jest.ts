/**
 * Jest matchers for routing tests:
 *
 *   import { registerSimulatorMatchers } from "oci-event-pipelines/simulate";
 *   registerSimulatorMatchers();
 *   expect(app).toRoute(uploadEvent, { to: forwarder });        // app: outdir, cdktf App or loaded app
 *   expect(app).not.toRoute(otherBucketEvent, { to: forwarder });
 *   expect(simulateAlarm(app, "errors", "FIRING")).toReach(incidentFn);
 *
 * A target is a construct (matched by construct path, so `forwarder` matches
 * its `.../function` resource), a Terraform address, a construct path, a
 * `stack:address`, or a display name.
 */
import { IConstruct } from "constructs";
import { SimulateOptions } from "./context";
import { simulateEvent } from "./events";
import { AppSource } from "./model";
import { flattenHops } from "./routing";
import { Delivery, ResourceRef, Simulation } from "./types";

export type TargetLike = string | IConstruct | { readonly stack?: string; readonly address: string };

export interface RouteExpectation {
  /** The resource the event must reach (any hop of any delivery). Default: any delivery at all. */
  readonly to?: TargetLike;
  readonly options?: SimulateOptions;
}

function isConstruct(t: TargetLike): t is IConstruct {
  return typeof t === "object" && "node" in t && typeof (t as IConstruct).node?.path === "string";
}

/** Every resource a simulation reaches (delivery targets and every hop). */
export function reachedResources(sim: Simulation): ResourceRef[] {
  const out: ResourceRef[] = [];
  for (const d of sim.deliveries) {
    if (!d.response || d.then.length) out.push({ stack: d.targetStack ?? d.stack, address: d.target, constructPath: d.targetConstructPath });
    for (const h of flattenHops(d.then, d.authorizer)) if (h.kind === "subscription" || h.kind === "function" || h.kind === "stream") out.push(h.resource);
  }
  return out;
}

function matches(r: ResourceRef, target: TargetLike): boolean {
  if (isConstruct(target)) {
    const path = target.node.path;
    return r.constructPath === path || (r.constructPath?.startsWith(`${path}/`) ?? false);
  }
  if (typeof target === "string") {
    return r.address === target || `${r.stack}:${r.address}` === target || r.constructPath === target || (r.constructPath?.startsWith(`${target}/`) ?? false) || r.displayName === target;
  }
  return r.address === target.address && (target.stack === undefined || r.stack === target.stack);
}

/** Whether the simulation reaches `target`. */
export function reaches(sim: Simulation, target: TargetLike): boolean {
  return reachedResources(sim).some((r) => matches(r, target));
}

function describeTarget(t: TargetLike): string {
  if (isConstruct(t)) return t.node.path;
  return typeof t === "string" ? t : `${t.stack ? `[${t.stack}] ` : ""}${t.address}`;
}

function summary(sim: Simulation): string {
  const line = (d: Delivery) => `  ${d.rule ?? d.alarm ?? d.topic ?? d.deployment} -> ${d.target}`;
  const reached = reachedResources(sim).map((r) => `  reached [${r.stack}] ${r.address}${r.constructPath ? ` (${r.constructPath})` : ""}`);
  const misses = sim.nonMatching.slice(0, 12).map((m) => `  [${m.stack}] ${m.rule}: ${m.reason}`);
  return [`deliveries:`, ...(sim.deliveries.length ? sim.deliveries.map(line) : ["  none"]), ...reached, `not delivered:`, ...(misses.length ? misses : ["  none"])].join("\n");
}

export const simulatorMatchers = {
  toRoute(received: AppSource, event: unknown, expectation: RouteExpectation = {}) {
    const sim = simulateEvent(received, event, expectation.options);
    const target = expectation.to;
    const pass = target === undefined ? sim.deliveries.length > 0 : reaches(sim, target);
    const what = target === undefined ? "any target" : describeTarget(target);
    return {
      pass,
      message: () => `expected the event ${pass ? "not " : ""}to reach ${what}\n${summary(sim)}`,
    };
  },
  toReach(received: Simulation, target: TargetLike) {
    const pass = reaches(received, target);
    return { pass, message: () => `expected the ${received.kind} ${pass ? "not " : ""}to reach ${describeTarget(target)}\n${summary(received)}` };
  },
};

/** The part of Jest's `expect` the matchers need. */
export interface ExpectExtend {
  extend(matchers: Record<string, unknown>): void;
}

/** Registers `toRoute` and `toReach` with Jest's global `expect`, or with the one given (e.g. from `@jest/globals`). */
export function registerSimulatorMatchers(expectation: ExpectExtend | undefined = (globalThis as { expect?: ExpectExtend }).expect): void {
  if (!expectation) throw new Error("registerSimulatorMatchers needs Jest's expect: call it in a test file, or pass expect from @jest/globals");
  expectation.extend(simulatorMatchers);
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The event (an OCI event envelope) routes through the app's Events rules to `to` (or anywhere). */
      toRoute(event: unknown, expectation?: RouteExpectation): R;
      /** The simulation reaches `target`. */
      toReach(target: TargetLike): R;
    }
  }
}
