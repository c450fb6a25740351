/**
 * A wrongly typed input (what plain JavaScript or an `as any` lets through)
 * is recorded like any other refused input: construction goes on and the
 * run reports it with the others, instead of crashing on the next line.
 */
import { TerraformStack } from "cdktf";
import { Duration } from "..";
import { ApiGateway, Backend } from "../../apigateway";
import { ContainerRepository } from "../../artifacts";
import { EventRule, EventTypes } from "../../events";
import { FunctionApplication } from "../../functions";
import { DynamicGroup, MatchingRule, Condition, Policy } from "../../iam";
import { LogGroup, ServiceLog } from "../../logging";
import { Alarm } from "../../monitoring";
import { PipelineNetwork, Subnet } from "../../network";
import { NotificationTopic, Subscription } from "../../notifications";
import { Bucket } from "../../objectstorage";
import { Stream } from "../../streaming";
import { MasterKey, Secret, SecretContent, Vault } from "../../vault";
import { testStack, validationErrors } from "../../testing";

const SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaa";
const BAD: unknown[] = [undefined, null, 42, {}, "x y"];
/** A construct's name, its valid props (given the stack, for importers) and how to build it. */
type Builder = [string, (s: TerraformStack) => Record<string, unknown>, (s: TerraformStack, p: any) => unknown];
const subnet = (s: TerraformStack) => Subnet.fromOcid(s, "subnet", SUBNET);
const builders: Builder[] = [
  ["Bucket", (s) => ({ name: "dev-b", versioning: "Enabled", kmsKey: MasterKey.fromMasterKeyAttributes(s, "key", { keyId: "ocid1.key.oc1.eu-frankfurt-1.k", vault: Vault.fromVaultAttributes(s, "vault", { vaultId: "ocid1.vault.oc1.eu-frankfurt-1.v", compartmentId: "ocid1.compartment.oc1..c" }) }), namespace: "ns", accessType: "NoPublicAccess", compartmentId: "ocid1.compartment.oc1..c" }), (s, p) => new Bucket(s, "b", p)],
  ["Alarm", () => ({ displayName: "a", namespace: "oci_faas", query: "A[1m].sum() > 0", severity: "INFO", destination: { topicId: "ocid1.onstopic.oc1..t" }, pendingDuration: Duration.minutes(1), repeatNotificationDuration: Duration.hours(4), compartmentId: "ocid1.compartment.oc1..c" }), (s, p) => new Alarm(s, "a", p)],
  ["LogGroup", () => ({ displayName: "g", compartmentId: "ocid1.compartment.oc1..c" }), (s, p) => new LogGroup(s, "g", p)],
  ["ServiceLog", () => ({ source: "functionsInvoke", resourceId: "ocid1.fnapp.oc1..a", displayName: "l", retention: Duration.days(30) }), (s, p) => new ServiceLog(s, "l", { logGroup: new LogGroup(s, "g", { displayName: "g" }), ...p })],
  ["Network", () => ({ cidrBlock: "10.0.0.0/16", publicSubnetCidr: "10.0.0.0/24", privateSubnetCidr: "10.0.1.0/24", httpsIngressSources: ["0.0.0.0/0"], dnsLabel: "x", compartmentId: "ocid1.compartment.oc1..c" }), (s, p) => new PipelineNetwork(s, "n", p)],
  ["Repo", () => ({ repositoryName: "a/b", compartmentId: "ocid1.compartment.oc1..c" }), (s, p) => new ContainerRepository(s, "r", p)],
  ["Gateway", (s) => ({ endpointType: "PUBLIC", subnet: subnet(s), networkSecurityGroups: [], certificateId: "ocid1.certificate.oc1..c", displayName: "g" }), (s, p) => new ApiGateway(s, "gw", p)],
  ["Deployment", () => ({ pathPrefix: "/a", allowUnauthenticated: true, routes: [{ path: "/x", methods: ["GET"], backend: Backend.stockResponse({ status: 200 }) }], cors: { allowedOrigins: ["*"] }, rateLimit: { requestsPerSecond: 1, key: "TOTAL" }, logging: {} }), (s, p) => new ApiGateway(s, "gw", { endpointType: "PUBLIC", subnet: subnet(s) }).addDeployment("d", p)],
  ["Application", (s) => ({ displayName: "app", subnets: [subnet(s)], shape: "GENERIC_X86", config: { A: "b" }, networkSecurityGroups: [], trace: { domainId: "ocid1.apmdomain.oc1..a" }, syslogUrl: undefined, imageVerificationKeyIds: undefined }), (s, p) => new FunctionApplication(s, "app", p)],
  ["Function", () => ({ displayName: "f", image: "fra.ocir.io/ns/r:1", memoryInMbs: 256, timeout: Duration.seconds(30), config: {}, provisionedConcurrency: { strategy: "NONE" }, successDestination: { kind: "NONE" }, detachedModeTimeout: Duration.seconds(10) }), (s, p) => new FunctionApplication(s, "app", { displayName: "app", subnets: [subnet(s)] }).addFunction("f", p)],
  ["Topic", () => ({ name: "t", compartmentId: "ocid1.compartment.oc1..c", subscriptions: [Subscription.email("a@example.com")] }), (s, p) => new NotificationTopic(s, "t", p)],
  ["Rule", () => ({ displayName: "r", condition: { eventTypes: [EventTypes.identity.createPolicy], data: { compartmentName: "x" } }, compartmentId: "ocid1.compartment.oc1..c" }), (s, p) => new EventRule(s, "r", p)],
  ["Stream", () => ({ name: "s", partitions: 1, retention: Duration.hours(24), compartmentId: "ocid1.compartment.oc1..c" }), (s, p) => new Stream(s, "st", p)],
  ["Vault", () => ({ displayName: "v", vaultType: "DEFAULT", compartmentId: "ocid1.compartment.oc1..c" }), (s, p) => new Vault(s, "v", p)],
  ["Key", () => ({ displayName: "k", lengthBytes: 32, protectionMode: "HSM", autoRotationInterval: undefined }), (s, p) => new Vault(s, "v", { displayName: "v" }).addKey("k", p)],
  ["Secret", () => ({ secretName: "s", content: SecretContent.generated({ type: "PASSPHRASE" }), rotation: undefined, expiry: { versionExpiryInterval: Duration.days(30) } }), (s, p) => { const v = new Vault(s, "v", { displayName: "v" }); return new Secret(s, "sec", { vault: v, key: v.addKey("k", { displayName: "k" }), ...p }); }],
  ["Policy", () => ({ name: "p", description: "d", compartmentId: "ocid1.compartment.oc1..c", maxStatementsPerPolicy: 10 }), (s, p) => new Policy(s, "p", p)],
  ["DynamicGroup", () => ({ name: "g", description: "d", matchingRule: MatchingRule.all(Condition.eq("resource.type", "fnfunc")) }), (s, p) => new DynamicGroup(s, "dg", p)],
];

const cases = builders.flatMap(([name, base, build]) => Object.keys(base(testStack().stack)).flatMap((key) => BAD.map((bad) => [`${name}.${key}`, bad, () => build, base, key] as const)));

test.each(cases)("%s = %j: recorded or accepted, never a crash", (_what, bad, builder, base, key) => {
  const { stack } = testStack();
  expect(() => {
    builder()(stack, { ...base(stack), [key]: bad });
    validationErrors(stack);
  }).not.toThrow();
});

test("the valid inputs of the table synthesize without errors (so every case above starts from a good input)", () => {
  for (const [name, base, build] of builders) {
    const { stack } = testStack();
    build(stack, base(stack));
    expect({ name, errors: validationErrors(stack).filter((e) => !/subscriptions = \[\]|actions = \[\]|statements = \[\]/.test(e)) }).toEqual({ name, errors: [] });
  }
});
