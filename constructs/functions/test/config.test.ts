import { TerraformVariable } from "cdktf";
import { configBytes, FunctionApplication, MAX_CONFIG_BYTES, plaintextCredentialReason } from "..";
import { redact } from "../../core";
import { onlyResource, rejected, synthValid, testStack } from "../../testing";
import { byDisplayName, IMAGE, SECRET, SUBNET } from "./fixtures";
import { Subnet } from "../../network";

function setup() {
  const t = testStack();
  const app = new FunctionApplication(t.stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(t.stack, "app-subnet", SUBNET)] });
  return { ...t, app };
}

describe("config keys", () => {
  test.each(["LOG_LEVEL", "_PRIVATE", "a1", "Target_Url_2"])("accepts %s", (key) => {
    const { app } = setup();
    const fn = app.addFunction("fn", { displayName: "f", image: IMAGE, config: { [key]: "x" } });
    expect(fn.configuration).toEqual({ [key]: "x" });
  });

  test.each(["1ST", "LOG-LEVEL", "has space", "", "ÜBER"])("rejects %j", (key) => {
    const { app } = setup();
    expect(rejected(() => app.addFunction("fn", { displayName: "f", image: IMAGE, config: { [key]: "x" } }))).toMatch(
      `pipeline-dev/app/fn: config key = ${JSON.stringify(key)} is not allowed: must match ^[A-Za-z_][A-Za-z0-9_]*$ (letters, digits and _, not starting with a digit)`,
    );
  });

  test("application config keys follow the same rule", () => {
    const { app } = setup();
    expect(rejected(() => app.addConfig("9LIVES", "x"))).toMatch('pipeline-dev/app: config key = "9LIVES" is not allowed: must match ^[A-Za-z_]');
    app.addConfig("REGION_HINT", "fra");
    expect(app.configuration).toEqual({ REGION_HINT: "fra" });
  });
});

describe("4 KB limit (keys + values, UTF-8 bytes)", () => {
  test("4096 bytes are accepted and rendered, 4097 are refused, for a function", () => {
    const { stack, app } = setup();
    const fn = app.addFunction("fn", { displayName: "f", image: IMAGE, config: { K: "a".repeat(MAX_CONFIG_BYTES - 1) } });
    expect(onlyResource(synthValid(stack), "oci_functions_function").config).toEqual({ K: "a".repeat(4095) });
    expect(rejected(() => app.addFunction("fn2", { displayName: "f2", image: IMAGE, config: { K: "a".repeat(4096) } }))).toMatch(
      "pipeline-dev/app/fn2: config size = 4097 is not allowed: keys and values together may take at most 4096 bytes (UTF-8)",
    );
    // addConfig re-checks the total: one more byte tips it over.
    expect(rejected(() => fn.addConfig("X", ""))).toMatch("pipeline-dev/app/fn: config size = 4097 is not allowed");
  });

  test("the application's config has its own 4096-byte budget", () => {
    const { stack, app } = setup();
    app.addConfig("AB", "é".repeat(2047)); // 2 + 2047 * 2 = 4096 bytes
    app.addFunction("fn", { displayName: "f", image: IMAGE, config: { AB: "a".repeat(4094) } });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_functions_application").config).toEqual({ AB: "é".repeat(2047) });
    expect(rejected(() => app.addConfig("C", ""))).toMatch("pipeline-dev/app: config size = 4097 is not allowed: keys and values together may take at most 4096 bytes (UTF-8)");
  });

  test("counts UTF-8 bytes, not characters, and values known only to Terraform as 0", () => {
    const { stack } = setup();
    const v = new TerraformVariable(stack, "v", { type: "string" });
    expect(configBytes({ KEY: "€" })).toBe(6);
    expect(configBytes({ KEY: v.stringValue })).toBe(3);
  });

  test("replacing an entry counts the new value only", () => {
    const { app } = setup();
    const fn = app.addFunction("fn", { displayName: "f", image: IMAGE, config: { K: "a".repeat(4095) } });
    fn.addConfig("K", "b".repeat(4095));
    expect(fn.configuration.K).toBe("b".repeat(4095));
  });
});

