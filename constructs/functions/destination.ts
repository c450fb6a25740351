import { IConstruct } from "constructs";
import { checkOcid, checkOneOf, reject } from "../core";

export const DESTINATION_KINDS = ["NONE", "NOTIFICATION", "QUEUE", "STREAM"] as const;

/**
 * Where OCI Functions sends the result of a detached invocation. Each kind
 * takes its own id and no other: NOTIFICATION a topic, QUEUE a queue (and
 * optionally a channel), STREAM a stream.
 */
export interface FunctionDestination {
  /** NONE (no delivery), NOTIFICATION, QUEUE or STREAM. */
  readonly kind: (typeof DESTINATION_KINDS)[number];
  /** Notifications topic OCID; required for NOTIFICATION. */
  readonly topicId?: string;
  /** Queue OCID; required for QUEUE. */
  readonly queueId?: string;
  /** Queue channel the message is put on; QUEUE only, optional (default: the queue's default channel). */
  readonly channelId?: string;
  /** Stream OCID; required for STREAM. */
  readonly streamId?: string;
}

const ID_FIELDS = ["topicId", "queueId", "channelId", "streamId"] as const;

/** The id fields each kind needs (first) or may take (rest), and the OCID type of the required id. */
const KIND_FIELDS: Record<FunctionDestination["kind"], { required?: [(typeof ID_FIELDS)[number], string]; optional: readonly string[] }> = {
  NONE: { optional: [] },
  NOTIFICATION: { required: ["topicId", "onstopic"], optional: [] },
  QUEUE: { required: ["queueId", "queue"], optional: ["channelId"] },
  STREAM: { required: ["streamId", "stream"], optional: [] },
};

/** Validates one destination; `field` is `successDestination` or `failureDestination`. */
export function checkDestination(scope: IConstruct, field: string, destination: FunctionDestination): FunctionDestination {
  checkOneOf(scope, `${field}.kind`, destination.kind, DESTINATION_KINDS);
  const fields = KIND_FIELDS[destination.kind];
  if (!fields) return destination;
  const { required, optional } = fields;
  if (required) {
    const [idField, ocidType] = required;
    const id = destination[idField];
    if (id === undefined || id === "") reject(scope, `${field}.${idField}`, id, `is required for kind ${destination.kind}`);
    else checkOcid(scope, `${field}.${idField}`, id, ocidType);
  }
  for (const f of ID_FIELDS) {
    if (f !== required?.[0] && !optional.includes(f) && destination[f] !== undefined) {
      reject(scope, `${field}.${f}`, destination[f], `must not be set for kind ${destination.kind}`);
    }
  }
  return destination;
}
