import { Construct } from "constructs";
import { Principals } from "oci-event-pipelines/iam";
import { NotificationTopic, Subscription } from "oci-event-pipelines/notifications";
import { OrderProcessorFunction } from "oci-event-pipelines/pipeline-functions";
import { EnvironmentConfig } from "./environments";
import { PipelineFoundation } from "./foundation";
import { pipelineFunctionProps, secretFromVariable } from "./shared";
import { PipelineStack } from "./pipeline-stack";

/**
 * (d) Order fan-out: the shop application publishes orders to a topic (granted
 * to its group or dynamic group); the supplier gets each order by e-mail and
 * `order-processor` produces the shipping label and updates the order through
 * the shop's REST API (bearer token in Vault).
 */
export class OrderFanoutStack extends PipelineStack {
  public readonly topic: NotificationTopic;

  constructor(scope: Construct, config: EnvironmentConfig, foundation: PipelineFoundation) {
    super(scope, "order-fanout", config);
    const token = secretFromVariable(this, "shop-token", foundation, {
      secretName: "order-fanout-shop-api-token",
      description: "Bearer token of the shop REST API",
      variable: "shop_api_token",
      variableDescription: "Bearer token for the shop REST API",
    });
    const processor = new OrderProcessorFunction(this, "orders", {
      ...pipelineFunctionProps(this, "orders", foundation, OrderProcessorFunction.repositoryName),
      settings: { shopApiUrl: config.endpoints.shopApiUrl, shopApiToken: token, shipFromAddress: config.shipFromAddress },
    });

    this.topic = new NotificationTopic(this, "orders-topic", { name: "orders", description: "Orders published by the shop" });
    for (const email of config.supplierEmails) this.topic.addSubscription(Subscription.email(email));
    this.topic.addSubscription(Subscription.function(processor));
    const publisher = config.shopPublisher.kind === "group" ? Principals.group(config.shopPublisher.name) : Principals.dynamicGroup(config.shopPublisher.name);
    this.topic.grantPublish(publisher);

    this.output("orders_topic_id", this.topic.topicId, "OCID of the orders topic the shop publishes to");
    this.output("order_processor_function_id", processor.functionId, "OCID of the order-processor function");
  }
}
