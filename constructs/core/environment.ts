import { Construct, IConstruct } from "constructs";
import { TerraformStack } from "cdktf";
import { OciProvider } from "../../.gen/providers/oci/provider";
import { fail, reject } from "./errors";
import { isKnownRegion, realmOf } from "./regions";
import { validateOnSynth } from "./synth";
import { checkCompartmentOcid, checkOcid, checkPattern, isToken, parseOcid } from "./validate";

/**
 * How Terraform authenticates to OCI. No variant carries a credential: keys and
 * tokens stay in the OCI config file or come from the instance/resource
 * principal of the machine that runs Terraform.
 */
export type OciAuth =
  /** API signing key from the OCI config file (`~/.oci/config`); the provider's default. */
  | { readonly mode: "ApiKey"; readonly configFileProfile?: string }
  /** Session token from `oci session authenticate`, stored under a config-file profile. */
  | { readonly mode: "SecurityToken"; readonly configFileProfile: string }
  /** The compute instance Terraform runs on (CI runners inside OCI). */
  | { readonly mode: "InstancePrincipal" }
  /** The resource principal of an OCI service (Resource Manager, Functions, DevOps). */
  | { readonly mode: "ResourcePrincipal" };

export const AUTH_MODES = ["ApiKey", "SecurityToken", "InstancePrincipal", "ResourcePrincipal"] as const;

export interface OciProviderSettings {
  /** Region the environment's resources live in, e.g. `eu-frankfurt-1`. */
  readonly region: string;
  /**
   * The tenancy's home region. OCI accepts IAM writes (policies, dynamic groups,
   * compartments, tags) only there, so identity resources use a provider alias
   * pinned to it.
   */
  readonly homeRegion: string;
  /** Authentication; defaults to {@link authFromEnvironment} and then `ApiKey` with the DEFAULT profile. */
  readonly auth?: OciAuth;
}

const CLI_AUTH: Record<string, OciAuth["mode"]> = {
  api_key: "ApiKey",
  security_token: "SecurityToken",
  instance_principal: "InstancePrincipal",
  resource_principal: "ResourcePrincipal",
};

/**
 * Reads the auth mode the way the OCI CLI does: `OCI_CLI_AUTH`
 * (api_key | security_token | instance_principal | resource_principal, or the
 * provider spelling such as `SecurityToken`) and `OCI_CLI_PROFILE`. A bad
 * value throws, or, given the `OciEnvironment` that reads it, is recorded on
 * it (field `environment OCI_CLI_AUTH`) and read as no setting.
 */
export function authFromEnvironment(env: NodeJS.ProcessEnv = process.env, scope?: IConstruct): OciAuth | undefined {
  const problem = (field: string, value: unknown, allowed: string): undefined => {
    if (!scope) fail("environment", field, value, allowed);
    reject(scope, `environment ${field}`, value, allowed);
    return undefined;
  };
  const raw = env.OCI_CLI_AUTH;
  if (!raw) return undefined;
  const mode = CLI_AUTH[raw.toLowerCase()] ?? AUTH_MODES.find((m) => m.toLowerCase() === raw.toLowerCase());
  if (!mode) return problem("OCI_CLI_AUTH", raw, `must be one of ${Object.keys(CLI_AUTH).join(", ")} (or ${AUTH_MODES.join(", ")})`);
  const profile = env.OCI_CLI_PROFILE;
  switch (mode) {
    case "ApiKey":
      return { mode, configFileProfile: profile };
    case "SecurityToken":
      if (!profile) return problem("OCI_CLI_PROFILE", profile, "must name the config-file profile holding the session token when OCI_CLI_AUTH=security_token");
      return { mode, configFileProfile: profile };
    default:
      return { mode };
  }
}

const REGION = /^[a-z]+(-[a-z]+)+-\d+$/;
const ENV_NAME = /^[a-z][a-z0-9]{0,11}$/;
const HOME_ALIAS = "home";

/**
 * The explicit opt-out of the environment prefix, spelled the same on every
 * construct that adds one (topics, buckets, policies, dynamic groups: the
 * names OCI keeps unique across more than one compartment; see the core README).
 */
export interface EnvironmentPrefixOptions {
  /**
   * Use the name exactly as given, without the `<env>-` prefix: to keep a name
   * that exists already, or for a resource that one environment owns for all.
   * Environments sharing the tenancy (and, for buckets, the region) then need
   * names that differ otherwise. Default false.
   */
  readonly allowUnprefixedName?: boolean;
}

export interface OciEnvironmentProps extends OciProviderSettings {
  /**
   * Short environment name (`dev`, `prod`): 1-12 lower-case letters or digits.
   * It prefixes every name OCI keeps unique beyond one compartment (topics,
   * buckets, policies, dynamic groups) so that environments sharing a tenancy
   * never collide.
   */
  readonly name: string;
  /** Tenancy OCID: dynamic groups live there, and tenancy-level statements name it. */
  readonly tenancyOcid: string;
  /** Default compartment for resources whose props give none. */
  readonly compartmentOcid: string;
  /** Free-form tags put on every resource that takes them (props may add more). */
  readonly freeformTags?: Readonly<Record<string, string>>;
  /**
   * Explicit opt-in for a `region` or `homeRegion` that is well-formed but
   * not in the library's region table (constructs/core/regions.ts), e.g. a
   * region OCI opened after this release. Default false: an unknown region is
   * refused, since a typo would otherwise surface only at `terraform apply`.
   */
  readonly allowUnknownRegion?: boolean;
}

