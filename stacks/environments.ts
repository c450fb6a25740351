import { Duration, OciAuth } from "oci-event-pipelines/core";
import { PIPELINE_FUNCTION_NAMES, PipelineFunctionName } from "oci-event-pipelines/pipeline-functions";

/** Network layout of an environment's pipeline VCN. */
export interface NetworkConfig {
  /** VCN CIDR block. */
  readonly vcnCidr: string;
  /** Public subnet (API gateway). */
  readonly publicSubnetCidr: string;
  /** Private subnet (functions). */
  readonly privateSubnetCidr: string;
  /** Who may call the API gateway on 443 (the SMS provider's egress ranges, or 0.0.0.0/0). */
  readonly gatewayIngressCidrs: readonly string[];
}

/** Non-secret endpoints of the systems the functions integrate with (secrets live in Vault). */
export interface IntegrationEndpoints {
  /** Oracle Integration REST trigger that receives uploaded-object events (basic auth). */
  readonly oicTriggerUrl: string;
  /** ORDS REST handler that receives chosen events. */
  readonly ordsHandlerUrl: string;
  /** B2C Service REST API base URL (`https://<site>.custhelp.com/services/rest/connect/v1.4`). */
  readonly b2cServiceUrl: string;
  /** ORDS OAuth2 token endpoint (client credentials) of the schema that owns the handler. */
  readonly ordsTokenUrl: string;
  /** The shop's REST API base URL (order updates). */
  readonly shopApiUrl: string;
  /** Origin of the operators' web console, the only browser origin the webhook API allows (CORS). */
  readonly opsConsoleOrigin: string;
  /** A plain HTTPS alert receiver (no credentials in the URL), subscribed to resource alerts. */
  readonly alertWebhookUrl: string;
}

/** Function images: registry path prefix and one tag per function. */
export interface ImageConfig {
  /** `<region-key>.ocir.io/<namespace>/<repository prefix>`, e.g. `fra.ocir.io/acme/pipeline`. */
  readonly registry: string;
  /** Image tag per function directory name (immutable in OCIR, so a tag always names the same image). */
  readonly tags: Readonly<Record<FunctionName, string>>;
}

/** The project's functions (one OCIR repository and one image tag each): the library's pipeline function constructs. */
export const FUNCTION_NAMES: readonly PipelineFunctionName[] = PIPELINE_FUNCTION_NAMES;
export type FunctionName = PipelineFunctionName;

/**
 * How the SMS webhook's authorizer admits the provider's requests.
 * - `api-key` (default): the provider sends an API key (query parameter `key`) that OCI generates into Vault.
 * - `ip-allow-list`: for providers that cannot authenticate: only requests whose sender address is
 *   in `allowedSources` pass. Chosen explicitly; the stack then requires the gateway subnet's ingress
 *   (`network.gatewayIngressCidrs`) to lie within `allowedSources`, so that no one else can connect:
 *   the address the authorizer sees comes from X-Forwarded-For (functions/README.md, api-authorizer).
 */
export type SmsWebhookAuth = { readonly mode: "api-key" } | { readonly mode: "ip-allow-list"; readonly allowedSources: readonly string[] };

/** The SMS webhook pipeline's settings. */
export interface SmsWebhookConfig {
  /**
   * How the authorizer admits requests.
   * @default { mode: "api-key" }
   */
  readonly auth?: SmsWebhookAuth;
}

/** Function sizing for an environment. */
export interface SizingConfig {
  /** Memory for every function, MB (128, 256, 512, 1024, 2048 or 3072). */
  readonly memoryInMbs: 128 | 256 | 512 | 1024 | 2048 | 3072;
  /** Synchronous timeout of every function, whole seconds from 1 second to 5 minutes. */
  readonly timeout: Duration;
  /** Provisioned concurrency for the latency-sensitive webhook functions (sms-to-incident, api-authorizer); 0 = none. */
  readonly webhookProvisionedConcurrency: number;
  /** API gateway rate limit per client IP, requests per second. */
  readonly webhookRateLimitPerSecond: number;
}

/** Remote Terraform state in OCI Object Storage through its S3-compatible endpoint. */
export interface RemoteStateConfig {
  /** Bucket that holds the state files (versioning on, private). */
  readonly bucket: string;
  /** Object Storage namespace of the tenancy. */
  readonly namespace: string;
  /** Region of the bucket; defaults to the environment's region. */
  readonly region?: string;
}

