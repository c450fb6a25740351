/**
 * How the deploy command authenticates to the Resource Manager API: the OCI SDK's
 * standard providers, chosen like the OCI CLI chooses them (`--auth`, or
 * OCI_CLI_AUTH; `--profile` / OCI_CLI_PROFILE; `--config-file` / OCI_CLI_CONFIG_FILE).
 * No credential is ever read from or written to code or the synthesized output.
 * https://docs.oracle.com/iaas/Content/API/SDKDocs/typescriptsdkgettingstarted.htm
 */
import type { AuthenticationDetailsProvider } from "oci-common";

export const AUTH_MODES = ["api_key", "security_token", "instance_principal", "resource_principal"] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export interface AuthOptions {
  readonly mode?: string;
  readonly profile?: string;
  readonly configFile?: string;
}

export interface ResolvedAuth {
  readonly mode: AuthMode;
  readonly profile?: string;
  readonly configFile?: string;
}

/** The mode, profile and config file from options, then the OCI CLI's environment variables. */
export function resolveAuth(options: AuthOptions, env: NodeJS.ProcessEnv = process.env): ResolvedAuth {
  const raw = (options.mode ?? env.OCI_CLI_AUTH ?? "api_key").toLowerCase();
  if (!(AUTH_MODES as readonly string[]).includes(raw)) throw new Error(`auth mode ${JSON.stringify(raw)} is not one of ${AUTH_MODES.join(", ")}`);
  const mode = raw as AuthMode;
  const profile = options.profile ?? env.OCI_CLI_PROFILE;
  const configFile = options.configFile ?? env.OCI_CLI_CONFIG_FILE;
  if (mode === "security_token" && !profile) throw new Error("security_token auth needs the config-file profile that holds the session token (--profile or OCI_CLI_PROFILE)");
  return mode === "api_key" || mode === "security_token" ? { mode, profile: profile ?? "DEFAULT", configFile } : { mode };
}

/** The SDK authentication provider for `auth`; the SDK is loaded only when a command needs it. */
export async function authenticationProvider(auth: ResolvedAuth): Promise<AuthenticationDetailsProvider> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const common = require("oci-common") as typeof import("oci-common");
  switch (auth.mode) {
    case "api_key":
      return new common.ConfigFileAuthenticationDetailsProvider(auth.configFile, auth.profile);
    case "security_token":
      return new common.SessionAuthDetailProvider(auth.configFile, auth.profile);
    case "instance_principal":
      return await new common.InstancePrincipalsAuthenticationDetailsProviderBuilder().build();
    case "resource_principal":
      return new common.ResourcePrincipalAuthenticationDetailsProvider.ResourcePrincipalAuthenticationDetailsProviderBuilder().build();
  }
}
