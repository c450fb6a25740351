import { ApiDeployment, ApiGateway, Backend } from "../../apigateway";
import { EventRule, EventTypes } from "../../events";
import { FunctionApplication } from "../../functions";
import { NotificationTopic } from "../../notifications";
import { Subnet } from "../../network";
import { LogGroup, ServiceLog } from "..";
import { resourcesOf, synthValid, TEST_COMPARTMENT, testStack, rejected } from "../../testing";

const GROUP = "ocid1.loggroup.oc1.eu-frankfurt-1.amaaaaaasharedlogs";
const SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnet";

function imported(compartmentId = TEST_COMPARTMENT) {
  const t = testStack();
  return { ...t, logs: LogGroup.fromLogGroupAttributes(t.stack, "shared-logs", { logGroupId: GROUP, compartmentId }) };
}

/** Every service log of the document: [display name, log group, service, category]. */
const logsOf = (doc: unknown) =>
  Object.values(resourcesOf(doc, "oci_logging_log"))
    .map((l: any) => [l.display_name, l.log_group_id, l.configuration.source.service, l.configuration.source.category])
    .sort();

describe("LogGroup.fromLogGroupAttributes", () => {
  test("holds the invoke log of an application, the gateway logs of a deployment and a rule's execution log; no group is created", () => {
    const { stack, logs } = imported();
    new FunctionApplication(stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(stack, "subnet", SUBNET)], logGroup: logs });
    const gateway = new ApiGateway(stack, "gateway", { endpointType: "PUBLIC", subnet: Subnet.fromOcid(stack, "public", SUBNET) });
    gateway.addDeployment("api", { pathPrefix: "/api", displayName: "api", allowUnauthenticated: true, logging: { logGroup: logs }, routes: [{ path: "/x", methods: ["GET"], backend: Backend.stockResponse({ status: 204 }) }] });
    const topic = new NotificationTopic(stack, "t", { name: "t", allowNoSubscriptions: true });
    new EventRule(stack, "rule", { displayName: "rule", condition: { eventTypes: [EventTypes.identity.createUser] }, targets: [topic] }).enableExecutionLog(logs);
    const doc = synthValid(stack);
    expect(logsOf(doc)).toEqual([
      ["api-access", GROUP, "apigateway", "access"],
      ["api-execution", GROUP, "apigateway", "execution"],
      ["pipeline-invoke", GROUP, "functions", "invoke"],
      ["rule-execution", GROUP, "cloudevents", "ruleexecutionlog"],
    ]);
    expect(resourcesOf(doc, "oci_logging_log_group")).toEqual({});
  });

  test("the application's check of the log group's compartment applies to an import too", () => {
    const { stack, logs } = imported("ocid1.compartment.oc1..aaaaaaaaother");
    expect(rejected(() => new FunctionApplication(stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(stack, "subnet", SUBNET)], logGroup: logs }))).toMatch(
      `pipeline-dev/app: logGroup = "pipeline-dev/shared-logs" is not allowed: must be in the application's compartment ${TEST_COMPARTMENT} (it is in ocid1.compartment.oc1..aaaaaaaaother)`,
    );
  });

  test("an imported deployment's logs in an imported group", () => {
    const { stack, logs } = imported();
    const deployment = ApiDeployment.fromApiDeploymentAttributes(stack, "legacy-api", { deploymentId: "ocid1.apideployment.oc1.eu-frankfurt-1.aaaaaaaalegacy", compartmentId: TEST_COMPARTMENT });
    new ServiceLog(stack, "legacy-access", { logGroup: logs, source: "apiGatewayAccess", resourceId: deployment.deploymentId, resourceCompartmentId: deployment.compartmentId, displayName: "legacy-access" });
    const log = Object.values(resourcesOf(synthValid(stack), "oci_logging_log"))[0] as any;
    expect([log.log_group_id, log.configuration]).toEqual([
      GROUP,
      { compartment_id: TEST_COMPARTMENT, source: { source_type: "OCISERVICE", service: "apigateway", category: "access", resource: "ocid1.apideployment.oc1.eu-frankfurt-1.aaaaaaaalegacy" } },
    ]);
  });

  test.each<[string, object, string]>([
    ["a log OCID", { logGroupId: "ocid1.log.oc1.eu-frankfurt-1.aaaa", compartmentId: TEST_COMPARTMENT }, 'logGroupId = "ocid1.log.oc1.eu-frankfurt-1.aaaa" is not allowed: must be an OCID of the form ocid1.loggroup.<realm>.<region>.<id>'],
    ["a group name", { logGroupId: "pipeline-logs", compartmentId: TEST_COMPARTMENT }, 'logGroupId = "pipeline-logs" is not allowed: must be an OCID of the form ocid1.loggroup.'],
    ["a tenancy name as compartment", { logGroupId: GROUP, compartmentId: "acme" }, 'compartmentId = "acme" is not allowed: must be a compartment or tenancy OCID'],
    ["a log group of another region", { logGroupId: "ocid1.loggroup.oc1.us-ashburn-1.aaaa", compartmentId: TEST_COMPARTMENT }, 'logGroupId = "ocid1.loggroup.oc1.us-ashburn-1.aaaa" is not allowed: must be in the environment\'s region eu-frankfurt-1 (this loggroup is in us-ashburn-1)'],
  ])("refuses %s", (_what, attributes, message) => {
    const { stack } = testStack();
    expect(rejected(() => LogGroup.fromLogGroupAttributes(stack, "shared-logs", attributes as any))).toMatch(`pipeline-dev/shared-logs: ${message}`);
  });
});
