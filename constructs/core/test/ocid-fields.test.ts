/**
 * Every OCID-typed prop refuses a malformed value and an OCID of the wrong
 * kind (issue 12), and accepts the nearest valid OCID, which then passes the
 * offline schema validator. One helper does it everywhere (checkOcid).
 */
import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { ApiGateway } from "../../apigateway";
import { ContainerRepository } from "../../artifacts";
import { EventRule, EventTypes } from "../../events";
import { FakeFunction } from "../../events/test/fake-function";
import { FunctionApplication } from "../../functions";
import { LogGroup, ServiceLog } from "../../logging";
import { Alarm } from "../../monitoring";
import { PipelineNetwork, Subnet } from "../../network";
import { NotificationTopic, Subscription, TopicBase, TopicSubscription } from "../../notifications";
import { Bucket } from "../../objectstorage";
import { Stream } from "../../streaming";
import { MasterKey, Vault } from "../../vault";
import { rejected, synthValid, testStack } from "../../testing";

const VCN = "ocid1.vcn.oc1.eu-frankfurt-1.aaaaaaaavcn";
const CMP = "ocid1.compartment.oc1..aaaaaaaaother";
const TOPIC = "ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaatopic";
const SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnet";

type Case = {
  /** Builds the construct with `value` in the field under test. */
  build: (stack: TerraformStack, value: string) => void;
  /** Construct path and field, as the error names them. */
  at: string;
  /** Values refused, each with (part of) what the message says is allowed. */
  refused: ReadonlyArray<[string, string]>;
  /** The nearest valid values. */
  accepted: readonly string[];
};

/** A topic known by OCID only, made by hand (an importer checks its own OCID: see the importer cases). */
class TopicByOcid extends TopicBase {
  public readonly compartmentId = CMP;
  constructor(scope: Construct, id: string, public readonly topicId: string) {
    super(scope, id);
  }
}

/** A hand-made reference (plain JavaScript, or an interface implemented outside the library): the consumer checks it. */
const byHand = <T>(value: T): any => value;

const topic = (stack: TerraformStack) => new NotificationTopic(stack, "t", { name: "t", subscriptions: [Subscription.email("ops@example.com")] });

