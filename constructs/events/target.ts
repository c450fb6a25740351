import { IConstruct } from "constructs";

/** An Events rule as its targets see it while binding. */
export interface IEventRule extends IConstruct {
  /** Compartment of the rule (it matches events from this compartment and its children). */
  readonly compartmentId: string;
}

/** What a target contributes to the rule's `actions` block. */
export interface EventActionConfig {
  /** ONS (Notifications topic), OSS (Streaming stream) or FAAS (function). */
  readonly actionType: "ONS" | "OSS" | "FAAS";
  /** Topic OCID, for ONS. */
  readonly topicId?: string;
  /** Stream OCID, for OSS. */
  readonly streamId?: string;
  /** Function OCID, for FAAS. */
  readonly functionId?: string;
  /** Shown in the console next to the action. */
  readonly description?: string;
}

/**
 * Anything an Events rule can deliver to: topics, streams and functions
 * implement it. `bindAsEventRuleTarget` returns the action and, as its side
 * effect, grants the Events service what delivery needs (the AWS CDK
 * `IRuleTarget.bind` pattern).
 */
export interface IEventRuleTarget {
  bindAsEventRuleTarget(rule: IEventRule): EventActionConfig;
}
