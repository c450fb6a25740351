import { Construct, IConstruct } from "constructs";
import { TerraformStack } from "cdktf";
import { OciProvider } from "../../.gen/providers/oci/provider";
import { fail } from "./errors";
import { checkPattern } from "./validate";

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
 * provider spelling such as `SecurityToken`) and `OCI_CLI_PROFILE`.
 */
export function authFromEnvironment(env: NodeJS.ProcessEnv = process.env): OciAuth | undefined {
  const raw = env.OCI_CLI_AUTH;
  if (!raw) return undefined;
  const mode = CLI_AUTH[raw.toLowerCase()] ?? AUTH_MODES.find((m) => m.toLowerCase() === raw.toLowerCase());
  if (!mode) {
    fail("environment", "OCI_CLI_AUTH", raw, `must be one of ${Object.keys(CLI_AUTH).join(", ")} (or ${AUTH_MODES.join(", ")})`);
  }
  const profile = env.OCI_CLI_PROFILE;
  switch (mode) {
    case "ApiKey":
      return { mode, configFileProfile: profile };
    case "SecurityToken":
      if (!profile) fail("environment", "OCI_CLI_PROFILE", profile, "must name the config-file profile holding the session token when OCI_CLI_AUTH=security_token");
      return { mode, configFileProfile: profile };
    default:
      return { mode };
  }
}

const REGION = /^[a-z]+(-[a-z]+)+-\d+$/;
const HOME_ALIAS = "home";

/**
 * The two oracle/oci provider configurations every stack needs: the default
 * one for the environment's region, and the `home` alias for identity writes.
 * Constructs find them with {@link OciProviders.of}.
 */
export class OciProviders extends Construct {
  /** Finds the providers configured for the stack that contains `scope`. */
  public static of(scope: IConstruct): OciProviders {
    const stack = TerraformStack.of(scope);
    const found = stack.node.tryFindChild(OciProviders.ID);
    if (!(found instanceof OciProviders)) {
      fail(scope, "stack providers", undefined, `stack ${stack.node.id} has no OCI providers: create \`new OciProviders(stack, settings)\` first`);
    }
    return found;
  }

  private static readonly ID = "oci-providers";

  /** Provider for the environment's region (no alias). */
  public readonly regional: OciProvider;
  /** Provider aliased `home`, pinned to the tenancy's home region, for IAM writes. */
  public readonly home: OciProvider;
  public readonly region: string;
  public readonly homeRegion: string;

  constructor(stack: TerraformStack, settings: OciProviderSettings) {
    super(stack, OciProviders.ID);
    this.region = checkPattern(this, "region", settings.region, REGION, "must be an OCI region identifier such as eu-frankfurt-1");
    this.homeRegion = checkPattern(this, "homeRegion", settings.homeRegion, REGION, "must be an OCI region identifier such as us-ashburn-1");
    const auth = settings.auth ?? authFromEnvironment() ?? { mode: "ApiKey" };
    if (!AUTH_MODES.includes(auth.mode)) fail(this, "auth.mode", auth.mode, `must be one of ${AUTH_MODES.join(", ")}`);
    const profile = "configFileProfile" in auth ? auth.configFileProfile : undefined;
    if (auth.mode === "SecurityToken" && !profile) fail(this, "auth.configFileProfile", profile, "must name a config-file profile for SecurityToken auth");
    const common = { auth: auth.mode, configFileProfile: profile };
    // Provider ids are the stack-level Terraform addresses `provider.oci` and `oci.home`.
    this.regional = new OciProvider(stack, "oci", { ...common, region: this.region });
    this.home = new OciProvider(stack, "oci-home", { ...common, region: this.homeRegion, alias: HOME_ALIAS });
  }
}
