/** Shared by the simulator's tests: the sample events and the project's compartment tree. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENVIRONMENTS } from "../../../stacks/environments";
import { CompartmentTree } from "../compartments";
import { flattenHops } from "../routing";
import { Hop, Simulation } from "../types";

export const EVENTS_DIR = join(__dirname, "events");

/** A sample event (tools/simulate/test/events/<name>.json), as a fresh object. */
export function sampleEvent(name: string): Record<string, any> {
  return JSON.parse(readFileSync(join(EVENTS_DIR, `${name}.json`), "utf8"));
}

/** A copy of `event` with `change` applied (for near misses: another bucket, compartment, event type). */
export function variant(event: Record<string, any>, change: (e: Record<string, any>) => void): Record<string, any> {
  const copy = JSON.parse(JSON.stringify(event));
  change(copy);
  return copy;
}

/** The event as emitted in another compartment of the tenancy. */
export function inCompartment(event: Record<string, any>, id: string, name: string): Record<string, any> {
  return variant(event, (e) => {
    e.extensions.compartmentId = id;
    e.data.compartmentId = id;
    e.data.compartmentName = name;
  });
}

export const DEV = ENVIRONMENTS.find((e) => e.name === "dev")!;
export const PROD = ENVIRONMENTS.find((e) => e.name === "prod")!;
export const FINANCE = { id: "ocid1.compartment.oc1..aaaaaaaaexamplefinanceexamplefinanceexamplefina", name: "finance" };

/** The project's tree (what the CLI uses by default), plus a sibling compartment for near misses. */
export const TREE = CompartmentTree.fromEnvironments(ENVIRONMENTS).merge(new CompartmentTree([{ id: FINANCE.id, name: FINANCE.name, parentId: DEV.tenancyOcid }]));

/** Every hop of a simulation, flattened. */
export function allHops(sim: Simulation): Hop[] {
  return sim.deliveries.flatMap((d) => flattenHops(d.then, d.authorizer));
}
