import { Construct } from "constructs";
import { Alarm } from "oci-event-pipelines/monitoring";
import { NotificationTopic, Subscription } from "oci-event-pipelines/notifications";
import { AlarmToIncidentFunction } from "oci-event-pipelines/pipeline-functions";
import { EnvironmentConfig } from "./environments";
import { PipelineFoundation } from "./foundation";
import { pipelineFunctionProps, secretFromVariable } from "./shared";
import { PipelineStack } from "./pipeline-stack";

/**
 * (f) Alarm to incident: Monitoring alarms on function errors and gateway 5xx
 * responses notify a topic whose function subscription, `alarm-to-incident`,
 * opens (and on FIRING_TO_OK closes) a B2C Service incident.
 */
export class AlarmIncidentStack extends PipelineStack {
  public readonly topic: NotificationTopic;

  constructor(scope: Construct, config: EnvironmentConfig, foundation: PipelineFoundation) {
    super(scope, "alarm-incident", config);
    const b2c = secretFromVariable(this, "b2c-credentials", foundation, {
      secretName: "alarm-b2c-credentials",
      description: "B2C Service credentials (user:password) for alarm incidents",
      variable: "b2c_credentials",
      variableDescription: "B2C Service API credentials as user:password",
    });
    const handler = new AlarmToIncidentFunction(this, "alarms", {
      ...pipelineFunctionProps(this, "alarms", foundation, AlarmToIncidentFunction.repositoryName),
      settings: { baseUrl: config.endpoints.b2cServiceUrl, credentials: b2c, clearAction: "close" },
    });

    this.topic = new NotificationTopic(this, "incident-alarms", { name: "incident-alarms", description: "Monitoring alarms that open service incidents" });
    this.topic.addSubscription(Subscription.function(handler));
    for (const email of config.alertEmails) this.topic.addSubscription(Subscription.email(email));

    new Alarm(this, "function-errors", {
      displayName: `${config.name} pipeline function errors`,
      namespace: "oci_faas",
      query: 'FunctionResponseCount[1m]{responseType = "Error"}.sum() > 0',
      severity: "ERROR",
      destination: this.topic,
      body: "Functions of the {{dimensions.resourceDisplayName}} pipeline are failing",
      repeatNotificationDuration: "PT4H",
    });
    new Alarm(this, "gateway-5xx", {
      displayName: `${config.name} API gateway 5xx`,
      namespace: "oci_apigateway",
      query: 'HttpResponses[5m]{httpStatusCategory = "5xx"}.sum() > 5',
      severity: "CRITICAL",
      destination: this.topic,
      body: "The SMS webhook gateway answers with server errors",
      pendingDuration: "PT5M",
    });

    this.output("alarms_topic_id", this.topic.topicId, "OCID of the incident-alarms topic");
    this.output("alarm_function_id", handler.functionId, "OCID of the alarm-to-incident function");
  }
}
