/**
 * The metrics the Events service publishes, namespace `oci_cloudevents`, per
 * rule (dimension `resourceId` = the rule's OCID):
 * https://docs.oracle.com/iaas/Content/Events/Reference/eventsmetrics.htm
 * (docs/oci-facts.md, Monitoring).
 */
export const EVENTS_METRICS = {
  namespace: "oci_cloudevents",
  /** Events the rule matched (count). */
  matchedEvents: "MatchedEvents",
  /** Deliveries to the rule's actions that succeeded, by `actionType` (count). */
  deliveredEvents: "DeliverySucceedEvents",
  /** Deliveries to the rule's actions that failed (count). */
  failedDeliveries: "DeliveryFailedEvents",
} as const;
