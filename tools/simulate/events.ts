/**
 * An OCI event through the app's Events rules. A rule delivers an event when
 * (docs/oci-facts.md#events):
 * - the rule and the action are enabled;
 * - its condition matches (matching.ts);
 * - the event was emitted in the rule's compartment or a descendant of it;
 * - the event was emitted in the rule's region (IAM events: the home region).
 * The first check that fails is the reason reported for a rule that does not deliver.
 */
import { SimulateOptions, SimulationContext, simulationContext } from "./context";
import { homeRegionFor, literalCompartment, ruleFindingsFor, SOURCES } from "./findings";
import { isIdentityEventType } from "./identity";
import { matchCondition, parseCondition } from "./matching";
import { AppSource, isObject, Json, SynthResource, resourcesOfType } from "./model";
import { referencedResource } from "./refs";
import { externalTarget, fanOut, flag, functionHop, refOf, ruleActions } from "./routing";
import { Delivery, Hop, NonMatching, Payload, Simulation, SimulationInputError } from "./types";

const ACTIONS = { ONS: "topic_id", FAAS: "function_id", OSS: "stream_id" } as const;
type ActionType = keyof typeof ACTIONS;

/** The compartment an event was emitted in: `extensions.compartmentId` (the envelope), else `data.compartmentId`. */
export function eventCompartment(event: { [key: string]: Json }): string | undefined {
  const ext = isObject(event.extensions) ? event.extensions.compartmentId : undefined;
  if (typeof ext === "string" && ext) return ext;
  const data = isObject(event.data) ? event.data.compartmentId : undefined;
  return typeof data === "string" && data ? data : undefined;
}

function nonMatching(rule: SynthResource, reason: string): NonMatching {
  const name = typeof rule.body.display_name === "string" ? rule.body.display_name : undefined;
  return { stack: rule.stack, rule: rule.address, displayName: name, constructPath: rule.constructPath, reason };
}

/** Why `rule` does not see an event from `compartment` in `region`, or undefined when it does; assumptions are collected. */
function scopeProblem(ctx: SimulationContext, rule: SynthResource, compartment: string | undefined, region: string | undefined, assumptions: string[]): string | undefined {
  const ruleCompartment = literalCompartment(ctx.app, rule);
  if (!compartment) return "the event carries no compartment (extensions.compartmentId or data.compartmentId): a rule only sees events emitted in its compartment or below";
  if (!ruleCompartment) {
    assumptions.push(`the rule's compartment_id is an expression (${JSON.stringify(rule.body.compartment_id)}); compartment scoping assumed to pass`);
  } else {
    const c = ctx.tree.contains(ruleCompartment, compartment);
    if (c.assumption) assumptions.push(c.assumption);
    if (!c.within) {
      return `the event comes from compartment ${ctx.tree.describe(compartment)}, outside the rule's compartment ${ctx.tree.describe(ruleCompartment)} and its descendants`;
    }
  }
  if (region && rule.region && region !== rule.region) return `the event is emitted in ${region}; the rule is in ${rule.region} and sees only events of its own region`;
  return undefined;
}

function deliver(ctx: SimulationContext, rule: SynthResource, type: ActionType, idValue: Json | undefined, body: string, eventId: string): Delivery {
  const target = referencedResource(ctx.app, rule.stack, idValue);
  const payload: Payload = { kind: "cloudevent", body, headers: { "Content-Type": "application/json" } };
  let then: Hop[];
  if (!target) then = [externalTarget(idValue)];
  else if (type === "ONS") then = fanOut(ctx.app, target, body, "cloudevent", `simulated-${eventId}`);
  else if (type === "FAAS") then = [functionHop(target, payload)];
  else then = [{ kind: "stream", resource: refOf(target), payload, note: "kept in the stream for its consumers (Connector Hub, applications); not followed further" }];
  const name = typeof rule.body.display_name === "string" ? rule.body.display_name : undefined;
  return {
    stack: rule.stack,
    rule: rule.address,
    displayName: name,
    constructPath: rule.constructPath,
    action: type,
    target: target ? target.address : typeof idValue === "string" ? idValue : JSON.stringify(idValue ?? null),
    targetStack: target && target.stack !== rule.stack ? target.stack : undefined,
    targetConstructPath: target?.constructPath,
    then,
  };
}

/** Routes `event` (an OCI event envelope) through every Events rule of the selected stacks. */
export function simulateEvent(source: AppSource, event: unknown, options: SimulateOptions = {}): Simulation {
  const ctx = simulationContext(source, options);
  if (!isObject(event as Json)) throw new SimulationInputError("the event must be a JSON object (an OCI event envelope: eventType, eventID, data, ...)");
  const ev = event as { [key: string]: Json };
  const eventType = typeof ev.eventType === "string" ? ev.eventType : undefined;
  const compartment = eventCompartment(ev);
  const notes: string[] = [];
  const identity = !!eventType && isIdentityEventType(eventType);
  const home = identity ? homeRegionFor(ctx.tree, compartment) : undefined;
  let region = options.region;
  if (!region && identity) {
    region = home;
    if (region) notes.push(`IAM event: emitted in the home region ${region} (${SOURCES.homeRegion})`);
  }
  if (region && identity && home && home !== region) notes.push(`IAM events are emitted in the home region ${home}, not in ${region} (${SOURCES.homeRegion})`);
  if (!region) notes.push("event region not given (--region): rules of every region are considered");
  const body = JSON.stringify(event);
  const eventId = typeof ev.eventID === "string" ? ev.eventID : "event";
  const deliveries: Delivery[] = [];
  const misses: NonMatching[] = [];
  for (const rule of resourcesOfType(ctx.app, "oci_events_rule").filter((r) => ctx.stacks.has(r.stack))) {
    if (!flag(rule.body.is_enabled, true)) {
      misses.push(nonMatching(rule, "the rule is disabled (is_enabled = false)"));
      continue;
    }
    const condition = parseCondition(rule.body.condition);
    if (condition === undefined) {
      misses.push(nonMatching(rule, `the condition is not literal JSON (${JSON.stringify(rule.body.condition)}): it cannot be evaluated before apply`));
      continue;
    }
    const match = matchCondition(condition, ev);
    if (!match.matched) {
      misses.push(nonMatching(rule, match.reason));
      continue;
    }
    const assumptions: string[] = [];
    const problem = scopeProblem(ctx, rule, compartment, region, assumptions);
    if (problem) {
      misses.push(nonMatching(rule, problem));
      continue;
    }
    ruleActions(rule).forEach((action, i) => {
      const type = action.action_type;
      if (type !== "ONS" && type !== "FAAS" && type !== "OSS") {
        misses.push(nonMatching(rule, `action ${i} has action_type ${JSON.stringify(type)}, which is none of ONS, FAAS, OSS`));
        return;
      }
      if (!flag(action.is_enabled, true)) {
        misses.push(nonMatching(rule, `matched, but action ${i} (${type}) is disabled (is_enabled = false)`));
        return;
      }
      const d = deliver(ctx, rule, type, action[ACTIONS[type]], body, eventId);
      deliveries.push(assumptions.length ? { ...d, assumptions } : d);
    });
  }
  return {
    kind: "event",
    input: { eventType: eventType ?? null, eventID: ev.eventID ?? null, compartment: compartment ? ctx.tree.describe(compartment) : null, region: region ?? null },
    deliveries,
    nonMatching: misses,
    findings: ruleFindingsFor(ctx.app, ctx.tree, ctx.stacks),
    notes,
  };
}