describe("plaintext credentials", () => {
  test.each([
    ["DB_PASSWORD", "hunter2", "the key names a credential and the value is not an OCID"],
    ["dbPassword", "hunter2", "the key names a credential and the value is not an OCID"],
    ["CLIENT_SECRET", "abc123", "the key names a credential and the value is not an OCID"],
    ["SLACK_TOKEN", "abc123", "the key names a credential and the value is not an OCID"],
    ["PAGERDUTY_API_KEY", "0123456789abcdef", "the key names a credential and the value is not an OCID"],
    ["SIGNING_PRIVATE_KEY_ID", "abc", "the key names a credential and the value is not an OCID"],
    ["NOTES", "-----BEGIN RSA PRIVATE KEY-----\nMIIB", "the value is a PEM private key"],
    ["TARGET_URL", "https://user:pa55@example.com/hook", "the value is a URL with an embedded password"],
    ["TARGET_URL", "https://example.com/hook?token=abc", "the value is a URL carrying a credential in its query string"],
    ["WEBHOOK", "https://hooks.slack.com/services/T000/B000/XXXX", "the value is a Slack webhook URL (the URL is the credential)"],
    ["AUTH", "Bearer abc.def", "the value is an Authorization header value"],
    ["ID", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", "the value is a JSON Web Token"],
    ["CHANNEL", "xoxb-123-456", "the value has the prefix of a well-known API token"],
    ["AWS", "AKIAABCDEFGHIJKLMNOP", "the value has the prefix of a well-known API token"],
  ])("refuses %s = %j", (key, value, reason) => {
    expect(plaintextCredentialReason(key, value)).toBe(reason);
    const { app } = setup();
    expect(rejected(() => app.addFunction("fn", { displayName: "f", image: IMAGE, config: { [key]: value } }))).toMatch(
      // The shared redaction (constructs/core/secrets.ts): a length, or a URL's scheme and host only.
      `pipeline-dev/app/fn: config.${key} = "${redact(value)}" is not allowed: ${reason}; store the secret in OCI Vault and pass the secret's OCID instead`,
    );
  });

  test.each([
    ["DB_PASSWORD_SECRET_OCID", SECRET],
    ["SLACK_TOKEN", SECRET],
    ["TARGET_CREDENTIALS_SECRET_OCID", SECRET],
    ["TARGET_TOKEN_URL", "https://idp.example.com/oauth2/token"],
    ["SECRET_CACHE_TTL_SECONDS", "300"],
    ["OCI_SECRETS_ENDPOINT", "https://secrets.vaults.eu-frankfurt-1.oci.oraclecloud.com"],
    ["TOKEN_HEADER", "Authorization"],
    ["DB_PASSWORD", ""],
    ["LOG_LEVEL", "debug"],
    ["TARGET_URL", "https://example.com/hook?page=2"],
  ])("accepts %s = %j", (key, value) => {
    expect(plaintextCredentialReason(key, value)).toBeUndefined();
    const { app } = setup();
    expect(app.addFunction("fn", { displayName: "f", image: IMAGE, config: { [key]: value } }).configuration).toEqual({ [key]: value });
  });

  test("a value only Terraform knows is accepted under a credential key", () => {
    const { stack, app } = setup();
    const secretId = new TerraformVariable(stack, "secret", { type: "string" });
    app.addFunction("fn", { displayName: "f", image: IMAGE, config: { API_TOKEN: secretId.stringValue } });
    expect(onlyResource(synthValid(stack), "oci_functions_function").config).toEqual({ API_TOKEN: "${var.secret}" });
  });

  test("the application and addConfig apply the rule too; allowPlaintextConfig is the explicit opt-out", () => {
    const { stack } = testStack();
    expect(rejected(() => new FunctionApplication(stack, "a", { displayName: "a", subnets: [Subnet.fromOcid(stack, "a-subnet", SUBNET)], config: { DB_PASSWORD: "hunter2" } }))).toMatch(
      'pipeline-dev/a: config.DB_PASSWORD = "<redacted, 7 characters>" is not allowed: the key names a credential',
    );
    const strict = new FunctionApplication(stack, "b", { displayName: "b", subnets: [Subnet.fromOcid(stack, "b-subnet", SUBNET)], config: { DB_PASSWORD: "hunter2" }, allowPlaintextConfig: true });
    const fn = strict.addFunction("fn", { displayName: "f", image: IMAGE });
    expect(rejected(() => fn.addConfig("API_KEY", "k"))).toMatch('pipeline-dev/b/fn: config.API_KEY = "<redacted, 1 characters>" is not allowed');
    // The opt-outs, in a stack without the refused inputs: application-wide and per function.
    const optedOut = testStack();
    const app = new FunctionApplication(optedOut.stack, "b", { displayName: "b", subnets: [Subnet.fromOcid(optedOut.stack, "b-subnet", SUBNET)], config: { DB_PASSWORD: "hunter2" }, allowPlaintextConfig: true });
    app.addFunction("fn", { displayName: "f", image: IMAGE });
    const open = app.addFunction("open", { displayName: "o", image: IMAGE, allowPlaintextConfig: true });
    open.addConfig("API_KEY", "k");
    const doc = synthValid(optedOut.stack);
    expect(byDisplayName(doc, "oci_functions_application").b.config).toEqual({ DB_PASSWORD: "hunter2" });
    expect(byDisplayName(doc, "oci_functions_function").f.config).toBeUndefined();
    expect(byDisplayName(doc, "oci_functions_function").o.config).toEqual({ API_KEY: "k" });
  });

  test("non-string values are refused", () => {
    const { app } = setup();
    expect(rejected(() => app.addFunction("fn", { displayName: "f", image: IMAGE, config: { PORT: 8080 as unknown as string } }))).toMatch(
      "pipeline-dev/app/fn: config.PORT = 8080 is not allowed: must be a string",
    );
  });
});

describe("addConfig after construction", () => {
  test("entries added later are synthesized", () => {
    const { stack, app } = setup();
    const fn = app.addFunction("fn", { displayName: "f", image: IMAGE, config: { LOG_LEVEL: "info" } });
    fn.addConfig("TARGET_CREDENTIALS_SECRET_OCID", SECRET);
    fn.addConfig("LOG_LEVEL", "debug");
    app.addConfig("SHARED", "1");
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_functions_function").config).toEqual({ LOG_LEVEL: "debug", TARGET_CREDENTIALS_SECRET_OCID: SECRET });
    expect(onlyResource(doc, "oci_functions_application").config).toEqual({ SHARED: "1" });
  });
});
