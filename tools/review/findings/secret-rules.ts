/** Rules for secrets written into configuration, where they land in the repo, the plan and the state. */
import { isObject } from "../model";
import { block, dig, str } from "../nested";
import { plaintextCredentialReason } from "../../../constructs/functions/config";
import { hasUserinfoCredentials, isLiteralSecretValue } from "../mask";
import { formatPath } from "../paths";
import { Hit, Rule } from "./types";

export const literalSecretInConfig: Rule = {
  id: "OCI-SEC-001",
  severity: "critical",
  title: "literal secret in function config",
  remediation:
    "Store the value in an OCI Vault secret, put its OCID in config (e.g. `DB_PASSWORD_SECRET_OCID`) and read it at runtime with the function's resource principal (`read secret-bundles`).",
  types: ["oci_functions_function", "oci_functions_application"],
  check: (r) => {
    const config = r.body.config;
    if (!isObject(config)) return [];
    return Object.entries(config)
      // The same rule the functions constructs enforce at synthesis, applied to what reached the JSON.
      .flatMap(([key, value]) => (isLiteralSecretValue(value) ? [[key, plaintextCredentialReason(key, value)] as const] : []))
      .filter(([, reason]) => reason !== undefined)
      .map(([key, reason]) => ({ path: formatPath(["config", key]), message: `config key \`${key}\` holds a literal secret value (${reason})` }));
  },
};

function userinfoHits(path: string, url: string | undefined, what: string): Hit[] {
  return url && hasUserinfoCredentials(url) ? [{ path, message: `${what} carries credentials in its URL` }] : [];
}

export const credentialsInEndpoint: Rule = {
  id: "OCI-SEC-002",
  severity: "high",
  title: "credentials in endpoint URL",
  remediation:
    "Keep Basic-auth URLs out of source: pass the endpoint as a sensitive TerraformVariable (filled from a Vault secret in CI) and rotate the exposed credential.",
  types: ["oci_ons_subscription", "oci_apigateway_deployment"],
  check: (r) => {
    if (r.type === "oci_ons_subscription") return userinfoHits("endpoint", str(r.body.endpoint), "subscription endpoint");
    const routes = dig(r.body.specification, "routes");
    return (Array.isArray(routes) ? routes : []).flatMap((route, i) =>
      userinfoHits(`specification.routes[${i}].backend.url`, str(dig(route, "backend", "url")), `route \`${str(dig(route, "path")) ?? "?"}\` backend`),
    );
  },
};

export const secretContentInConfig: Rule = {
  id: "OCI-SEC-003",
  severity: "high",
  title: "secret content in configuration",
  remediation:
    "Do not write `secret_content.content` in code: use `enable_auto_generation`, or create the secret version out of band (OCI CLI/console) and ignore `secret_content` changes.",
  types: ["oci_vault_secret"],
  check: (r) =>
    isLiteralSecretValue(block(r.body.secret_content)?.content)
      ? [{ path: "secret_content.content", message: "secret value is written in the configuration (and stored unencrypted in plan and state)" }]
      : [],
};
