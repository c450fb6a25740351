/**
 * The rule set and its runners. State rules run over head and base; a head
 * finding also present in the base is marked not new, so `--fail-on high`
 * gates on risk this change introduces, not on old debt. Change rules run
 * over every changed resource (and, for plans, over unchanged ones whose
 * configuration the plan does not show); their findings are always new.
 */
import { Finding, ResourceDelta, SEVERITIES, StackInput, StackSnapshot, compareStrings, environmentOf } from "../model";
import { allResourcesGrant, broadDynamicGroup, tenancyWideServiceGrant, unconditionedAnyUser } from "./iam-rules";
import { anonymousRoute, authorizerSwapped, credentialedWildcardCors, plainHttpBackend, rateLimitRemoved } from "./apigw-rules";
import { plainHttpSubscription, topicWithoutSubscription } from "./ons-rules";
import { credentialsInEndpoint, literalSecretInConfig, secretContentInConfig } from "./secret-rules";
import { keyProtectionDowngraded, preventDestroyRemoved, publicBucket, softwareKeyInProd } from "./data-rules";
import { eventRuleDisabled, objectEventsDisabled, objectEventsTurnedOff } from "./events-rules";
import { imageRegistryMoved, mutableImageTag, publicRepository, repositoryMadeMutable } from "./function-rules";
import { serviceLogDisabled } from "./log-rules";
import { ingressOpenedToInternet } from "./network-rules";
import { ChangeRule, EnvIndex, Hit, Rule } from "./types";

export { EnvIndex } from "./types";
export type { ChangeRule, Rule } from "./types";

/** Rules over the configuration as it is. */
export const RULES: readonly Rule[] = [
  allResourcesGrant,
  tenancyWideServiceGrant,
  unconditionedAnyUser,
  broadDynamicGroup,
  anonymousRoute,
  plainHttpBackend,
  credentialedWildcardCors,
  plainHttpSubscription,
  topicWithoutSubscription,
  literalSecretInConfig,
  credentialsInEndpoint,
  secretContentInConfig,
  softwareKeyInProd,
  publicBucket,
  objectEventsDisabled,
  mutableImageTag,
  publicRepository,
];

/** Rules over what a change does to a resource. */
export const CHANGE_RULES: readonly ChangeRule[] = [
  rateLimitRemoved,
  authorizerSwapped,
  ingressOpenedToInternet,
  keyProtectionDowngraded,
  preventDestroyRemoved,
  eventRuleDisabled,
  objectEventsTurnedOff,
  imageRegistryMoved,
  repositoryMadeMutable,
  serviceLogDisabled,
];

type Draft = Omit<Finding, "isNew"> & { readonly about?: string };

function draft(rule: Rule | ChangeRule, hit: Hit, stack: string, environment: string, address: string, constructPath: string | undefined): Draft {
  return {
    id: rule.id,
    severity: hit.severity ?? rule.severity,
    title: rule.title,
    stack,
    environment,
    address,
    path: hit.path,
    constructPath,
    message: hit.message,
    remediation: rule.remediation,
    ...(hit.about ? { about: hit.about } : {}),
  };
}

function byEnvironment<T>(items: readonly T[], name: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const i of items) out.set(environmentOf(name(i)), [...(out.get(environmentOf(name(i))) ?? []), i]);
  return out;
}

/** The state rules' drafts over one environment's index. */
function stateDrafts(environment: string, env: EnvIndex, rules: readonly Rule[]): Draft[] {
  const out: Draft[] = [];
  for (const rule of rules) {
    for (const type of rule.types) {
      for (const { stack, resource } of env.ofType(type)) {
        for (const hit of rule.check(resource, { stack, environment, env })) out.push(draft(rule, hit, stack, environment, resource.address, resource.constructPath));
      }
    }
  }
  return out;
}

/** Runs every state rule over every stack of the given snapshots, environment by environment. */
export function evaluate(snapshots: readonly StackSnapshot[], rules: readonly Rule[] = RULES): Draft[] {
  return [...byEnvironment(snapshots, (s) => s.name)].flatMap(([environment, stacks]) => stateDrafts(environment, new EnvIndex(stacks), rules));
}

/** One environment of a review: its stack inputs and the index of each side, built once. */
interface Environment {
  readonly environment: string;
  readonly inputs: readonly StackInput[];
  readonly base: EnvIndex;
  readonly head: EnvIndex;
}

function environments(inputs: readonly StackInput[]): Environment[] {
  return [...byEnvironment(inputs, (i) => i.stack)].map(([environment, stacks]) => {
    const side = (s: "base" | "head") => new EnvIndex(stacks.map((i) => i[s]).filter((x): x is StackSnapshot => !!x));
    return { environment, inputs: stacks, base: side("base"), head: side("head") };
  });
}

/** The change rules' drafts over the changed (and, for plans, unchanged) resources of one environment. */
function changeDrafts({ environment, inputs, base: baseEnv, head: env }: Environment, rules: readonly ChangeRule[]): Draft[] {
  const out: Draft[] = [];
  for (const input of inputs) {
    const deltas: readonly ResourceDelta[] = [...input.changes, ...(input.unchanged ?? [])];
    for (const rule of rules) {
      for (const d of deltas) {
        if (!rule.types.includes(d.type)) continue;
        for (const hit of rule.check(d, { stack: input.stack, environment, env, baseEnv })) out.push(draft(rule, hit, input.stack, environment, d.address, d.constructPath));
      }
    }
  }
  return out;
}

/** Runs every change rule over the changed (and, for plans, unchanged) resources of every stack. */
export function evaluateChanges(inputs: readonly StackInput[], rules: readonly ChangeRule[] = CHANGE_RULES): Draft[] {
  return environments(inputs).flatMap((e) => changeDrafts(e, rules));
}

// The path is left out: a statement that moves to another index is the same finding.
const key = (f: Draft) => `${f.id}|${f.stack}|${f.address}|${f.message}`;

/** Severity first, then location, so the worst findings lead every table. */
export function compareFindings(a: Draft, b: Draft): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    compareStrings(a.stack, b.stack) ||
    compareStrings(a.address, b.address) ||
    compareStrings(a.path ?? "", b.path ?? "") ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.message, b.message)
  );
}

function finish(drafts: readonly Draft[], isNew: (f: Draft) => boolean): Finding[] {
  // `about` only links findings while they are computed.
  return [...drafts].sort(compareFindings).map(({ about: _about, ...f }) => ({ ...f, isNew: isNew(f) }));
}

/**
 * Every finding of a review: state findings (new or existing) and change
 * findings (new), without the state findings a change finding supersedes
 * (a rule watching a bucket whose object events this change turns off is one
 * risk, reported once, at the bucket).
 */
export function reviewFindings(inputs: readonly StackInput[]): Finding[] {
  // Each environment's base and head indexes serve both the state and the change rules.
  const envs = environments(inputs);
  const existing = new Set(envs.flatMap((e) => stateDrafts(e.environment, e.base, RULES)).map(key));
  const changes = envs.flatMap((e) => changeDrafts(e, CHANGE_RULES));
  const superseded = new Set(
    changes.flatMap((c) => (CHANGE_RULES.find((r) => r.id === c.id)?.supersedes ?? []).map((id) => `${id}|${c.stack}:${c.address}`)),
  );
  const state = envs.flatMap((e) => stateDrafts(e.environment, e.head, RULES)).filter((f) => !(f.about && superseded.has(`${f.id}|${f.about}`)));
  // Change findings never match a base state finding: they are always new.
  return finish([...state, ...changes], (f) => !existing.has(key(f)));
}
