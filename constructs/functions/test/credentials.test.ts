/**
 * The shared credential rule (constructs/core/secrets.ts) at the construct
 * level, for every way a configuration entry gets in: a function's config,
 * the application's config, and addConfig on either (issue 12's names and
 * value shapes, and the non-secret exceptions).
 */
import { FunctionApplication } from "..";
import { redact } from "../../core";
import { rejected, synthValid, testStack } from "../../testing";
import { Subnet } from "../../network";
import { byDisplayName, IMAGE, SECRET, SUBNET } from "./fixtures";

const HEX64 = "a3f1c9e07b2d4e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f";
const RANDOM = "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MEFCQ0RFRkdISUpL";

const SECRETS: ReadonlyArray<[string, string, string]> = [
  ["DB_PASS", "hunter2", "the key names a credential and the value is not an OCID"],
  ["SMTP_PWD", "hunter2", "the key names a credential and the value is not an OCID"],
  ["oic_userpwd", "Welcome1", "the key names a credential and the value is not an OCID"],
  ["OPENAI_KEY", "sk-AbCdEfGhIjKlMnOpQrStUvWx", "the value has the prefix of a well-known API token"],
  ["WEBHOOK_HMAC_KEY", HEX64, "the value is a long random-looking string (a key or token)"],
  ["TARGET_AUTH_HEADER_VALUE", "Basic dXNlcjpwYXNz", "the value is an Authorization header value"],
  ["UPSTREAM", "Bearer abc.def.ghi", "the value is an Authorization header value"],
  ["SESSION", RANDOM, "the value is a long random-looking string (a key or token)"],
];

const NOT_SECRETS: ReadonlyArray<[string, string]> = [
  ["DB_PASSWORD_SECRET_OCID", SECRET],
  ["DB_PASS", SECRET],
  ["TARGET_TOKEN_URL", "https://idp.example.com/oauth2/token"],
  ["SECRET_CACHE_TTL_SECONDS", "300"],
  ["API_KEY_HEADER", "X-Api-Key"],
  ["CACHE_KEY", "order-id"],
  ["TOKEN_TTL", "PT5M"],
  ["RETRY_ENABLED", "true"],
  ["IMAGE_DIGEST", `sha256:${HEX64}`],
];

type Where = (key: string, value: string) => { errors: string; path: string; synth: () => unknown };

/** The four ways in, each returning the errors recorded and the construct they are recorded on. */
const WAYS: Record<string, Where> = {
  "function config": (key, value) => {
    const { stack } = testStack();
    const app = new FunctionApplication(stack, "app", { displayName: "app", subnets: [Subnet.fromOcid(stack, "app-subnet", SUBNET)] });
    return { errors: rejected(() => app.addFunction("fn", { displayName: "f", image: IMAGE, config: { [key]: value } })), path: "pipeline-dev/app/fn", synth: () => synthValid(stack) };
  },
  "function addConfig": (key, value) => {
    const { stack } = testStack();
    const fn = new FunctionApplication(stack, "app", { displayName: "app", subnets: [Subnet.fromOcid(stack, "app-subnet", SUBNET)] }).addFunction("fn", { displayName: "f", image: IMAGE });
    return { errors: rejected(() => fn.addConfig(key, value)), path: "pipeline-dev/app/fn", synth: () => synthValid(stack) };
  },
  "application config": (key, value) => {
    const { stack } = testStack();
    return { errors: rejected(() => new FunctionApplication(stack, "app", { displayName: "app", subnets: [Subnet.fromOcid(stack, "app-subnet", SUBNET)], config: { [key]: value } })), path: "pipeline-dev/app", synth: () => synthValid(stack) };
  },
  "application addConfig": (key, value) => {
    const { stack } = testStack();
    const app = new FunctionApplication(stack, "app", { displayName: "app", subnets: [Subnet.fromOcid(stack, "app-subnet", SUBNET)] });
    return { errors: rejected(() => app.addConfig(key, value)), path: "pipeline-dev/app", synth: () => synthValid(stack) };
  },
};

describe.each(Object.entries(WAYS))("%s", (_way, set) => {
  test.each(SECRETS)("refuses %s = %j, never echoing it", (key, value, reason) => {
    const { errors, path } = set(key, value);
    expect(errors).toBe(
      `${path}: config.${key} = "${redact(value)}" is not allowed: ${reason}; store the secret in OCI Vault and pass the secret's OCID instead (the function reads it through its resource principal after secret.grantRead(fn)), or set allowPlaintextConfig: true to opt out`,
    );
    expect(errors).not.toContain(value);
  });

  test.each(NOT_SECRETS)("accepts %s = %j, which passes the offline validator", (key, value) => {
    const { errors, synth } = set(key, value);
    expect(errors).toBe("");
    expect(synth).not.toThrow();
  });
});

test("allowPlaintextConfig is the explicit opt-out, per application and per function", () => {
  const { stack } = testStack();
  const app = new FunctionApplication(stack, "app", { displayName: "app", subnets: [Subnet.fromOcid(stack, "app-subnet", SUBNET)], config: { DB_PASS: "hunter2" }, allowPlaintextConfig: true });
  const fn = app.addFunction("fn", { displayName: "f", image: IMAGE, allowPlaintextConfig: true, config: { OPENAI_KEY: "sk-AbCdEfGhIjKlMnOpQrStUvWx" } });
  fn.addConfig("oic_userpwd", "Welcome1");
  const doc = synthValid(stack);
  expect(byDisplayName(doc, "oci_functions_application").app.config).toEqual({ DB_PASS: "hunter2" });
  expect(byDisplayName(doc, "oci_functions_function").f.config).toEqual({ OPENAI_KEY: "sk-AbCdEfGhIjKlMnOpQrStUvWx", oic_userpwd: "Welcome1" });
});
