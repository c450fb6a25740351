/** Rules over Notifications topics and subscriptions. */
import { str } from "../nested";
import { Rule } from "./types";

export const plainHttpSubscription: Rule = {
  id: "OCI-ONS-001",
  severity: "high",
  title: "plain-HTTP subscription endpoint",
  remediation: "Use an `https://` endpoint with a CA-signed certificate (protocol CUSTOM_HTTPS); Notifications sends message bodies to it.",
  types: ["oci_ons_subscription"],
  check: (r) =>
    /^http:\/\//i.test(str(r.body.endpoint) ?? "")
      ? [{ path: "endpoint", message: `${str(r.body.protocol) ?? "?"} subscription delivers notifications over plain HTTP` }]
      : [],
};

export const topicWithoutSubscription: Rule = {
  id: "OCI-ONS-002",
  severity: "medium",
  title: "topic without subscriptions",
  remediation: "Subscribe at least one endpoint (e-mail, function, HTTPS) to the topic, or remove it: messages published to it reach no one.",
  types: ["oci_ons_notification_topic"],
  check: (topic, ctx) => {
    // Plans link by OCID (values known from state); synth output by reference, possibly across stacks.
    const ids = new Set([str(topic.body.id), str(topic.body.topic_id)].filter((x): x is string => !!x && !x.includes("${")));
    const subscribed = ctx.env.ofType("oci_ons_subscription").some(({ stack, resource }) => {
      const topicId = resource.body.topic_id ?? null;
      if (typeof topicId === "string" && ids.has(topicId)) return true;
      return ctx.env.references(topicId, stack).some((ref) => ref.stack === ctx.stack && ref.address === topic.address);
    });
    return subscribed ? [] : [{ message: `no subscription in environment \`${ctx.environment}\` refers to topic \`${str(topic.body.name) ?? topic.name}\`` }];
  },
};