const CASES: Record<string, Case> = {
  "Alarm.compartmentId": {
    build: (s, v) => void new Alarm(s, "a", { displayName: "a", namespace: "oci_faas", query: "FunctionInvocationCount[1m].sum() > 0", severity: "INFO", destination: { topicId: TOPIC }, compartmentId: v }),
    at: "pipeline-dev/a: compartmentId",
    refused: [["dev", "must be a compartment or tenancy OCID"], [VCN, "(this is a vcn OCID)"]],
    accepted: [CMP, "ocid1.tenancy.oc1..aaaaaaaatenancy"],
  },
  "Alarm.metricCompartmentId": {
    build: (s, v) => void new Alarm(s, "a", { displayName: "a", namespace: "oci_faas", query: "FunctionInvocationCount[1m].sum() > 0", severity: "INFO", destination: { topicId: TOPIC }, metricCompartmentId: v }),
    at: "pipeline-dev/a: metricCompartmentId",
    refused: [["ocid1.compartment", "must be a compartment or tenancy OCID"], [SUBNET, "(this is a subnet OCID)"]],
    accepted: [CMP],
  },
  "Alarm.destination.topicId": {
    build: (s, v) => void new Alarm(s, "a", { displayName: "a", namespace: "oci_faas", query: "FunctionInvocationCount[1m].sum() > 0", severity: "INFO", destination: { topicId: v } }),
    at: "pipeline-dev/a: destination.topicId",
    refused: [["alerts", "must be an OCID of the form ocid1.onstopic."], ["ocid1.stream.oc1.eu-frankfurt-1.aaaa", "(this is a stream OCID)"]],
    accepted: [TOPIC],
  },
  "LogGroup.compartmentId": {
    build: (s, v) => void new LogGroup(s, "g", { displayName: "g", compartmentId: v }),
    at: "pipeline-dev/g: compartmentId",
    refused: [["logs", "must be a compartment or tenancy OCID"], [VCN, "(this is a vcn OCID)"]],
    accepted: [CMP],
  },
  "ServiceLog.resourceId (function invoke logs: an application)": {
    build: (s, v) => void new ServiceLog(s, "l", { logGroup: new LogGroup(s, "g", { displayName: "g" }), source: "functionsInvoke", resourceId: v, displayName: "l" }),
    at: "pipeline-dev/l: resourceId",
    // Issue 12: the application's name instead of its OCID.
    refused: [["pipeline", "must be an OCID of the form ocid1.fnapp."], ["ocid1.fnfunc.oc1.eu-frankfurt-1.aaaa", "(this is a fnfunc OCID)"]],
    accepted: ["ocid1.fnapp.oc1.eu-frankfurt-1.aaaaaaaaapp"],
  },
  "ServiceLog.resourceId (gateway access logs: a deployment)": {
    build: (s, v) => void new ServiceLog(s, "l", { logGroup: new LogGroup(s, "g", { displayName: "g" }), source: "apiGatewayAccess", resourceId: v, displayName: "l" }),
    at: "pipeline-dev/l: resourceId",
    refused: [["ocid1.apigateway.oc1.eu-frankfurt-1.aaaa", "must be an OCID of the form ocid1.apideployment.<realm>.<region>.<id> (this is a apigateway OCID)"]],
    accepted: ["ocid1.apideployment.oc1.eu-frankfurt-1.aaaaaaaadeployment"],
  },
  "ServiceLog.resourceId (rule execution logs: a rule)": {
    build: (s, v) => void new ServiceLog(s, "l", { logGroup: new LogGroup(s, "g", { displayName: "g" }), source: "eventsRuleExecution", resourceId: v, displayName: "l" }),
    at: "pipeline-dev/l: resourceId",
    refused: [["ocid1.fnapp.oc1.eu-frankfurt-1.aaaa", "ocid1.eventrule."]],
    accepted: ["ocid1.eventrule.oc1.eu-frankfurt-1.aaaaaaaarule"],
  },
  "PipelineNetwork.compartmentId": {
    build: (s, v) => void new PipelineNetwork(s, "net", { compartmentId: v }),
    at: "pipeline-dev/net: compartmentId",
    refused: [["network", "must be a compartment or tenancy OCID"], [VCN, "(this is a vcn OCID)"]],
    accepted: [CMP],
  },
  "ContainerRepository.compartmentId": {
    build: (s, v) => void new ContainerRepository(s, "repo", { repositoryName: "pipeline/fn", compartmentId: v }),
    at: "pipeline-dev/repo: compartmentId",
    refused: [["ocid1.compartment.oc1", "must be a compartment or tenancy OCID"], ["ocid1.key.oc1.eu-frankfurt-1.aaaa", "(this is a key OCID)"]],
    accepted: [CMP],
  },
  "ApiGateway.certificateId": {
    build: (s, v) => void new ApiGateway(s, "gw", { endpointType: "PUBLIC", subnet: Subnet.fromOcid(s, "gw-subnet", SUBNET), certificateId: v }),
    at: "pipeline-dev/gw: certificateId",
    // Issue 12: a VCN OCID passed only because it was "some OCID".
    refused: [
      [VCN, "must be an OCID of the form ocid1.certificate.<realm>.<region>.<id> or ocid1.apigatewaycertificate.<realm>.<region>.<id> (this is a vcn OCID)"],
      ["ocid1.certificate.oc1.us-ashburn-1.aaaa", "must be in the gateway's region eu-frankfurt-1 (this certificate is in us-ashburn-1)"],
    ],
    accepted: ["ocid1.certificate.oc1.eu-frankfurt-1.aaaaaaaacert", "ocid1.apigatewaycertificate.oc1.eu-frankfurt-1.aaaaaaaacert"],
  },
  "ApiGateway.subnet (imported with Subnet.fromOcid)": {
    build: (s, v) => void new ApiGateway(s, "gw", { endpointType: "PUBLIC", subnet: Subnet.fromOcid(s, "gw-subnet", v) }),
    at: "pipeline-dev/gw-subnet: ocid",
    refused: [[VCN, "(this is a vcn OCID)"], ["ocid1.subnet.oc1.iad.aaaa", "must be in the environment's region eu-frankfurt-1 (this subnet is in us-ashburn-1)"]],
    accepted: [SUBNET, "ocid1.subnet.oc1.fra.aaaaaaaasubnet"],
  },
  "ApiGateway.subnet (a hand-made ISubnet)": {
    build: (s, v) => void new ApiGateway(s, "gw", { endpointType: "PUBLIC", subnet: byHand({ subnetId: v }) }),
    at: "pipeline-dev/gw: subnet.subnetId",
    refused: [[VCN, "(this is a vcn OCID)"], ["ocid1.subnet.oc1.iad.aaaa", "must be in the gateway's region eu-frankfurt-1 (this subnet is in us-ashburn-1)"]],
    accepted: [SUBNET, "ocid1.subnet.oc1.fra.aaaaaaaasubnet"],
  },
  "FunctionApplication.subnets (a hand-made ISubnet)": {
    build: (s, v) => void new FunctionApplication(s, "app", { displayName: "app", subnets: [byHand({ subnetId: v })] }),
    at: "pipeline-dev/app: subnets[0].subnetId",
    refused: [["ocid1.subnet.oc1.us-ashburn-1.aaaa", "must be in the application's region eu-frankfurt-1 (this subnet is in us-ashburn-1)"], [VCN, "(this is a vcn OCID)"]],
    accepted: [SUBNET],
  },
  "Bucket.kmsKey (imported with MasterKey.fromMasterKeyAttributes)": {
    build: (s, v) => {
      const vault = Vault.fromVaultAttributes(s, "vault", { vaultId: "ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaavault", compartmentId: CMP });
      new Bucket(s, "b", { name: "b", kmsKey: MasterKey.fromMasterKeyAttributes(s, "key", { keyId: v, vault }) });
    },
    at: "pipeline-dev/key: keyId",
    refused: [["ocid1.key.oc1.iad.aaaa", "must be in the environment's region eu-frankfurt-1 (this key is in us-ashburn-1)"], ["ocid1.vault.oc1.eu-frankfurt-1.aaaa", "(this is a vault OCID)"]],
    accepted: ["ocid1.key.oc1.eu-frankfurt-1.aaaaaaaakey"],
  },
  "Bucket.kmsKey (a hand-made IMasterKey)": {
    build: (s, v) => void new Bucket(s, "b", { name: "b", kmsKey: byHand({ keyId: v }) }),
    at: "pipeline-dev/b: kmsKey.keyId",
    refused: [["ocid1.key.oc1.iad.aaaa", "must be in the bucket's region eu-frankfurt-1 (this key is in us-ashburn-1)"], ["ocid1.vault.oc1.eu-frankfurt-1.aaaa", "(this is a vault OCID)"]],
    accepted: ["ocid1.key.oc1.eu-frankfurt-1.aaaaaaaakey"],
  },
  "Stream.streamPoolId": {
    build: (s, v) => void new Stream(s, "st", { name: "st", streamPoolId: v }),
    at: "pipeline-dev/st: streamPoolId",
    refused: [["ocid1.stream.oc1.eu-frankfurt-1.aaaa", "(this is a stream OCID)"], ["ocid1.streampool.oc1.phx.aaaa", "(this streampool is in us-phoenix-1)"]],
    accepted: ["ocid1.streampool.oc1.eu-frankfurt-1.aaaaaaaapool"],
  },
  "EventRule condition.data.compartmentId": {
    build: (s, v) => void new EventRule(s, "r", { displayName: "r", condition: { eventTypes: [EventTypes.identity.createPolicy], data: { compartmentId: v } }, targets: [topic(s)] }),
    at: "pipeline-dev/r: condition.data.compartmentId",
    refused: [["pipeline-dev", "must be an OCID of the form ocid1.compartment.<realm>.<region>.<id> or ocid1.tenancy.<realm>.<region>.<id> (a '*' wildcard is also allowed)"]],
    accepted: [CMP, "ocid1.compartment.oc1..aaaa*"],
  },
  "TopicSubscription.topic (a topic known by OCID)": {
    build: (s, v) => void new TopicSubscription(s, "sub", { topic: new TopicByOcid(s, "imported", v), subscription: Subscription.email("ops@example.com") }),
    at: "pipeline-dev/sub: topic.topicId",
    refused: [["alerts", "must be an OCID of the form ocid1.onstopic."], ["ocid1.onssubscription.oc1.eu-frankfurt-1.aaaa", "(this is a onssubscription OCID)"]],
    accepted: [TOPIC],
  },
  "Subscription.function (the function's OCID)": {
    build: (s, v) => void topic(s).addSubscription(Subscription.function(new FakeFunction(s, "fn", { functionId: v }))),
    at: "pipeline-dev/t/function-fn: endpoint",
    refused: [["ocid1.fnapp.oc1.eu-frankfurt-1.aaaa", "must be a function OCID (ocid1.fnfunc.<realm>.<region>.<id>) (this is a fnapp OCID)"]],
    accepted: ["ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaafn"],
  },
};

describe.each(Object.entries(CASES))("%s", (_name, c) => {
  test.each(c.refused)("refuses %s", (value, allowed) => {
    const { stack } = testStack();
    const errors = rejected(() => c.build(stack, value));
    expect(errors).toMatch(`${c.at} = ${JSON.stringify(value)} is not allowed: `);
    expect(errors).toMatch(allowed);
  });

  test.each(c.accepted)("accepts %s, which passes the offline validator", (value) => {
    const { stack } = testStack();
    expect(rejected(() => c.build(stack, value))).toBe("");
    expect(() => synthValid(stack)).not.toThrow();
  });
});