/**
 * The deployment target of a stack: region, home region, tenancy, default
 * compartment, name prefix, and the two oracle/oci provider configurations
 * every stack needs (the default one for the region, and the `home` alias for
 * identity writes). Constructs find it with {@link OciEnvironment.of}, the way
 * AWS CDK constructs read their stack's account and region.
 */
export class OciEnvironment extends Construct {
  /** The environment of the stack that contains `scope`. */
  public static of(scope: IConstruct): OciEnvironment {
    const stack = TerraformStack.of(scope);
    const found = stack.node.tryFindChild(OciEnvironment.ID);
    if (!(found instanceof OciEnvironment)) {
      // Nothing can be built without providers and a compartment: this one stops construction.
      fail(scope, "stack environment", undefined, `stack ${stack.node.id} has no OCI environment: create \`new OciEnvironment(stack, props)\` first`);
    }
    return found;
  }

  private static readonly ID = "oci-environment";

  /** Provider for the environment's region (no alias). */
  public readonly regional: OciProvider;
  /** Provider aliased `home`, pinned to the tenancy's home region, for IAM writes. */
  public readonly home: OciProvider;
  public readonly name: string;
  public readonly region: string;
  public readonly homeRegion: string;
  public readonly tenancyOcid: string;
  public readonly compartmentOcid: string;
  public readonly freeformTags: Readonly<Record<string, string>>;

  constructor(stack: TerraformStack, props: OciEnvironmentProps) {
    super(stack, OciEnvironment.ID);
    this.name = checkPattern(this, "name", props.name, ENV_NAME, "must be 1-12 lower-case letters or digits, starting with a letter (e.g. dev, prod)");
    this.region = this.checkRegion("region", props.region, "eu-frankfurt-1", props.allowUnknownRegion ?? false);
    this.homeRegion = this.checkRegion("homeRegion", props.homeRegion, "us-ashburn-1", props.allowUnknownRegion ?? false);
    this.tenancyOcid = checkOcid(this, "tenancyOcid", props.tenancyOcid, "tenancy");
    this.compartmentOcid = checkCompartmentOcid(this, "compartmentOcid", props.compartmentOcid);
    this.checkRealms();
    this.freeformTags = { ...(props.freeformTags ?? {}) };
    const auth = props.auth ?? authFromEnvironment(process.env, this) ?? { mode: "ApiKey" };
    if (!AUTH_MODES.includes(auth.mode)) reject(this, "auth.mode", auth.mode, `must be one of ${AUTH_MODES.join(", ")}`);
    const profile = "configFileProfile" in auth ? auth.configFileProfile : undefined;
    if (auth.mode === "SecurityToken" && !profile) reject(this, "auth.configFileProfile", profile, "must name a config-file profile for SecurityToken auth");
    const common = { auth: auth.mode, configFileProfile: profile };
    // Provider ids are the stack-level Terraform addresses `provider.oci` and `oci.home`.
    this.regional = new OciProvider(stack, "oci", { ...common, region: this.region });
    this.home = new OciProvider(stack, "oci-home", { ...common, region: this.homeRegion, alias: HOME_ALIAS });
    // Every app that uses the constructs validates all its stacks before writing any (see ./synth.ts).
    validateOnSynth(stack);
  }

  /** A region identifier: well-formed, and in the region table unless `allowUnknownRegion`. */
  private checkRegion(field: string, value: string, example: string, allowUnknown: boolean): string {
    checkPattern(this, field, value, REGION, `must be an OCI region identifier such as ${example}`);
    if (typeof value === "string" && REGION.test(value) && !isKnownRegion(value) && !allowUnknown) {
      reject(this, field, value, "is not an OCI region this library knows (see https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm); check the spelling, or set allowUnknownRegion: true for a region newer than the library");
    }
    return value;
  }

  /** A tenancy lives in one realm: its OCID, its home region and the environment's region must agree. */
  private checkRealms(): void {
    const regionRealm = realmOf(this.region);
    const homeRealm = realmOf(this.homeRegion);
    if (regionRealm && homeRealm && regionRealm !== homeRealm) {
      reject(this, "homeRegion", this.homeRegion, `must be in the realm of region ${this.region} (${regionRealm}); ${this.homeRegion} is in ${homeRealm}, and a tenancy spans one realm`);
    }
    const tenancyRealm = isToken(this.tenancyOcid) ? undefined : parseOcid(this.tenancyOcid)?.realm;
    if (tenancyRealm && regionRealm && tenancyRealm !== regionRealm) {
      reject(this, "tenancyOcid", this.tenancyOcid, `must be a tenancy of realm ${regionRealm} (region ${this.region}); this OCID is in realm ${tenancyRealm}`);
    }
  }

  /**
   * `<env>-<base>`: the name to give a resource whose name OCI keeps unique
   * beyond one compartment (the tenancy, or the tenancy's Object Storage
   * namespace in a region). `allowUnprefixedName` returns `base` unchanged.
   */
  public uniqueName(base: string, options: EnvironmentPrefixOptions = {}): string {
    return options.allowUnprefixedName ? base : `${this.name}-${base}`;
  }

  /** The environment's tags merged with (and overridden by) `extra`. */
  public tags(extra?: Readonly<Record<string, string>>): Record<string, string> {
    return { ...this.freeformTags, ...(extra ?? {}) };
  }
}
