import { Construct } from "constructs";
import { Bucket } from "oci-event-pipelines/objectstorage";
import { EventForwarderFunction } from "oci-event-pipelines/pipeline-functions";
import { EnvironmentConfig } from "./environments";
import { PipelineFoundation } from "./foundation";
import { pipelineFunctionProps, secretFromVariable } from "./shared";
import { PipelineStack } from "./pipeline-stack";

/**
 * (a) Object upload to integration: a bucket with object events; a rule on
 * created objects, filtered by compartment name and bucket name, invokes
 * `event-forwarder`, which posts the event to an Oracle Integration REST
 * trigger with basic auth (credentials in Vault).
 */
export class ObjectUploadStack extends PipelineStack {
  constructor(scope: Construct, config: EnvironmentConfig, foundation: PipelineFoundation) {
    super(scope, "object-upload", config);
    const bucket = new Bucket(this, "inbound", { name: config.uploadBucketName, namespace: config.objectStorageNamespace, versioning: "Enabled" });
    const credentials = secretFromVariable(this, "oic-credentials", foundation, {
      secretName: "oic-object-upload-credentials",
      description: "Oracle Integration basic-auth credentials (user:password) for the object-upload trigger",
      variable: "oic_credentials",
      variableDescription: "Oracle Integration basic-auth credentials as user:password",
    });
    const forwarder = new EventForwarderFunction(this, "oic-forwarder", {
      ...pipelineFunctionProps(this, "oic-forwarder", foundation, EventForwarderFunction.repositoryName),
      settings: { targetUrl: config.endpoints.oicTriggerUrl, targetAuth: "basic", targetCredentials: credentials, forwardMode: "whole" },
    });
    bucket.onObjectCreated("upload-rule", {
      displayName: `${config.name}-object-upload-to-oic`,
      description: `New objects in ${bucket.bucketName} go to Oracle Integration`,
      compartmentName: config.compartmentName,
      targets: [forwarder],
    });
    this.output("bucket_name", bucket.bucketName, "Bucket whose uploads are forwarded");
    this.output("forwarder_function_id", forwarder.functionId, "OCID of the event-forwarder function");
  }
}
