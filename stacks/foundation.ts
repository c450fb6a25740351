import { Construct } from "constructs";
import { FunctionApplication, IFunctionApplication } from "oci-event-pipelines/functions";
import { ILogGroup, LogGroup } from "oci-event-pipelines/logging";
import { ISubnet, Subnet } from "oci-event-pipelines/network";
import { IMasterKey, IVault, MasterKey, Vault } from "oci-event-pipelines/vault";

/**
 * What a pipeline stack needs from its environment's foundation. The
 * {@link FoundationStack} of this app provides it; a team whose tenancy
 * already has these resources builds the same pipelines on
 * {@link importFoundation}.
 */
export interface PipelineFoundation {
  /** Function application every pipeline function is deployed into. */
  readonly application: IFunctionApplication;
  /** Vault that holds the pipelines' secrets. */
  readonly vault: IVault;
  /** AES master key of {@link vault} that encrypts those secrets. */
  readonly masterKey: IMasterKey;
  /** Log group for gateway (and rule) logs of the pipelines. */
  readonly logGroup: ILogGroup;
  /** Subnet the public API gateways of webhook pipelines run in. */
  readonly gatewaySubnet: ISubnet;
}

/** The existing resources {@link importFoundation} refers to. */
export interface ImportedFoundationAttributes {
  /** Compartment of the application, vault and log group, unless given separately below. */
  readonly compartmentId: string;
  /** OCID of the function application (in the stack's region). */
  readonly applicationId: string;
  /** The application's name. Default: its OCID. */
  readonly applicationName?: string;
  /** OCID of the vault. */
  readonly vaultId: string;
  /** Compartment of the vault, when it is not {@link compartmentId} (e.g. a security compartment). */
  readonly vaultCompartmentId?: string;
  /** OCID of an AES master key of that vault. */
  readonly masterKeyId: string;
  /** OCID of the log group. */
  readonly logGroupId: string;
  /** OCID of the (public) subnet for API gateways. */
  readonly gatewaySubnetId: string;
}

/**
 * A foundation made of existing resources, imported under `scope/<id>`:
 * no resource is created for it. Pipeline stacks built on it create only
 * their own resources and grants.
 */
export function importFoundation(scope: Construct, id: string, attributes: ImportedFoundationAttributes): PipelineFoundation {
  const root = new Construct(scope, id);
  const vault = Vault.fromVaultAttributes(root, "vault", { vaultId: attributes.vaultId, compartmentId: attributes.vaultCompartmentId ?? attributes.compartmentId });
  return {
    application: FunctionApplication.fromFunctionApplicationAttributes(root, "application", {
      applicationId: attributes.applicationId,
      compartmentId: attributes.compartmentId,
      displayName: attributes.applicationName,
    }),
    vault,
    masterKey: MasterKey.fromMasterKeyAttributes(root, "master-key", { keyId: attributes.masterKeyId, vault }),
    logGroup: LogGroup.fromLogGroupAttributes(root, "logs", { logGroupId: attributes.logGroupId, compartmentId: attributes.compartmentId }),
    gatewaySubnet: Subnet.fromOcid(root, "gateway-subnet", attributes.gatewaySubnetId),
  };
}
