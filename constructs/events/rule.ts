import { Construct } from "constructs";
import { EventsRule, EventsRuleActionsActions, eventsRuleActionsActionsToTerraform } from "../../.gen/providers/oci/events-rule";
import { addCheck, checkCompartmentOcid, deferredValue, Duration, hasRecordedErrors, reject, isToken, OciEnvironment, OciValidationError, parseOcid } from "../core";
import { ILogGroup, ServiceLog } from "../logging";
import { Metric, MetricOptions, resourceMetric } from "../monitoring";
import { buildCondition, BuiltCondition, EventPattern, shownValue } from "./condition";
import { objectEventProblems } from "./object-events";
import { EVENTS_METRICS } from "./metrics";
import { EventActionConfig, IEventRule, IEventRuleTarget } from "./target";

export interface EventRuleProps {
  /** Name shown in the console (not unique). */
  readonly displayName: string;
  /** What the rule is for. Default: none. */
  readonly description?: string;
  /** Compartment of the rule: it sees events of this compartment and all its descendants. Default: the environment's compartment. */
  readonly compartmentId?: string;
  /** Whether the rule delivers events. Default true. */
  readonly enabled?: boolean;
  /** Which events match: event types from the `EventTypes` catalogue (or `EventType.custom`) and `data` filters. */
  readonly condition: EventPattern;
  /** Initial targets; more with {@link EventRule.addTarget}. A rule needs at least one before synthesis. Default: none. */
  readonly targets?: readonly IEventRuleTarget[];
  /**
   * For rules selecting object events (createobject/updateobject/deleteobject,
   * or a wildcard matching them) of buckets that are not `Bucket`s of this app
   * (a plain name, a name pattern, or no bucket filter): states that those
   * buckets have `object_events_enabled = true`, which the library cannot
   * check. Buckets of this app are always checked. Default false.
   */
  readonly objectEventsSourceConfirmed?: boolean;
}

/** Options of one action. */
export interface EventRuleTargetOptions {
  /** Shown in the console next to the action. Default: the target's own description, if any. */
  readonly description?: string;
  /** Whether this action delivers. Default true. */
  readonly enabled?: boolean;
}

/** Options of {@link EventRule.enableExecutionLog}. */
export interface EventRuleExecutionLogOptions {
  /** Display name of the log, unique in the group. Default `<rule construct id>-execution`. */
  readonly displayName?: string;
  /** How long entries are kept: 30, 60, 90, 120, 150 or 180 days (`Duration.days(90)`). Default 30 days. */
  readonly retention?: Duration;
}

/** Which id each action type carries, and the OCID prefix of a literal id. */
const ACTION_IDS = {
  ONS: { key: "topicId", ocid: "onstopic", what: "a Notifications topic" },
  OSS: { key: "streamId", ocid: "stream", what: "a Streaming stream" },
  FAAS: { key: "functionId", ocid: "fnfunc", what: "a function" },
} as const;
const ID_KEYS = ["topicId", "streamId", "functionId"] as const;

/**
 * An OCI Events rule (`oci_events_rule`): a typed condition rendered as
 * canonical JSON, and actions added through targets that grant the Events
 * service what delivery needs (the AWS CDK `Rule.addTarget` pattern). Actions
 * render lazily, so targets added after construction are included.
 */
export class EventRule extends Construct implements IEventRule {
  /** The generated `oci_events_rule`. */
  public readonly resource: EventsRule;
  /** OCID of the rule (read on demand). */
  public get ruleId(): string {
    return this.resource.id;
  }
  public readonly compartmentId: string;
  public readonly displayName: string;
  /** The `condition` JSON as synthesized. */
  public readonly condition: string;
  /** The matched event types (empty: any). */
  public readonly eventTypes: readonly string[];
  private readonly actions: EventsRuleActionsActions[] = [];
  private executionLog?: ServiceLog;

