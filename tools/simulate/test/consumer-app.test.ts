/**
 * The simulator on a consumer's app: two stacks built here from the
 * constructs' public API (a platform stack with a function and a topic, a
 * media stack whose bucket rule targets that function across stacks and a
 * stream), synthesized with `app.synth()` and simulated from the App object.
 */
import { rmSync } from "node:fs";
import { App, TerraformStack } from "cdktf";
import { OciEnvironment } from "../../../constructs/core";
import { EventRule, EventTypes } from "../../../constructs/events";
import { FunctionApplication } from "../../../constructs/functions";
import { NotificationTopic, Subscription } from "../../../constructs/notifications";
import { Bucket } from "../../../constructs/objectstorage";
import { Stream } from "../../../constructs/streaming";
import { Subnet } from "../../../constructs/network";
// Through the library's entry point, as a consumer imports it.
import { CompartmentTree, registerSimulatorMatchers, renderText, simulateEvent, simulateMessage, simulationOutdir } from "../index";
import { variant } from "./helpers";

registerSimulatorMatchers();

const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaacmeshoptenancy";
const SHOP = "ocid1.compartment.oc1..aaaaaaaaacmeshopcompartment";
const SUBNET = "ocid1.subnet.oc1.us-ashburn-1.aaaaaaaaprivatesubnet";

function environment(stack: TerraformStack): OciEnvironment {
  return new OciEnvironment(stack, { name: "shop", region: "us-ashburn-1", homeRegion: "us-phoenix-1", tenancyOcid: TENANCY, compartmentOcid: SHOP, auth: { mode: "ApiKey" } });
}

const outdir = simulationOutdir();
const app = new App({ outdir });
const platform = new TerraformStack(app, "platform");
environment(platform);
const functions = new FunctionApplication(platform, "fn-app", { displayName: "shop", subnets: [Subnet.fromOcid(platform, "private-subnet", SUBNET)] });
const thumbnails = functions.addFunction("thumbnails", { displayName: "thumbnails", image: "iad.ocir.io/acme/shop/thumbnails:1.0.0" });
const alerts = new NotificationTopic(platform, "alerts", { name: "shop-alerts", subscriptions: [Subscription.email("ops@example.com"), Subscription.function(thumbnails)] });

const media = new TerraformStack(app, "media");
environment(media);
const uploads = new Bucket(media, "uploads", { name: "uploads", namespace: "acme" });
const onImage = uploads.onObjectCreated("on-image", { objectName: "images/*" });
onImage.addTarget(thumbnails);
const audit = new Stream(media, "audit", { name: "upload-audit" });
onImage.addTarget(audit);
// A mistake the simulator must report: user events are emitted in the tenancy, in the home region.
new EventRule(media, "new-users", { displayName: "new-users", condition: { eventTypes: [EventTypes.identity.createUser] }, targets: [alerts] });

const tree = new CompartmentTree([
  { id: TENANCY, name: "acme", homeRegion: "us-phoenix-1" },
  { id: SHOP, name: "shop", parentId: TENANCY },
]);

const upload = {
  eventType: "com.oraclecloud.objectstorage.createobject",
  cloudEventsVersion: "0.1",
  eventTypeVersion: "2.0",
  source: "ObjectStorage",
  eventTime: "2025-11-21T08:00:00Z",
  contentType: "application/json",
  data: {
    compartmentId: SHOP,
    compartmentName: "shop",
    resourceName: "images/2025/sofa.jpg",
    resourceId: "/n/acme/b/shop-uploads/o/images/2025/sofa.jpg",
    availabilityDomain: "all",
    freeFormTags: {},
    definedTags: {},
    additionalDetails: { eTag: "e1", namespace: "acme", archivalState: "Available", bucketName: "shop-uploads", bucketId: "ocid1.bucket.oc1.iad.aaaaaaaashopuploads" },
  },
  eventID: "5f0e7d1c-2b3a-4c5d-8e9f-0a1b2c3d4e5f",
  extensions: { compartmentId: SHOP },
};

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("a consumer app built from the constructs", () => {
  test("an image upload reaches the function of the other stack (cross-stack reference) and the audit stream", () => {
    const sim = simulateEvent(app, upload, { compartments: tree });
    expect(sim.deliveries.map((d) => `${d.stack} ${d.action} ${d.targetStack ?? d.stack} ${d.targetConstructPath}`).sort()).toEqual([
      "media FAAS platform platform/fn-app/thumbnails/function",
      "media OSS media media/audit/stream",
    ]);
    expect(app).toRoute(upload, { to: thumbnails, options: { compartments: tree } });
    expect(renderText(sim)).toMatch(/OSS -> stream \[media\] oci_streaming_stream\.audit_stream_\w+\n\s+construct media\/audit\/stream/);
    expect(app).toRoute(upload, { to: audit, options: { compartments: tree } });
  });

  test("near misses: another folder of the bucket, another bucket", () => {
    expect(app).not.toRoute(variant(upload, (e) => (e.data.resourceName = "docs/terms.pdf")), { options: { compartments: tree } });
    expect(app).not.toRoute(variant(upload, (e) => (e.data.additionalDetails.bucketName = "shop-exports")), { to: thumbnails, options: { compartments: tree } });
  });

  test("a rule in a compartment of a non-home region naming user events is a finding twice over, and never matches", () => {
    const createUser = variant(upload, (e) => {
      e.eventType = EventTypes.identity.createUser;
      e.source = "IdentityControlPlane";
      e.data = { compartmentId: TENANCY, compartmentName: "acme", resourceName: "new.hire", resourceId: "ocid1.user.oc1..aaaaaaaanewhire", freeFormTags: {}, definedTags: {}, additionalDetails: {} };
      e.extensions.compartmentId = TENANCY;
    });
    const sim = simulateEvent(app, createUser, { compartments: tree });
    expect(sim.deliveries).toEqual([]);
    expect(sim.nonMatching.find((m) => m.constructPath === "media/new-users/rule")?.reason).toMatch(/outside the rule's compartment shop/);
    const findings = sim.findings.filter((f) => f.constructPath === "media/new-users/rule").map((f) => f.message);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatch(/lives in us-ashburn-1: IAM resources are created and changed only in the home region us-phoenix-1/);
    expect(findings[1]).toMatch(/live in the tenancy \(root compartment\), but the rule is in compartment shop/);
  });

  test("a message to the platform topic reaches its e-mail and function subscribers", () => {
    const sim = simulateMessage(app, "shop-shop-alerts", '{"kind":"test"}');
    expect(sim).toReach(thumbnails);
    expect(sim.deliveries[0].then.map((h) => (h.kind === "subscription" ? `${h.protocol} ${h.endpoint}` : h.kind)).sort()).toEqual(["EMAIL ops@example.com", expect.stringMatching(/^ORACLE_FUNCTIONS oci_functions_function\./)]);
  });
});
