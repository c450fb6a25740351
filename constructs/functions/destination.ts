import { IConstruct } from "constructs";
import type { FunctionsFunctionSuccessDestination } from "../../.gen/providers/oci/functions-function";
import { checkOcid, checkOneOf, fail } from "../core";
import type { ITopic } from "../notifications/topic-base";
import type { IStream } from "../streaming/stream-base";

export const DESTINATION_KINDS = ["NONE", "NOTIFICATION", "QUEUE", "STREAM"] as const;

/**
 * Where OCI Functions sends the result of a detached invocation. Each kind
 * takes its own target and no other: NOTIFICATION a topic, QUEUE a queue (and
 * optionally a channel), STREAM a stream.
 */
export interface FunctionDestination {
  /** NONE (no delivery), NOTIFICATION, QUEUE or STREAM. */
  readonly kind: (typeof DESTINATION_KINDS)[number];
  /** Notifications topic (a `NotificationTopic` or `NotificationTopic.fromNotificationTopicAttributes`); required for NOTIFICATION. */
  readonly topic?: ITopic;
  /** Queue OCID (queues are not modelled by this library); required for QUEUE. */
  readonly queueId?: string;
  /** Queue channel the message is put on; QUEUE only, optional (default: the queue's default channel). */
  readonly channelId?: string;
  /** Stream (a `Stream` or `Stream.fromStreamAttributes`); required for STREAM. */
  readonly stream?: IStream;
}

const FIELDS = ["topic", "queueId", "channelId", "stream"] as const;
type Field = (typeof FIELDS)[number];

/** The target field each kind needs (with the OCID it carries and that OCID's type) and the fields it may take besides. */
const KIND_FIELDS: Record<FunctionDestination["kind"], { required?: [Field, (d: FunctionDestination) => string | undefined, string]; optional: readonly Field[] }> = {
  NONE: { optional: [] },
  NOTIFICATION: { required: ["topic", (d) => d.topic?.topicId, "onstopic"], optional: [] },
  QUEUE: { required: ["queueId", (d) => d.queueId, "queue"], optional: ["channelId"] },
  STREAM: { required: ["stream", (d) => d.stream?.streamId, "stream"], optional: [] },
};

/** Validates one destination (`field` is `successDestination` or `failureDestination`) and returns its block. */
export function checkDestination(scope: IConstruct, field: string, destination: FunctionDestination): FunctionsFunctionSuccessDestination {
  checkOneOf(scope, `${field}.kind`, destination.kind, DESTINATION_KINDS);
  const { required, optional } = KIND_FIELDS[destination.kind];
  if (required) {
    const [targetField, idOf, ocidType] = required;
    const id = idOf(destination);
    if (id === undefined || id === "") fail(scope, `${field}.${targetField}`, id, `is required for kind ${destination.kind}`);
    checkOcid(scope, `${field}.${targetField}`, id, ocidType);
  }
  for (const f of FIELDS) {
    if (f !== required?.[0] && !optional.includes(f) && destination[f] !== undefined) {
      const value = destination[f];
      fail(scope, `${field}.${f}`, typeof value === "string" ? value : (value as IConstruct).node?.path, `must not be set for kind ${destination.kind}`);
    }
  }
  return {
    kind: destination.kind,
    topicId: destination.topic?.topicId,
    queueId: destination.queueId,
    channelId: destination.channelId,
    streamId: destination.stream?.streamId,
  };
}