  constructor(scope: Construct, id: string, props: EventRuleProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    if (typeof props.displayName !== "string" || props.displayName.trim() === "") reject(this, "displayName", props.displayName, "a non-empty display name is required by OCI");
    this.displayName = props.displayName;
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid);
    if (!props.condition || typeof props.condition !== "object") {
      reject(this, "condition", props.condition, "a condition is required: eventTypes and/or data filters (or matchEveryEvent: true)");
    }
    const built: BuiltCondition = props.condition && typeof props.condition === "object" ? buildCondition(this, props.condition) : { json: "{}", eventTypes: [], bucketNames: [] };
    this.condition = built.json;
    this.eventTypes = built.eventTypes;
    this.resource = new EventsRule(this, "rule", {
      compartmentId: this.compartmentId,
      displayName: this.displayName,
      description: props.description,
      isEnabled: props.enabled ?? true,
      condition: this.condition,
      actions: { actions: deferredValue(() => this.actions.map((a) => eventsRuleActionsActionsToTerraform(a))) },
      freeformTags: env.tags(),
    });
    for (const target of props.targets ?? []) this.addTarget(target);
    const confirmed = props.objectEventsSourceConfirmed ?? false;
    addCheck(this, () => [
      ...(this.actions.length ? [] : [new OciValidationError(this.node.path, "actions", [], "a rule needs at least one target (rule.addTarget(topic | stream | function))")]),
      ...objectEventProblems(this, built, confirmed),
    ]);
  }

  /**
   * Delivers matching events to `target` (a topic, stream or function). The
   * target grants the Events service what delivery needs (e.g. `Allow service
   * cloudEvents to use ons-topics in compartment id <topic compartment>`).
   */
  public addTarget(target: IEventRuleTarget, options: EventRuleTargetOptions = {}): void {
    const config = target.bindAsEventRuleTarget(this);
    const field = `actions[${this.actions.length}]`;
    // An imported target that refused its own OCID has reported it: its id is not checked a second time.
    const action = this.checkAction(field, config, !hasRecordedErrors(target));
    const spec = ACTION_IDS[config.actionType];
    if (!spec) return;
    const key = spec.key;
    if (this.actions.some((a) => a.actionType === action.actionType && a[key] === action[key])) {
      reject(this, `${field}.${key}`, shownValue(this, action[key]!), "is already a target of this rule");
      return;
    }
    this.actions.push({ ...action, description: options.description ?? config.description, isEnabled: options.enabled ?? true });
  }

  /**
   * Turns on the rule's execution log (service `cloudevents`, category
   * `ruleexecutionlog`) in `logGroup`: it records each delivery attempt,
   * including the 403s of a missing grant that the console does not show.
   */
  public enableExecutionLog(logGroup: ILogGroup, options: EventRuleExecutionLogOptions = {}): ServiceLog {
    if (this.executionLog) {
      reject(this, "executionLog", this.executionLog, "the execution log is already enabled");
      return this.executionLog;
    }
    this.executionLog = new ServiceLog(this, "execution-log", {
      logGroup,
      source: "eventsRuleExecution",
      resourceId: this.ruleId,
      resourceCompartmentId: this.compartmentId,
      displayName: options.displayName ?? `${this.node.id}-execution`,
      retention: options.retention,
    });
    return this.executionLog;
  }

  /** A metric of this rule: namespace `oci_cloudevents`, scoped by `resourceId` (the rule's OCID), in the rule's compartment. */
  public metric(metricName: string, options: MetricOptions = {}): Metric {
    return this.ruleMetric(metricName, undefined, options);
  }

  /** Events the rule matched (`MatchedEvents`, count; sum per interval). */
  public metricMatchedEvents(options: MetricOptions = {}): Metric {
    return this.ruleMetric(EVENTS_METRICS.matchedEvents, "count", options);
  }

  /** Deliveries to the rule's actions that succeeded (`DeliverySucceedEvents`, count; sum per interval). */
  public metricDeliveredEvents(options: MetricOptions = {}): Metric {
    return this.ruleMetric(EVENTS_METRICS.deliveredEvents, "count", options);
  }

  /** Deliveries to the rule's actions that failed, e.g. for a missing grant (`DeliveryFailedEvents`, count; sum per interval). */
  public metricFailedDeliveries(options: MetricOptions = {}): Metric {
    return this.ruleMetric(EVENTS_METRICS.failedDeliveries, "count", options);
  }

  private ruleMetric(metricName: string, unit: string | undefined, options: MetricOptions): Metric {
    return resourceMetric({ namespace: EVENTS_METRICS.namespace, metricName, unit, scope: { dimension: "resourceId", value: this.ruleId }, compartmentId: this.compartmentId }, options);
  }

  /** The action must carry exactly the id of its type (ONS->topicId, OSS->streamId, FAAS->functionId). */
  private checkAction(field: string, config: EventActionConfig, checkId = true): Pick<EventsRuleActionsActions, "actionType" | "topicId" | "streamId" | "functionId"> {
    const spec = ACTION_IDS[config.actionType];
    if (!spec) {
      reject(this, `${field}.actionType`, config.actionType, `must be one of ${Object.keys(ACTION_IDS).join(", ")}`);
      return { actionType: config.actionType };
    }
    for (const key of ID_KEYS) {
      if (key !== spec.key && config[key] !== undefined) reject(this, `${field}.${key}`, config[key], `must be unset for ${config.actionType} actions, which carry only ${spec.key}`);
    }
    const id = config[spec.key];
    if (id === undefined || id === "") reject(this, `${field}.${spec.key}`, id, `${config.actionType} actions need the OCID of ${spec.what}`);
    else if (checkId && !isToken(id)) {
      const parts = parseOcid(id);
      if (parts?.type !== spec.ocid) {
        reject(this, `${field}.${spec.key}`, id, `must be the OCID of ${spec.what} (ocid1.${spec.ocid}.<realm>.<region>.<id>)${parts ? ` (this is a ${parts.type} OCID)` : ""}`);
      }
    }
    return { actionType: config.actionType, [spec.key]: id };
  }
}
