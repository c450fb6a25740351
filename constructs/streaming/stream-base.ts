import { Construct, IConstruct } from "constructs";
import { EventActionConfig, IEventRule, IEventRuleTarget } from "../events/target";
import { Grant, IGrantable, Principals } from "../iam";

/**
 * A stream as producers, consumers and Events rules see it: an owned
 * {@link Stream} or one imported with `Stream.fromStreamAttributes`.
 */
export interface IStream extends IConstruct, IEventRuleTarget {
  /** OCID of the stream. */
  readonly streamId: string;
  /** Compartment the stream's grants are written for. */
  readonly compartmentId: string;
  /** Lets `grantee` publish messages: `use stream-push` in the stream's compartment. */
  grantPush(grantee: IGrantable): Grant;
  /** Lets `grantee` consume messages: `use stream-pull` in the stream's compartment. */
  grantRead(grantee: IGrantable): Grant;
}

/** What owned and imported streams share: the push/pull grants and the Events target binding. */
export abstract class StreamBase extends Construct implements IStream {
  public abstract readonly streamId: string;
  public abstract readonly compartmentId: string;

  /** Lets `grantee` publish messages: `use stream-push` in the stream's compartment. */
  public grantPush(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, verb: "use", resourceType: "stream-push", compartmentId: this.compartmentId, target: this });
  }

  /** Lets `grantee` consume messages: `use stream-pull` in the stream's compartment. */
  public grantRead(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, verb: "use", resourceType: "stream-pull", compartmentId: this.compartmentId, target: this });
  }

  /** Events rule action `OSS`; grants the Events service `use stream-push` in the stream's compartment. */
  public bindAsEventRuleTarget(rule: IEventRule): EventActionConfig {
    this.grantPush(Principals.service("cloudEvents", rule));
    return { actionType: "OSS", streamId: this.streamId };
  }
}
