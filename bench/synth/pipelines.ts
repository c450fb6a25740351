/**
 * The benchmark app: N pipelines, each an Events rule delivering to a topic
 * with three subscriptions (e-mail, HTTPS, function) and the function, written
 * twice: with the constructs, and with the raw generated classes producing
 * the same resources (the baseline).
 */
import { App, TerraformStack } from "cdktf";
import { OciEnvironment } from "../../constructs/core";
import { EventRule, EventTypes } from "../../constructs/events";
import { FunctionApplication } from "../../constructs/functions";
import { Subnet } from "../../constructs/network";
import { NotificationTopic, Subscription } from "../../constructs/notifications";
import { OciProvider } from "../../.gen/providers/oci/provider";
import { EventsRule } from "../../.gen/providers/oci/events-rule";
import { OnsNotificationTopic } from "../../.gen/providers/oci/ons-notification-topic";
import { OnsSubscription } from "../../.gen/providers/oci/ons-subscription";
import { FunctionsApplication } from "../../.gen/providers/oci/functions-application";
import { FunctionsFunction } from "../../.gen/providers/oci/functions-function";
import { LoggingLogGroup } from "../../.gen/providers/oci/logging-log-group";
import { LoggingLog } from "../../.gen/providers/oci/logging-log";
import { IdentityPolicy } from "../../.gen/providers/oci/identity-policy";

const CMP = "ocid1.compartment.oc1..aaaaaaaabenchcompartment";
const TENANCY = "ocid1.tenancy.oc1..aaaaaaaabenchtenancy";
const SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaabenchsubnet";
const IMAGE = "fra.ocir.io/benchns/pipeline/event-forwarder:1.0.0";
const EVENT = EventTypes.compute.terminateInstance.end;

export function constructsApp(app: App, n: number): void {
  const stack = new TerraformStack(app, "bench");
  new OciEnvironment(stack, { name: "bench", region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-1", tenancyOcid: TENANCY, compartmentOcid: CMP, auth: { mode: "ApiKey" } });
  const application = new FunctionApplication(stack, "app", { displayName: "bench", subnets: [Subnet.fromOcid(stack, "subnet", SUBNET)] });
  for (let i = 0; i < n; i++) {
    const fn = application.addFunction(`fn-${i}`, { displayName: `fn-${i}`, image: IMAGE });
    const topic = new NotificationTopic(stack, `topic-${i}`, { name: `topic-${i}` });
    topic.addSubscription(Subscription.email(`ops-${i}@example.com`));
    topic.addSubscription(Subscription.https(`https://hooks.example.com/p/${i}`));
    topic.addSubscription(Subscription.function(fn));
    new EventRule(stack, `rule-${i}`, { displayName: `rule-${i}`, condition: { eventTypes: [EVENT], data: { compartmentName: "bench" } }, targets: [topic] });
  }
}

/** The same resources with the generated classes only: what users write without the constructs. */
export function rawApp(app: App, n: number): void {
  const stack = new TerraformStack(app, "bench");
  new OciProvider(stack, "oci", { auth: "ApiKey", region: "eu-frankfurt-1" });
  const home = new OciProvider(stack, "oci-home", { auth: "ApiKey", region: "eu-frankfurt-1", alias: "home" });
  const application = new FunctionsApplication(stack, "app", { compartmentId: CMP, displayName: "bench", subnetIds: [SUBNET], shape: "GENERIC_X86" });
  const group = new LoggingLogGroup(stack, "logs", { compartmentId: CMP, displayName: "bench-logs" });
  new LoggingLog(stack, "invoke-log", {
    displayName: "bench-invoke",
    logGroupId: group.id,
    logType: "SERVICE",
    isEnabled: true,
    retentionDuration: 30,
    configuration: { compartmentId: CMP, source: { sourceType: "OCISERVICE", service: "functions", category: "invoke", resource: application.id } },
  });
  new IdentityPolicy(stack, "grants", {
    provider: home,
    compartmentId: CMP,
    name: "bench-grants",
    description: "grants",
    statements: [
      `Allow any-user to use functions-family in compartment id ${CMP} where ALL {request.principal.type = 'onssubscription', request.principal.compartment.id = '${CMP}'}`,
      `Allow service cloudEvents to use ons-topics in compartment id ${CMP}`,
    ],
  });
  const condition = JSON.stringify({ data: { compartmentName: "bench" }, eventType: EVENT });
  for (let i = 0; i < n; i++) {
    const fn = new FunctionsFunction(stack, `fn-${i}`, { applicationId: application.id, displayName: `fn-${i}`, image: IMAGE, memoryInMbs: "256", timeoutInSeconds: 30 });
    const topic = new OnsNotificationTopic(stack, `topic-${i}`, { compartmentId: CMP, name: `bench-topic-${i}` });
    new OnsSubscription(stack, `email-${i}`, { compartmentId: CMP, topicId: topic.topicId, protocol: "EMAIL", endpoint: `ops-${i}@example.com` });
    new OnsSubscription(stack, `https-${i}`, { compartmentId: CMP, topicId: topic.topicId, protocol: "CUSTOM_HTTPS", endpoint: `https://hooks.example.com/p/${i}` });
    new OnsSubscription(stack, `function-${i}`, { compartmentId: CMP, topicId: topic.topicId, protocol: "ORACLE_FUNCTIONS", endpoint: fn.id });
    new EventsRule(stack, `rule-${i}`, {
      compartmentId: CMP,
      displayName: `rule-${i}`,
      isEnabled: true,
      condition,
      actions: { actions: [{ actionType: "ONS", isEnabled: true, topicId: topic.topicId }] },
    });
  }
}
