/** What every entry point shares: the loaded app, the stacks to consider, the compartment tree. */
import { CompartmentTree } from "./compartments";
import { AppSource, SynthApp, SynthResource, loadSynthApp, resourcesOfType } from "./model";
import { SimulationInputError } from "./types";

export interface SimulateOptions {
  /** Only these stacks' rules, alarms, topics and gateways are entry points (routing still follows references into any stack). Default: every stack. */
  readonly stacks?: readonly string[];
  /**
   * The compartment tree. Default: what the synthesized app tells (tenancy and
   * compartment OCIDs it uses, home region of its `oci.home` provider); a tree
   * given here wins, and the app fills in compartments it does not list.
   */
  readonly compartments?: CompartmentTree;
  /** Region the event is emitted in. Default: the home region for IAM events, else unknown (rules of every region are considered). */
  readonly region?: string;
}

export interface SimulationContext {
  readonly app: SynthApp;
  readonly stacks: ReadonlySet<string>;
  readonly tree: CompartmentTree;
}

/** The stacks given (`--stack`, `options.stacks`), or every stack of the app when none are. */
export function selectedStacks(app: SynthApp, stacks?: readonly string[]): Set<string> {
  return new Set(stacks?.length ? stacks : app.stacks.keys());
}

export function simulationContext(source: AppSource, options: SimulateOptions = {}): SimulationContext {
  const app = loadSynthApp(source);
  const known = [...app.stacks.keys()];
  const unknown = (options.stacks ?? []).filter((s) => !app.stacks.has(s));
  if (unknown.length) {
    throw new SimulationInputError(`unknown stack${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} in ${app.source}; stacks: ${known.join(", ")}`);
  }
  const fromApp = CompartmentTree.fromApp(app);
  return { app, stacks: selectedStacks(app, options.stacks), tree: options.compartments ? options.compartments.merge(fromApp) : fromApp };
}

/**
 * Finds one resource of `type` in the selected stacks by Terraform address,
 * construct path (or a prefix of it), `display_name`/`name`, or the
 * Terraform resource name; a reference that matches none, or several, is bad input.
 */
export function findResource(ctx: SimulationContext, type: string, ref: string, what: string): SynthResource {
  const candidates = resourcesOfType(ctx.app, type).filter((r) => ctx.stacks.has(r.stack));
  const named = (r: SynthResource) => [r.body.display_name, r.body.name].some((n) => n === ref);
  const found = candidates.filter(
    (r) => r.address === ref || r.name === ref || r.constructPath === ref || (r.constructPath?.startsWith(`${ref}/`) ?? false) || named(r),
  );
  const list = (rs: SynthResource[]) => rs.map((r) => `[${r.stack}] ${r.address}${typeof r.body.display_name === "string" ? ` "${r.body.display_name}"` : typeof r.body.name === "string" ? ` "${r.body.name}"` : ""}`).join("; ");
  if (!found.length) {
    throw new SimulationInputError(`no ${what} "${ref}" in the selected stacks (${[...ctx.stacks].join(", ")}); ${what}s: ${candidates.length ? list(candidates) : "none"}`);
  }
  if (found.length > 1) throw new SimulationInputError(`"${ref}" names ${found.length} ${what}s: ${list(found)}; choose one with --stack <name>`);
  return found[0];
}
