/**
 * A rule built with the Events construct's free-form tag filter, simulated on
 * a real-shaped event: the construct renders the envelope's spelling
 * (`data.freeFormTags`, https://docs.oracle.com/iaas/Content/Events/Reference/eventenvelopereference.htm),
 * and the simulator, which compares field names as written, delivers.
 */
import { rmSync } from "node:fs";
import { App, TerraformStack } from "cdktf";
import { OciEnvironment } from "../../../constructs/core";
import { EventRule, EventTypes } from "../../../constructs/events";
import { NotificationTopic, Subscription } from "../../../constructs/notifications";
import { CompartmentTree, simulateEvent, simulationOutdir } from "../index";
import { variant } from "./helpers";

const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaacmetagstenancy";
const SHOP = "ocid1.compartment.oc1..aaaaaaaaacmetagsshop";

const outdir = simulationOutdir();
const app = new App({ outdir });
const stack = new TerraformStack(app, "tags");
new OciEnvironment(stack, { name: "shop", region: "us-ashburn-1", homeRegion: "us-ashburn-1", tenancyOcid: TENANCY, compartmentOcid: SHOP, auth: { mode: "ApiKey" } });
const alerts = new NotificationTopic(stack, "alerts", { name: "bucket-alerts", subscriptions: [Subscription.email("ops@example.com")] });
new EventRule(stack, "tagged-buckets", {
  displayName: "tagged-buckets",
  condition: { eventTypes: [EventTypes.objectStorage.createBucket], data: { freeformTags: { pipeline: "orders" } } },
  targets: [alerts],
});
const tree = new CompartmentTree([
  { id: TENANCY, name: "acme", homeRegion: "us-ashburn-1" },
  { id: SHOP, name: "shop", parentId: TENANCY },
]);

// Shaped like the envelope reference's example: tags as the event spells them.
const createBucket = {
  eventType: "com.oraclecloud.objectstorage.createbucket",
  cloudEventsVersion: "0.1",
  eventTypeVersion: "2.0",
  source: "ObjectStorage",
  eventTime: "2025-11-21T08:00:00Z",
  contentType: "application/json",
  data: {
    compartmentId: SHOP,
    compartmentName: "shop",
    resourceName: "orders-inbound",
    resourceId: "/n/acme/b/orders-inbound",
    availabilityDomain: "all",
    freeFormTags: { pipeline: "orders" },
    definedTags: {},
    additionalDetails: { bucketName: "orders-inbound", namespace: "acme", publicAccessType: "NoPublicAccess", eTag: "e1" },
  },
  eventID: "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
  extensions: { compartmentId: SHOP },
};

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

test("a bucket tagged pipeline=orders reaches the topic through the rule's free-form tag filter", () => {
  const sim = simulateEvent(app, createBucket, { compartments: tree });
  expect(sim.deliveries.map((d) => `${d.action} ${d.targetConstructPath}`)).toEqual(["ONS tags/alerts/topic"]);
});

test("near miss: another tag value does not match, and the reason names data.freeFormTags", () => {
  const sim = simulateEvent(app, variant(createBucket, (e) => (e.data.freeFormTags = { pipeline: "billing" })), { compartments: tree });
  expect(sim.deliveries).toEqual([]);
  expect(sim.nonMatching.find((m) => m.constructPath === "tags/tagged-buckets/rule")?.reason).toMatch(/^data\.freeFormTags\.pipeline = "billing" does not match "orders"/);
});
