import { Construct, IConstruct } from "constructs";
import { ApiDeployment } from "oci-event-pipelines/apigateway";
import { Duration } from "oci-event-pipelines/core";
import { OciFunction } from "oci-event-pipelines/functions";
import { NotificationTopic, Subscription } from "oci-event-pipelines/notifications";
import { AlarmToIncidentFunction } from "oci-event-pipelines/pipeline-functions";
import { EnvironmentConfig } from "./environments";
import { PipelineFoundation } from "./foundation";
import { pipelineFunctionProps, secretFromVariable } from "./shared";
import { PipelineStack } from "./pipeline-stack";

/**
 * (f) Alarm to incident: one Monitoring alarm per function and per API
 * deployment of the environment's other pipelines, each naming its resource
 * (`resourceId` / `deploymentId`), notifies a topic whose function
 * subscription, `alarm-to-incident`, opens (and on FIRING_TO_OK closes) a B2C
 * Service incident. The handler itself is watched by its own alarm, which goes
 * to an e-mail-only topic: an alarm never invokes the function it watches (the
 * Alarm construct refuses that).
 *
 * One alarm per resource rather than one query over all of them: each failing
 * function or deployment gets its own alarm state, message (`dedupeKey`),
 * display name and incident, and a second resource failing while a first one
 * fires still raises its own OK_TO_FIRING.
 */
export class AlarmIncidentStack extends PipelineStack {
  /** The topic the pipelines' alarms notify; it invokes `alarm-to-incident`. */
  public readonly topic: NotificationTopic;
  /** The e-mail-only topic the handler's own alarm notifies. */
  public readonly handlerTopic: NotificationTopic;

  /**
   * @param watched the environment's other pipeline stacks: every function and
   * API deployment in them gets an alarm (see {@link PipelineStack.functions}).
   */
  constructor(scope: Construct, config: EnvironmentConfig, foundation: PipelineFoundation, watched: readonly PipelineStack[]) {
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
    this.handlerTopic = new NotificationTopic(this, "handler-alarms", {
      name: "alarm-handler-alarms",
      description: "Alarms on alarm-to-incident itself (e-mail only: they must not invoke it)",
      subscriptions: config.alertEmails.map((email) => Subscription.email(email)),
    });

    for (const stack of watched) {
      for (const fn of stack.functions) {
        if (fn === handler) continue;
        const name = functionName(stack, fn);
        fn.metricErrors().createAlarm(this, `${stack.pipeline}-${pathIn(stack, fn)}-errors`, {
          displayName: `${config.name} function ${name} errors`,
          threshold: 0,
          severity: "ERROR",
          destination: this.topic,
          body: `Function ${name} of the ${stack.pipeline} pipeline is failing`,
          repeatNotificationDuration: Duration.hours(4),
        });
      }
      for (const deployment of stack.apiDeployments) {
        const name = deployment instanceof ApiDeployment ? deployment.displayName : pathIn(stack, deployment);
        deployment.metricHttpResponses({ statusCategory: "5xx", interval: Duration.minutes(5) }).createAlarm(this, `${stack.pipeline}-${pathIn(stack, deployment)}-5xx`, {
          displayName: `${config.name} API deployment ${name} 5xx`,
          threshold: 5,
          severity: "CRITICAL",
          destination: this.topic,
          body: `API deployment ${name} of the ${stack.pipeline} pipeline answers with server errors`,
          pendingDuration: Duration.minutes(5),
        });
      }
    }

    handler.metricErrors().createAlarm(this, "handler-errors", {
      displayName: `${config.name} function ${functionName(this, handler)} errors`,
      threshold: 0,
      severity: "CRITICAL",
      destination: this.handlerTopic,
      body: "The alarm handler is failing: the pipelines' alarms no longer open incidents",
      messageFormat: "ONS_OPTIMIZED",
      repeatNotificationDuration: Duration.hours(4),
    });

    this.output("alarms_topic_id", this.topic.topicId, "OCID of the incident-alarms topic");
    this.output("handler_alarms_topic_id", this.handlerTopic.topicId, "OCID of the e-mail topic of the alarm handler's own alarm");
    this.output("alarm_function_id", handler.functionId, "OCID of the alarm-to-incident function");
  }
}

/** A function's display name (an `OciFunction`'s), else its path in its stack. */
function functionName(stack: PipelineStack, fn: IConstruct): string {
  return fn instanceof OciFunction ? fn.displayName : pathIn(stack, fn);
}

/** A construct's path inside its stack, as one id part: `oic-forwarder`, `gateway-sms`. */
function pathIn(stack: PipelineStack, construct: IConstruct): string {
  return construct.node.path.slice(stack.node.path.length + 1).replace(/\//g, "-");
}
