import { OciAuth } from "../constructs/core";

/** One deployment target: a region, a compartment and who gets told when things break. */
export interface EnvironmentConfig {
  /** Short name, used in stack names (`<pipeline>-<env>`) and as the prefix of tenancy-unique names. */
  readonly name: string;
  /** Region of the environment's resources. */
  readonly region: string;
  /** The tenancy's home region (IAM writes go there). */
  readonly homeRegion: string;
  /** Tenancy OCID (dynamic groups and tenancy-level lookups). */
  readonly tenancyOcid: string;
  /** Compartment the pipeline's resources live in. */
  readonly compartmentOcid: string;
  /** Provider auth; when absent, OCI_CLI_AUTH / OCI_CLI_PROFILE or the API-key default apply. */
  readonly auth?: OciAuth;
  /** E-mail addresses subscribed to operational alerts. */
  readonly alertEmails: readonly string[];
  /** Free-form tags put on every resource that takes them. */
  readonly freeformTags: Readonly<Record<string, string>>;
}

/**
 * Every environment the app synthesizes. Adding one (e.g. `staging`) is one
 * entry here. The OCIDs are the example tenancy's; replace them with yours.
 */
export const ENVIRONMENTS: readonly EnvironmentConfig[] = [
  {
    name: "dev",
    region: "eu-frankfurt-1",
    homeRegion: "eu-frankfurt-1",
    tenancyOcid: "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000",
    compartmentOcid: "ocid1.compartment.oc1..aaaaaaaaexampledev00000000000000000000000000000000000000",
    alertEmails: ["platform-dev@example.com"],
    freeformTags: { environment: "dev", "managed-by": "cdktf" },
  },
  {
    name: "prod",
    region: "eu-amsterdam-1",
    homeRegion: "eu-frankfurt-1",
    tenancyOcid: "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000",
    compartmentOcid: "ocid1.compartment.oc1..aaaaaaaaexampleprod0000000000000000000000000000000000000",
    alertEmails: ["platform-oncall@example.com", "platform-leads@example.com"],
    freeformTags: { environment: "prod", "managed-by": "cdktf" },
  },
];
