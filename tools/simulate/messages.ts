/** A message published to a Notifications topic (PublishMessage): every subscription gets the body. */
import { randomUUID } from "node:crypto";
import { SimulateOptions, findResource, simulationContext } from "./context";
import { AppSource } from "./model";
import { fanOut } from "./routing";
import { Simulation } from "./types";

/** Publishes `body` to the topic `ref` (Terraform address, construct path or topic name). */
export function simulateMessage(source: AppSource, ref: string, body: string, options: SimulateOptions = {}): Simulation {
  const ctx = simulationContext(source, options);
  const topic = findResource(ctx, "oci_ons_notification_topic", ref, "topic");
  const messageId = `simulated-${randomUUID()}`;
  return {
    kind: "message",
    input: { topic: `[${topic.stack}] ${topic.address}`, name: topic.body.name ?? null, bytes: Buffer.byteLength(body) },
    deliveries: [
      {
        stack: topic.stack,
        topic: topic.address,
        displayName: typeof topic.body.name === "string" ? topic.body.name : undefined,
        constructPath: topic.constructPath,
        action: "ONS",
        target: topic.address,
        targetConstructPath: topic.constructPath,
        then: fanOut(ctx.app, topic, body, "notification", messageId),
      },
    ],
    nonMatching: [],
    findings: [],
    notes: [],
  };
}
