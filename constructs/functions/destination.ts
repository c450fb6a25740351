import { IConstruct } from "constructs";
import type { FunctionsFunctionSuccessDestination } from "../../.gen/providers/oci/functions-function";
import { checkOcid, checkOneOf, checkReference, OCID_TYPES, reject } from "../core";
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

/**
 * The target field each kind needs, with the OCID member of the resource it
 * names (topics and streams are passed as resources, a queue as its OCID) and
 * that OCID's type, and the fields the kind may take besides.
 */
const KIND_FIELDS: Record<FunctionDestination["kind"], { required?: [Field, "topicId" | "streamId" | undefined, readonly string[], string]; optional: readonly Field[] }> = {
  NONE: { optional: [] },
  NOTIFICATION: { required: ["topic", "topicId", OCID_TYPES.topic, "a topic (a NotificationTopic, or NotificationTopic.fromTopicAttributes)"], optional: [] },
  QUEUE: { required: ["queueId", undefined, OCID_TYPES.queue, "a queue OCID"], optional: ["channelId"] },
  STREAM: { required: ["stream", "streamId", OCID_TYPES.stream, "a stream (a Stream, or Stream.fromStreamAttributes)"], optional: [] },
};

/** Validates one destination (`field` is `successDestination` or `failureDestination`) and returns its block. */
export function checkDestination(scope: IConstruct, field: string, destination: FunctionDestination): FunctionsFunctionSuccessDestination {
  checkOneOf(scope, `${field}.kind`, destination.kind, DESTINATION_KINDS);
  const fields = KIND_FIELDS[destination.kind];
  if (!fields) return { kind: destination.kind };
  const { required, optional } = fields;
  if (required) {
    const [target, member, ocidTypes, what] = required;
    const value = destination[target];
    if (value === undefined || value === "") reject(scope, `${field}.${target}`, value, `is required for kind ${destination.kind}`);
    else if (member) checkReference(scope, `${field}.${target}`, value, member, ocidTypes, `must be ${what}`);
    else checkOcid(scope, `${field}.${target}`, value as string, ocidTypes);
  }
  for (const f of FIELDS) {
    if (f !== required?.[0] && !optional.includes(f) && destination[f] !== undefined) {
      reject(scope, `${field}.${f}`, destination[f], `must not be set for kind ${destination.kind}`);
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