/** OCI Resource Manager settings of an environment deployed with `deployment: "orm"`. */
export interface ResourceManagerConfig {
  /**
   * Compartment the Resource Manager stacks live in (one per synthesized stack, named after it).
   * @default the environment's `compartmentOcid`
   */
  readonly compartmentOcid?: string;
  /**
   * Terraform version Resource Manager runs, `<major>.<minor>.x`, 1.5.x or later.
   * @default "1.5.x"
   */
  readonly terraformVersion?: string;
}

/** One deployment target. Adding an environment (e.g. `staging`) is one more entry in {@link ENVIRONMENTS}. */
export interface EnvironmentConfig {
  /** Short name, used in stack names (`<pipeline>-<env>`) and as the prefix of tenancy-unique names. */
  readonly name: string;
  /** Region of the environment's resources. */
  readonly region: string;
  /** The tenancy's home region (IAM writes go there). */
  readonly homeRegion: string;
  /** Tenancy OCID. */
  readonly tenancyOcid: string;
  /** Compartment the pipeline's resources live in. */
  readonly compartmentOcid: string;
  /** Name of that compartment, as Events reports it in `data.compartmentName`. */
  readonly compartmentName: string;
  /** Provider auth; when absent, OCI_CLI_AUTH / OCI_CLI_PROFILE or the API-key default apply. */
  readonly auth?: OciAuth;
  /** Free-form tags on every resource that takes them. */
  readonly freeformTags: Readonly<Record<string, string>>;
  /** E-mail addresses subscribed to resource alerts. */
  readonly alertEmails: readonly string[];
  /** Chat/paging integration for resource alerts; its URL is a sensitive Terraform variable. */
  readonly alertChat: "slack" | "pagerduty";
  /** E-mail addresses of the supplier, subscribed to orders. */
  readonly supplierEmails: readonly string[];
  /** IAM group of the pipeline's operators (may manage rules and topics, use functions). */
  readonly operatorsGroup: string;
  /** Ship-from address printed on shipping labels. */
  readonly shipFromAddress: string;
  /** How the shop application authenticates when it publishes orders. */
  readonly shopPublisher: { readonly kind: "group" | "dynamic-group"; readonly name: string };
  /** Bucket that receives uploads for Oracle Integration; the environment prefix is added (`<env>-<name>`). */
  readonly uploadBucketName: string;
  /** Object Storage namespace of the tenancy. */
  readonly objectStorageNamespace: string;
  readonly network: NetworkConfig;
  readonly endpoints: IntegrationEndpoints;
  readonly images: ImageConfig;
  readonly sizing: SizingConfig;
  /** Key protection: HSM everywhere unless a non-production environment opts into SOFTWARE. */
  readonly keyProtection: "HSM" | "SOFTWARE";
  /**
   * Where Terraform runs: `local` is `cdktf deploy` (or plain Terraform) on a workstation or CI
   * runner, with the state in `remoteState` or local files; `orm` is OCI Resource Manager, which
   * keeps each stack's state and reads cross-stack values from the other stacks' ORM state
   * (`npm run orm:deploy -- <env>`, see stacks/README.md).
   * @default "local"
   */
  readonly deployment?: "local" | "orm";
  /** Resource Manager settings (only with `deployment: "orm"`). */
  readonly resourceManager?: ResourceManagerConfig;
  /** Remote state of a `local` deployment; local state files when absent. */
  readonly remoteState?: RemoteStateConfig;
  /**
   * The SMS webhook pipeline's settings.
   * @default API-key authentication
   */
  readonly smsWebhook?: SmsWebhookConfig;
}

const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexampletenancyexampletenancyexampletenancy";
const tags = (tag: string): Readonly<Record<FunctionName, string>> => Object.fromEntries(FUNCTION_NAMES.map((f) => [f, tag])) as Record<FunctionName, string>;

/**
 * Every environment the app synthesizes. The OCIDs, names and endpoints are
 * the example tenancy's: replace them with yours.
 */
