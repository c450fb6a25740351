/**
 * Rules for secrets written into configuration, where they land in the repo,
 * the plan and the state. They judge values with the project's one credential
 * rule (constructs/core/secrets.ts), the one the constructs enforce at
 * synthesis and the masking applies. A value the plan marks sensitive came
 * through a sensitive variable, like a `${var.…}` reference in synth output,
 * and is not a literal in the configuration.
 */
import { credentialReason, secretValueReason } from "../../../constructs/core/secrets";
import { Json, ResourceState, isObject } from "../model";
import { block, blocks, dig, str } from "../nested";
import { isLiteral } from "../mask";
import { Segment, formatPath, markedAt } from "../paths";
import { backendsOf } from "./apigw-rules";
import { Hit, Rule } from "./types";

/** The value at `path` when it is a literal the configuration holds in plain text. */
function literalAt(r: ResourceState, path: readonly Segment[], value: Json | undefined): string | undefined {
  return isLiteral(value) && !markedAt(r.sensitive, path) ? value : undefined;
}

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
    return Object.entries(config).flatMap(([key, value]) => {
      const literal = literalAt(r, ["config", key], value);
      const reason = literal === undefined ? undefined : credentialReason(key, literal);
      return reason ? [{ path: formatPath(["config", key]), message: `config key \`${key}\` holds a literal secret value (${reason})` }] : [];
    });
  },
};

function urlHit(r: ResourceState, segments: readonly Segment[], value: Json | undefined, what: string): Hit[] {
  const literal = literalAt(r, segments, value);
  const reason = literal === undefined ? undefined : secretValueReason(literal);
  return reason ? [{ path: formatPath(segments), message: `${what} is a literal credential (${reason})` }] : [];
}

/** Header values a route sets on the backend request (`Authorization: Basic …`). */
function headerHits(r: ResourceState, route: Json, i: number): Hit[] {
  const items = blocks(dig(route, "request_policies", "header_transformations", "set_headers", "items"));
  return items.flatMap((item, j) =>
    (Array.isArray(item.values) ? item.values : []).flatMap((v, k) => {
      const path: Segment[] = ["specification", "routes", i, "request_policies", "header_transformations", "set_headers", "items", j, "values", k];
      const literal = literalAt(r, path, v);
      const name = str(item.name) ?? "?";
      const reason = literal === undefined ? undefined : credentialReason(name, literal);
      return reason ? [{ path: formatPath(path), message: `route \`${str(dig(route, "path")) ?? "?"}\` sets header \`${name}\` to a literal credential (${reason})` }] : [];
    }),
  );
}

export const credentialsInEndpoint: Rule = {
  id: "OCI-SEC-002",
  severity: "high",
  title: "literal credential in an endpoint URL or request header",
  remediation:
    "Pass secret-bearing URLs (Slack and PagerDuty webhooks, URLs with a token or password) as a sensitive TerraformVariable filled from a Vault secret in CI (`SecretUrl.fromSensitiveVariable`), and rotate the exposed credential; send backend credentials from an authorizer or a function that reads the Vault, not from a header transformation.",
  types: ["oci_ons_subscription", "oci_apigateway_deployment"],
  check: (r) => {
    if (r.type === "oci_ons_subscription") return urlHit(r, ["endpoint"], r.body.endpoint, `${str(r.body.protocol) ?? "?"} subscription endpoint`);
    return blocks(block(r.body.specification)?.routes).flatMap((route, i) => [
      // Dynamic-routing backends are reported at their route's backend.
      ...backendsOf(route).flatMap((b) => urlHit(r, ["specification", "routes", i, "backend", "url"], b.url, `route \`${str(route.path) ?? "?"}\` backend URL`)),
      ...headerHits(r, route, i),
    ]);
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
    literalAt(r, ["secret_content", "content"], block(r.body.secret_content)?.content) !== undefined
      ? [{ path: "secret_content.content", message: "secret value is written in the configuration (and stored unencrypted in plan and state)" }]
      : [],
};
