import { Construct } from "constructs";
import { Duration } from "oci-event-pipelines/core";
import { ContainerRepository } from "oci-event-pipelines/artifacts";
import { FunctionApplication } from "oci-event-pipelines/functions";
import { Policy, PolicyStatement } from "oci-event-pipelines/iam";
import { LogGroup } from "oci-event-pipelines/logging";
import { ISubnet, PipelineNetwork } from "oci-event-pipelines/network";
import { MasterKey, Vault } from "oci-event-pipelines/vault";
import { EnvironmentConfig, FUNCTION_NAMES } from "./environments";
import { PipelineFoundation } from "./foundation";
import { PipelineStack } from "./pipeline-stack";

/**
 * What every pipeline of an environment shares: the network, the function
 * application with its logs, the vault and master key for pipeline secrets,
 * the OCIR repositories for function images, and the operators' policy.
 */
export class FoundationStack extends PipelineStack implements PipelineFoundation {
  public readonly network: PipelineNetwork;
  /** The network's public subnet, for the webhook pipelines' API gateways. */
  public readonly gatewaySubnet: ISubnet;
  public readonly logGroup: LogGroup;
  public readonly application: FunctionApplication;
  public readonly vault: Vault;
  public readonly masterKey: MasterKey;

  constructor(scope: Construct, config: EnvironmentConfig) {
    super(scope, "foundation", config);
    const env = this.env;
    this.network = new PipelineNetwork(this, "network", {
      cidrBlock: config.network.vcnCidr,
      publicSubnetCidr: config.network.publicSubnetCidr,
      privateSubnetCidr: config.network.privateSubnetCidr,
      httpsIngressSources: config.network.gatewayIngressCidrs,
    });
    this.gatewaySubnet = this.network.publicSubnet;
    this.logGroup = new LogGroup(this, "logs", { displayName: env.uniqueName("pipeline-logs"), description: `Function, gateway and rule logs of ${config.name}` });
    this.application = new FunctionApplication(this, "functions", {
      displayName: env.uniqueName("pipeline"),
      subnets: [this.network.privateSubnet],
      logGroup: this.logGroup,
      invokeLogRetention: Duration.days(config.name === "prod" ? 90 : 30),
    });
    this.vault = new Vault(this, "vault", { displayName: env.uniqueName("pipeline-vault") });
    this.masterKey = this.vault.addKey("master-key", { displayName: env.uniqueName("pipeline-secrets-key"), protectionMode: config.keyProtection });
    for (const fn of FUNCTION_NAMES) {
      new ContainerRepository(this, `repo-${fn}`, { repositoryName: `${registryPrefix(config.images.registry)}/${fn}` });
    }

    // Operators manage rules and topics and use (not manage) the pipeline's functions, in its compartment only.
    const location = { kind: "compartment", compartmentId: config.compartmentOcid } as const;
    const operators = { kind: "group", name: config.operatorsGroup } as const;
    new Policy(this, "operators", {
      name: "pipeline-operators",
      description: `Operators of the ${config.name} event pipeline`,
      statements: [
        new PolicyStatement({ subject: operators, verb: "manage", resourceType: "cloudevents-rules", location }),
        new PolicyStatement({ subject: operators, verb: "manage", resourceType: "ons-topics", location }),
        new PolicyStatement({ subject: operators, verb: "use", resourceType: "fn-function", location }),
      ],
    });

    this.output("function_application_id", this.application.applicationId, "OCID of the function application");
    this.output("vault_id", this.vault.vaultId, "OCID of the pipeline vault");
  }
}

/** `fra.ocir.io/<namespace>/pipeline` -> `pipeline`: repository names are relative to the namespace. */
function registryPrefix(registry: string): string {
  return registry.split("/").slice(2).join("/");
}
