import { Construct } from "constructs";
import { EventRule, EventTypes } from "oci-event-pipelines/events";
import { EventForwarderFunction } from "oci-event-pipelines/pipeline-functions";
import { EnvironmentConfig } from "./environments";
import { PipelineFoundation } from "./foundation";
import { pipelineFunctionProps, secretFromVariable } from "./shared";
import { PipelineStack } from "./pipeline-stack";

/** The changes the APEX application audits. */
const AUDITED_EVENTS = [
  EventTypes.compute.launchInstance.end,
  EventTypes.compute.terminateInstance.end,
  EventTypes.functions.createFunction,
  EventTypes.functions.updateFunction,
  EventTypes.functions.deleteFunction,
  EventTypes.apiGateway.updateDeployment.end,
];

/**
 * (c) ORDS webhook: chosen events invoke `event-forwarder`, which posts them to
 * an ORDS REST handler (APEX processes them), authenticating with OAuth2
 * client credentials kept in Vault.
 */
export class OrdsWebhookStack extends PipelineStack {
  constructor(scope: Construct, config: EnvironmentConfig, foundation: PipelineFoundation) {
    super(scope, "ords-webhook", config);
    const client = secretFromVariable(this, "ords-client", foundation, {
      secretName: "ords-webhook-oauth-client",
      description: "ORDS OAuth2 client credentials (client_id:client_secret)",
      variable: "ords_oauth_client",
      variableDescription: "ORDS OAuth2 client credentials as client_id:client_secret",
    });
    const forwarder = new EventForwarderFunction(this, "ords-forwarder", {
      ...pipelineFunctionProps(this, "ords-forwarder", foundation, EventForwarderFunction.repositoryName),
      settings: { targetUrl: config.endpoints.ordsHandlerUrl, targetAuth: "oauth2", targetTokenUrl: config.endpoints.ordsTokenUrl, targetCredentials: client, forwardMode: "whole" },
    });
    new EventRule(this, "audited-changes", {
      displayName: `${config.name}-ords-audit`,
      description: "Resource changes the APEX audit application records",
      condition: { eventTypes: AUDITED_EVENTS, data: { compartmentName: config.compartmentName } },
      targets: [forwarder],
    });
    this.output("forwarder_function_id", forwarder.functionId, "OCID of the ORDS event-forwarder function");
  }
}
