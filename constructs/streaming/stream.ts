import { Construct } from "constructs";
import { StreamingStream } from "../../.gen/providers/oci/streaming-stream";
import { checkCompartmentOcid, checkDuration, checkOcid, checkPattern, checkRange, Duration, DurationBounds, OciEnvironment, OCID_TYPES } from "../core";
import { IStream, StreamBase } from "./stream-base";

/**
 * Most partitions accepted: 50, the default tenancy partition limit of
 * Pay-as-You-Go and Promo tenancies (Monthly Universal Credits: 200), per
 * OCI's "Limits on Streaming Resources". Partitions cannot be changed later.
 */
export const MAX_STREAM_PARTITIONS = 50;
/** Retention OCI accepts (`retention_in_hours`): whole hours from 24 hours to 7 days; fixed at creation. */
export const STREAM_RETENTION: DurationBounds = { unit: "hours", min: Duration.hours(24), max: Duration.days(7) };

export interface StreamProps {
  /** Stream name, unique in its pool (checked: 1-255 letters, digits, '.', '_' or '-'). Changing it replaces the stream. */
  readonly name: string;
  /** Partitions, 1-50 (see {@link MAX_STREAM_PARTITIONS}); each takes 1 MB/s of writes. Changing it replaces the stream. Default 1. */
  readonly partitions?: number;
  /** How long messages are kept, whole hours from 24 hours to 7 days (`Duration.days(3)`). Changing it replaces the stream. Default 24 hours. */
  readonly retention?: Duration;
  /**
   * Compartment of the stream (it then lives in the compartment's default
   * pool). Default: the environment's compartment, unless {@link streamPoolId} is given.
   */
  readonly compartmentId?: string;
  /**
   * Stream pool to create the stream in (OCI takes a pool or a compartment,
   * not both); with a pool, {@link compartmentId} may state the pool's
   * compartment for grants, otherwise grants use the stream's exported compartment. Default: none.
   */
  readonly streamPoolId?: string;
}

/** What {@link Stream.fromStreamAttributes} needs to know about an existing stream. */
export interface StreamAttributes {
  /** OCID of the stream (`ocid1.stream.<realm>.<region>.<id>`). */
  readonly streamId: string;
  /** Compartment of the stream (for a stream in a pool, the pool's): grants are written for it. */
  readonly compartmentId: string;
}

/**
 * A Streaming stream (`oci_streaming_stream`). It is an Events rule target
 * (`rule.addTarget(stream)`, action OSS) and grants producers and consumers
 * with {@link grantPush} / {@link grantRead}.
 */
export class Stream extends StreamBase {
  /**
   * A stream that exists outside this app: an Events rule target and a
   * push/pull grant target like an owned one. Creates no resource.
   */
  public static fromStreamAttributes(scope: Construct, id: string, attributes: StreamAttributes): IStream {
    return new ImportedStream(scope, id, attributes);
  }

  /** The generated `oci_streaming_stream`. */
  public readonly resource: StreamingStream;
  /** OCID of the stream. */
  public readonly streamId: string;
  /** Compartment the stream's grants are written for. */
  public readonly compartmentId: string;
  public readonly streamName: string;
  /** Endpoint for the Streaming messages API. */
  public readonly messagesEndpoint: string;

  constructor(scope: Construct, id: string, props: StreamProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    this.streamName = checkPattern(this, "name", props.name, /^[A-Za-z0-9._-]{1,255}$/, "must be 1-255 letters, digits, '.', '_' or '-'");
    const partitions = checkRange(this, "partitions", props.partitions ?? 1, 1, MAX_STREAM_PARTITIONS);
    const retention = checkDuration(this, "retention", props.retention ?? STREAM_RETENTION.min, STREAM_RETENTION);
    const pool = props.streamPoolId === undefined ? undefined : checkOcid(this, "streamPoolId", props.streamPoolId, OCID_TYPES.streamPool, { region: env.region });
    const compartment = props.compartmentId === undefined ? undefined : checkCompartmentOcid(this, "compartmentId", props.compartmentId);
    this.resource = new StreamingStream(this, "stream", {
      name: this.streamName,
      partitions,
      retentionInHours: retention,
      // OCI takes one of the two: the pool places the stream in the pool's compartment.
      compartmentId: pool ? undefined : (compartment ?? env.compartmentOcid),
      streamPoolId: pool,
      freeformTags: env.tags(),
    });
    this.streamId = this.resource.id;
    this.compartmentId = compartment ?? (pool ? this.resource.compartmentId : env.compartmentOcid);
    this.messagesEndpoint = this.resource.messagesEndpoint;
  }
}

/** A stream created outside this app, known by OCID. */
class ImportedStream extends StreamBase {
  public readonly streamId: string;
  public readonly compartmentId: string;

  constructor(scope: Construct, id: string, attributes: StreamAttributes) {
    super(scope, id);
    this.streamId = checkOcid(this, "streamId", attributes.streamId, OCID_TYPES.stream);
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", attributes.compartmentId);
  }
}
