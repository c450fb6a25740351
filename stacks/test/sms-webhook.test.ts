/**
 * The SMS webhook's authorizer modes (stacks/environments.ts `smsWebhook.auth`):
 * the API key by default, the sender's IP allow-list as an explicit choice, and
 * every pipeline function configured only through its typed construct.
 */
import { Testing } from "cdktf";
import { rejected, synthValid, testOutdir } from "../../constructs/testing";
import { configKeys } from "../../functions/shared/config";
import { CONFIG as ALARM } from "../../functions/alarm-to-incident/src/config";
import { CONFIG as AUTHORIZER } from "../../functions/api-authorizer/src/config";
import { CONFIG as FORWARDER } from "../../functions/event-forwarder/src/config";
import { CONFIG as ORDERS } from "../../functions/order-processor/src/config";
import { CONFIG as SMS } from "../../functions/sms-to-incident/src/config";
import { FoundationStack } from "../foundation-stack";
import { ENVIRONMENTS, EnvironmentConfig, FUNCTION_NAMES } from "../environments";
import { SmsWebhookStack } from "../sms-webhook-stack";
import { buildPipelines } from "../app";
import { allResources, one } from "./synth-app";

const dev = ENVIRONMENTS[0]!;
/** The SMS provider's published egress ranges (documentation ranges here). */
const PROVIDER = ["203.0.113.0/24", "198.51.100.16/28"];
const ipOnly: EnvironmentConfig = { ...dev, network: { ...dev.network, gatewayIngressCidrs: PROVIDER }, smsWebhook: { auth: { mode: "ip-allow-list", allowedSources: PROVIDER } } };

function build(config: EnvironmentConfig) {
  const app = Testing.app({ outdir: testOutdir() });
  const foundation = new FoundationStack(app, config);
  const sms = new SmsWebhookStack(app, config, foundation);
  return { app, foundation, sms };
}

const functionsOf = (doc: any) => Object.fromEntries(allResources(doc).filter(([, t]) => t === "oci_functions_function").map(([, , body]) => [body.display_name, body]));
const deploymentOf = (doc: any) => allResources(doc).find(([, t]) => t === "oci_apigateway_deployment")![2];

describe("SMS webhook authorizer modes", () => {
  test("default (api-key): a generated API key secret, the token check, the key as argument and cache key", () => {
    const doc = synthValid(build(dev).sms);
    const auth = functionsOf(doc)["api-authorizer-sms-authorizer"];
    expect(auth.config).toEqual({ AUTH_TOKEN_SECRET_OCID: expect.stringMatching(/^\$\{oci_vault_secret\.webhook-api-key_secret_[0-9A-F]+\.id\}$/), AUTH_PRINCIPAL: "sms-provider", AUTH_SCOPES: "sms:write", AUTH_REALM: "sms-webhook" });
    const authentication = one<any>(one<any>(deploymentOf(doc).specification).request_policies).authentication;
    expect(one<any>(authentication).parameters).toEqual({ apiKey: "request.query[key]", clientIp: "request.headers[X-Forwarded-For]" });
    expect(one<any>(authentication).cache_key).toEqual(["apiKey"]);
    expect(Object.keys(doc.output)).toContain("api_key_secret_id");
  });

  test("ip-allow-list, chosen explicitly: no API key, the authorizer checks only the sender's address, passed and cached as clientIp", () => {
    const doc = synthValid(build(ipOnly).sms);
    const auth = functionsOf(doc)["api-authorizer-sms-authorizer"];
    expect(auth.config).toEqual({ AUTH_MODE: "ip-allow-list", AUTH_IP_ALLOWLIST: "203.0.113.0/24,198.51.100.16/28", AUTH_PRINCIPAL: "sms-provider", AUTH_SCOPES: "sms:write", AUTH_REALM: "sms-webhook" });
    expect(allResources(doc).filter(([, t, body]) => t === "oci_vault_secret" && body.secret_name === "sms-webhook-api-key")).toEqual([]);
    const authentication = one<any>(one<any>(deploymentOf(doc).specification).request_policies).authentication;
    expect(one<any>(authentication).parameters).toEqual({ clientIp: "request.headers[X-Forwarded-For]" });
    expect(one<any>(authentication).cache_key).toEqual(["clientIp"]);
    expect(Object.keys(doc.output)).not.toContain("api_key_secret_id");
    // Only the handler's two secrets are granted; the authorizer reads none.
    const grants = allResources(doc).filter(([, t]) => t === "oci_identity_policy").flatMap(([, , p]) => p.statements as string[]);
    expect(grants.filter((s) => s.includes("read secret-bundles"))).toHaveLength(2);
  });

  test("ip-allow-list refuses a gateway subnet open to other senders, and bad CIDRs, naming the configuration", () => {
    const open: EnvironmentConfig = { ...ipOnly, network: { ...dev.network, gatewayIngressCidrs: ["0.0.0.0/0"] } };
    const errors = rejected(() => build(open));
    expect(errors).toMatch(/^sms-webhook-dev: network\.gatewayIngressCidrs\[0\] = "0\.0\.0\.0\/0" is not allowed: must lie within smsWebhook\.auth\.allowedSources \(203\.0\.113\.0\/24, 198\.51\.100\.16\/28\)/);
    const typo: EnvironmentConfig = { ...ipOnly, smsWebhook: { auth: { mode: "ip-allow-list", allowedSources: ["203.0.113.0/24", "198.51.100.300/28", "0.0.0.0/0"] } } };
    expect(rejected(() => build(typo)).split("\n")).toEqual([
      'sms-webhook-dev/sms-authorizer: settings.ipAllowList[1] = "198.51.100.300/28" is not allowed: must be an IPv4/IPv6 address or CIDR range (it is not an IP address or CIDR)',
    ]);
    const everyone: EnvironmentConfig = { ...open, smsWebhook: { auth: { mode: "ip-allow-list", allowedSources: ["0.0.0.0/0"] } } };
    expect(rejected(() => build(everyone))).toBe(
      'sms-webhook-dev/sms-authorizer: settings.ipAllowList = ["0.0.0.0/0"] is not allowed: must not contain a range that admits every address (a /0 prefix such as 0.0.0.0/0 or ::/0) when settings.mode is "ip-allow-list"',
    );
  });
});

test("every function of every pipeline stack is a typed construct writing only keys its function declares", () => {
  const app = Testing.app({ outdir: testOutdir() });
  const foundation = new FoundationStack(app, dev);
  const declarations = [ALARM, AUTHORIZER, FORWARDER, ORDERS, SMS];
  const keysOf = (image: string) => {
    const name = FUNCTION_NAMES.find((n) => image.includes(`/${n}:`));
    return configKeys(declarations.find((d) => d.function === name)!);
  };
  let functions = 0;
  for (const stack of buildPipelines(app, dev, foundation)) {
    const doc = synthValid(stack);
    for (const [address, type, body] of allResources(doc)) {
      if (type !== "oci_functions_function") continue;
      functions++;
      expect({ address, undeclared: Object.keys(body.config ?? {}).filter((k) => !keysOf(body.image).includes(k)) }).toEqual({ address, undeclared: [] });
    }
  }
  expect(functions).toBe(7);
});
