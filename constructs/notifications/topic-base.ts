import { IConstruct } from "constructs";
import { Grant, IGrantable } from "../iam";

/** A Notifications topic as subscriptions and publishers see it. */
export interface ITopic extends IConstruct {
  /** OCID of the topic. */
  readonly topicId: string;
  /** Compartment of the topic; its subscriptions are created there too. */
  readonly compartmentId: string;
  /** The topic's final (tenancy-unique) name. */
  readonly topicName: string;
  /** Lets `grantee` publish to the topic: `use ons-topics` in the topic's compartment. */
  grantPublish(grantee: IGrantable): Grant;
}
