/**
 * The metrics Notifications publishes, namespace `oci_notification`, per
 * topic (dimension `resourceId`; the topic's OCID, see docs/oci-facts.md,
 * Monitoring): https://docs.oracle.com/iaas/Content/Notification/Reference/notificationmetrics-reference.htm
 */
export const NOTIFICATION_METRICS = {
  namespace: "oci_notification",
  /** Messages the topic received from publishers, services included (count). */
  publishedMessages: "PublishedMessagesCount",
  /** Messages delivered to subscriptions, by `endpointType` (count). */
  deliveredMessages: "DeliveredMessagesCount",
  /** Messages that could not be delivered, by `endpointType` and `subscriptionId`; the metric exists only once a delivery failed (count). */
  failedMessages: "FailedMessagesCount",
} as const;