export const ENVIRONMENTS: readonly EnvironmentConfig[] = [
  {
    name: "dev",
    region: "eu-frankfurt-1",
    homeRegion: "eu-frankfurt-1",
    tenancyOcid: TENANCY,
    compartmentOcid: "ocid1.compartment.oc1..aaaaaaaaexampledevexampledevexampledevexampledev",
    compartmentName: "pipeline-dev",
    freeformTags: { environment: "dev", "managed-by": "cdktf" },
    alertEmails: ["platform-dev@example.com"],
    alertChat: "slack",
    supplierEmails: ["orders-dev@supplier.example.com"],
    operatorsGroup: "EventAdmins-dev",
    shopPublisher: { kind: "group", name: "ShopPublishers-dev" },
    shipFromAddress: "Example Shop Dev, 1 Test Street, 60311 Frankfurt, DE",
    uploadBucketName: "inbound-documents",
    objectStorageNamespace: "examplens",
    network: { vcnCidr: "10.10.0.0/16", publicSubnetCidr: "10.10.0.0/24", privateSubnetCidr: "10.10.1.0/24", gatewayIngressCidrs: ["0.0.0.0/0"] },
    endpoints: {
      oicTriggerUrl: "https://dev-oic.integration.ocp.oraclecloud.com/ic/api/integration/v1/flows/rest/OBJECT_UPLOAD/1.0/events",
      ordsHandlerUrl: "https://dev-apex.adb.eu-frankfurt-1.oraclecloudapps.com/ords/pipeline/events/",
      ordsTokenUrl: "https://dev-apex.adb.eu-frankfurt-1.oraclecloudapps.com/ords/pipeline/oauth/token",
      b2cServiceUrl: "https://example--tst.custhelp.com/services/rest/connect/v1.4",
      shopApiUrl: "https://shop-dev.example.com/api",
      opsConsoleOrigin: "https://ops-dev.example.com",
      alertWebhookUrl: "https://alerts-dev.example.com/oci/notifications",
    },
    images: { registry: "fra.ocir.io/examplens/pipeline", tags: tags("0.1.0") },
    sizing: { memoryInMbs: 256, timeout: Duration.seconds(60), webhookProvisionedConcurrency: 0, webhookRateLimitPerSecond: 10 },
    keyProtection: "SOFTWARE",
  },
  {
    name: "prod",
    region: "eu-amsterdam-1",
    homeRegion: "eu-frankfurt-1",
    tenancyOcid: TENANCY,
    compartmentOcid: "ocid1.compartment.oc1..aaaaaaaaexampleprodexampleprodexampleprodexample",
    compartmentName: "pipeline-prod",
    freeformTags: { environment: "prod", "managed-by": "cdktf" },
    alertEmails: ["platform-oncall@example.com", "platform-leads@example.com"],
    alertChat: "pagerduty",
    supplierEmails: ["orders@supplier.example.com"],
    operatorsGroup: "EventAdmins",
    shopPublisher: { kind: "dynamic-group", name: "shop-app-instances" },
    shipFromAddress: "Example Shop B.V., Warehouse 3, 1012 AB Amsterdam, NL",
    uploadBucketName: "inbound-documents",
    objectStorageNamespace: "examplens",
    network: { vcnCidr: "10.20.0.0/16", publicSubnetCidr: "10.20.0.0/24", privateSubnetCidr: "10.20.1.0/24", gatewayIngressCidrs: ["0.0.0.0/0"] },
    endpoints: {
      oicTriggerUrl: "https://prod-oic.integration.ocp.oraclecloud.com/ic/api/integration/v1/flows/rest/OBJECT_UPLOAD/1.0/events",
      ordsHandlerUrl: "https://prod-apex.adb.eu-amsterdam-1.oraclecloudapps.com/ords/pipeline/events/",
      ordsTokenUrl: "https://prod-apex.adb.eu-amsterdam-1.oraclecloudapps.com/ords/pipeline/oauth/token",
      b2cServiceUrl: "https://example.custhelp.com/services/rest/connect/v1.4",
      shopApiUrl: "https://shop.example.com/api",
      opsConsoleOrigin: "https://ops.example.com",
      alertWebhookUrl: "https://alerts.example.com/oci/notifications",
    },
    images: { registry: "ams.ocir.io/examplens/pipeline", tags: tags("1.4.2") },
    sizing: { memoryInMbs: 512, timeout: Duration.seconds(60), webhookProvisionedConcurrency: 10, webhookRateLimitPerSecond: 50 },
    keyProtection: "HSM",
    // Resource Manager keeps, locks and versions the state; plans and applies run in OCI.
    deployment: "orm",
    resourceManager: { terraformVersion: "1.5.x" },
  },
];

/** A staging environment derived from prod: what "adding an environment is one entry" looks like (used by the synthesis benchmark). */
export function stagingFrom(prod: EnvironmentConfig): EnvironmentConfig {
  return {
    ...prod,
    name: "staging",
    compartmentOcid: "ocid1.compartment.oc1..aaaaaaaaexamplestagingexamplestagingexamplestag",
    compartmentName: "pipeline-staging",
    freeformTags: { environment: "staging", "managed-by": "cdktf" },
    uploadBucketName: "inbound-documents",
    operatorsGroup: "EventAdmins-staging",
    network: { ...prod.network, vcnCidr: "10.30.0.0/16", publicSubnetCidr: "10.30.0.0/24", privateSubnetCidr: "10.30.1.0/24" },
  };
}
