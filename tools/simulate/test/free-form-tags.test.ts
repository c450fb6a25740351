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
import { inCompartment, sampleEvent, variant } from "./helpers";

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

// The project's real-shaped bucket event, moved to this app's compartment and tagged as the event spells it.
const createBucket = variant(inCompartment(sampleEvent("bucket-create-dev"), SHOP, "shop"), (e) => (e.data.freeFormTags = { pipeline: "orders" }));

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
