/**
 * The rule set and its runner. Findings are computed for head and base; a
 * head finding also present in the base is marked not new, so `--fail-on high`
 * gates on risk this change introduces, not on old debt.
 */
import { Finding, SEVERITIES, StackSnapshot, compareStrings, environmentOf } from "../model";
import { allResourcesGrant, broadDynamicGroup, tenancyWideServiceGrant, unconditionedAnyUser } from "./iam-rules";
import { anonymousRoute, plainHttpBackend } from "./apigw-rules";
import { plainHttpSubscription, topicWithoutSubscription } from "./ons-rules";
import { credentialsInEndpoint, literalSecretInConfig, secretContentInConfig } from "./secret-rules";
import { objectEventsDisabled, publicBucket, softwareKeyInProd } from "./data-rules";
import { EnvIndex, Rule } from "./types";

export { EnvIndex } from "./types";
export type { Rule } from "./types";

export const RULES: readonly Rule[] = [
  allResourcesGrant,
  tenancyWideServiceGrant,
  unconditionedAnyUser,
  broadDynamicGroup,
  anonymousRoute,
  plainHttpBackend,
  plainHttpSubscription,
  topicWithoutSubscription,
  literalSecretInConfig,
  credentialsInEndpoint,
  secretContentInConfig,
  softwareKeyInProd,
  publicBucket,
  objectEventsDisabled,
];

type Draft = Omit<Finding, "isNew">;

/** Runs every rule over every stack of the given snapshots, environment by environment. */
export function evaluate(snapshots: readonly StackSnapshot[], rules: readonly Rule[] = RULES): Draft[] {
  const byEnv = new Map<string, StackSnapshot[]>();
  for (const s of snapshots) byEnv.set(environmentOf(s.name), [...(byEnv.get(environmentOf(s.name)) ?? []), s]);
  const out: Draft[] = [];
  for (const [environment, stacks] of byEnv) {
    const env = new EnvIndex(stacks);
    for (const rule of rules) {
      for (const type of rule.types) {
        for (const { stack, resource } of env.ofType(type)) {
          for (const hit of rule.check(resource, { stack, environment, env })) {
            out.push({
              id: rule.id,
              severity: hit.severity ?? rule.severity,
              title: rule.title,
              stack,
              environment,
              address: resource.address,
              path: hit.path,
              constructPath: resource.constructPath,
              message: hit.message,
              remediation: rule.remediation,
            });
          }
        }
      }
    }
  }
  return out;
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

/** Head findings, each marked new unless the base had the same one. */
export function findingsFor(head: readonly StackSnapshot[], base: readonly StackSnapshot[], rules: readonly Rule[] = RULES): Finding[] {
  const existing = new Set(evaluate(base, rules).map(key));
  return evaluate(head, rules)
    .sort(compareFindings)
    .map((f) => ({ ...f, isNew: !existing.has(key(f)) }));
}
