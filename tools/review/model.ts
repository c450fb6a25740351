/**
 * The normalized model both inputs (two synth outputs, or plan files) are
 * loaded into, and the report every renderer reads. Keeping one model means
 * the IAM, exposure and findings passes never care where the data came from.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One resource as configured: Terraform address `type.name`, body without cdktf's `//` metadata. */
export interface ResourceState {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly body: JsonObject;
  /** cdktf construct path (synth input only), shown so reviewers find the code. */
  readonly constructPath?: string;
  /** Plan input: Terraform's sensitive-marker tree for `body` (values that came from sensitive variables or schema-sensitive attributes). */
  readonly sensitive?: Json;
}

/** Every resource and output of one stack at one point in time. */
export interface StackSnapshot {
  readonly name: string;
  readonly resources: ReadonlyMap<string, ResourceState>;
  /** Output name → value expression; used to follow cdktf cross-stack references. */
  readonly outputs: Readonly<Record<string, Json>>;
}

export type ChangeAction = "create" | "update" | "replace" | "delete" | "forget";

/** One changed leaf attribute; values are already rendered and masked. */
export interface AttributeChange {
  readonly path: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly forcesReplacement: boolean;
}

/** One resource on both sides of a change, as the change rules see it. */
export interface ResourceDelta {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  /** `no-op`: Terraform plans nothing, yet the configuration may differ (an Optional+Computed block removed from it stays in the plan's `after`). */
  readonly action: ChangeAction | "no-op";
  readonly constructPath?: string;
  readonly before: JsonObject | null;
  readonly after: JsonObject | null;
  /**
   * Plan input: the configuration's expressions for this resource
   * (`configuration.root_module.resources[].expressions`: nested blocks as
   * arrays of objects). Absent for synth input, whose body is the configuration.
   */
  readonly declared?: JsonObject;
}

export interface ResourceChange extends ResourceDelta {
  readonly action: ChangeAction;
  /** Terraform's `action_reason`, or why the synth diff chose a replacement. */
  readonly reason?: string;
  readonly attributes: readonly AttributeChange[];
  readonly replacePaths: readonly string[];
}

/** What the loaders hand to the review: the changes of one stack plus both snapshots. */
export interface StackInput {
  readonly stack: string;
  readonly environment: string;
  readonly changes: readonly ResourceChange[];
  /** Plan input: resources Terraform leaves alone, with their configuration, for the change rules. */
  readonly unchanged?: readonly ResourceDelta[];
  readonly base: StackSnapshot | null;
  readonly head: StackSnapshot | null;
}

/** The environment is the suffix after the last `-` of the stack name (`alerts-prod` → `prod`). */
export function environmentOf(stack: string): string {
  const i = stack.lastIndexOf("-");
  return i >= 0 && i < stack.length - 1 ? stack.slice(i + 1) : stack;
}

// ---- report -------------------------------------------------------------------

export type Severity = "critical" | "high" | "medium" | "low";
export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];

/** 0 for critical … 3 for low; 4 for nothing, so "no severity" sorts last. */
export function severityRank(s: Severity | undefined | null): number {
  return s ? SEVERITIES.indexOf(s) : SEVERITIES.length;
}

/** The worst of the given severities, or undefined when none is given. */
export function worstSeverity(...severities: ReadonlyArray<Severity | undefined | null>): Severity | undefined {
  return SEVERITIES[Math.min(...severities.map(severityRank))];
}

export function isSevere(s: Severity | undefined | null): boolean {
  return s === "critical" || s === "high";
}

export interface Counts {
  add: number;
  change: number;
  replace: number;
  destroy: number;
}

export interface Warning {
  readonly action: "delete" | "replace" | "forget";
  readonly address: string;
  readonly type: string;
  readonly reason?: string;
  readonly replacePaths: readonly string[];
  /** critical for data-bearing resources (vaults, keys, secrets, buckets, streams, logs), high otherwise, low for a state removal. */
  readonly severity: Severity;
}

export interface StatementChange {
  readonly policy: string;
  readonly change: "added" | "removed";
  readonly statement: string;
  readonly broadening: boolean;
  readonly reasons: readonly string[];
  /** Set when `broadening`: how far the access widens (see the README's IAM table). */
  readonly severity?: Severity;
}

export interface DynamicGroupChange {
  readonly address: string;
  readonly change: "added" | "removed" | "changed";
  readonly before: string | null;
  readonly after: string | null;
  readonly broadening: boolean;
  readonly reasons: readonly string[];
  /** Set when `broadening`. */
  readonly severity?: Severity;
}

export type ExposureKind =
  | "anonymous-route"
  | "authentication-removed"
  | "subscription-endpoint"
  | "public-bucket"
  | "public-gateway"
  | "public-repository"
  | "cors-widened"
  | "network-opened";

export interface ExposureChange {
  readonly address: string;
  readonly kind: ExposureKind;
  readonly detail: string;
  readonly severity: Severity;
}

export interface Finding {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly stack: string;
  readonly environment: string;
  readonly address: string;
  readonly path?: string;
  readonly constructPath?: string;
  readonly message: string;
  readonly remediation: string;
  /** False when the same finding already held for the base, so reviewers can tell old debt from new risk. */
  readonly isNew: boolean;
}

export interface ChangeSummary {
  readonly address: string;
  readonly type: string;
  readonly action: ChangeAction;
  readonly reason?: string;
  readonly constructPath?: string;
  readonly attributes: readonly AttributeChange[];
}

/** One line of the summary: a resource and everything risky about it, at its worst severity. */
export interface TopRisk {
  readonly severity: Severity;
  readonly stack: string;
  readonly address: string;
  /** Short descriptions, worst first: `destroyed`, `OCI-IAM-001 all-resources grant`, `broadens access: …`, `anonymous-route: …`. */
  readonly risks: readonly string[];
}

export interface StackReport {
  readonly stack: string;
  readonly environment: string;
  /** The worst severity of anything this change does to the stack (warnings, new findings, broadening, exposure); null when nothing. */
  readonly worst: Severity | null;
  readonly counts: Counts;
  readonly warnings: readonly Warning[];
  readonly iam: { readonly statements: readonly StatementChange[]; readonly dynamicGroups: readonly DynamicGroupChange[] };
  readonly exposure: readonly ExposureChange[];
  readonly findings: readonly Finding[];
  readonly changes: readonly ChangeSummary[];
}

export type FailOn = "broadening" | "high" | "destroy";
export const FAIL_ON: readonly FailOn[] = ["broadening", "high", "destroy"];

export interface GateResult {
  readonly failOn: readonly FailOn[];
  /** Whether each condition holds, whatever `failOn` says, so CI can decide on the JSON alone. */
  readonly conditions: Readonly<Record<FailOn, boolean>>;
  readonly failed: boolean;
  readonly reasons: readonly string[];
}

export interface Report {
  readonly tool: "oci-plan-review";
  readonly schemaVersion: 1;
  readonly source: "synth" | "plan";
  readonly summary: Counts & {
    readonly stacks: number;
    readonly stacksWithChanges: number;
    readonly broadening: number;
    /** Broadening IAM statement and dynamic-group changes by severity. */
    readonly broadeningBySeverity: Readonly<Record<Severity, number>>;
    readonly findings: Readonly<Record<Severity, number>>;
    readonly newFindings: Readonly<Record<Severity, number>>;
    /** The riskiest resources across all stacks, worst first (at most five). */
    readonly topRisks: readonly TopRisk[];
  };
  readonly stacks: readonly StackReport[];
  readonly gate: GateResult;
}

/** Locale-independent ordering, so golden files match on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
