import { TerraformStack, TerraformVariable } from "cdktf";
import { Duration } from "../../core";
import { MasterKey, Secret, SecretContent, Vault } from "..";
import { FunctionApplication } from "../../functions";
import { onlyResource, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, testStack, validationErrors } from "../../testing";
import { EXISTING_KEY, EXISTING_VAULT, IMAGE, SECURITY_COMPARTMENT, SUBNET, vaultStack } from "./fixtures";
import { Subnet } from "../../network";

const VAULT_ID = "${oci_kms_vault.vault_BBE00A92.id}";
const KEY_ID = "${oci_kms_key.vault_key_445BD42D.id}";

describe("Secret content", () => {
  test("from a sensitive variable: base64encode(var.x), never a literal", () => {
    const { stack, vault, key, credentials } = vaultStack();
    new Secret(stack, "b2c", { vault, key, secretName: "b2c-credentials", description: "SMS provider credentials", content: SecretContent.fromSensitiveVariable(credentials) });
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_vault_secret")).toEqual({
      compartment_id: TEST_COMPARTMENT,
      vault_id: VAULT_ID,
      key_id: KEY_ID,
      secret_name: "b2c-credentials",
      description: "SMS provider credentials",
      secret_content: { content_type: "BASE64", content: "${base64encode(var.credentials)}" },
      freeform_tags: {},
      lifecycle: { prevent_destroy: true },
    });
    expect(doc.variable.credentials).toEqual({ type: "string", sensitive: true, description: "SMS provider credentials" });
  });

  test.each([
    ["PASSPHRASE", undefined, "SECRETS_DEFAULT_PASSWORD"],
    ["PASSPHRASE", "DBAAS_DEFAULT_PASSWORD", "DBAAS_DEFAULT_PASSWORD"],
    ["BYTES", undefined, "BYTES_512"],
    ["BYTES", "BYTES_1024", "BYTES_1024"],
    ["SSH_KEY", undefined, "RSA_4096"],
    ["SSH_KEY", "RSA_3072", "RSA_3072"],
    ["SSH_KEY", "RSA_2048", "RSA_2048"],
  ] as const)("generated %s with template %s -> %s", (type, template, rendered) => {
    const { stack, vault, key } = vaultStack();
    new Secret(stack, "gen", { vault, key, secretName: "generated", content: SecretContent.generated({ type, template }) });
    const body = onlyResource(synthValid(stack), "oci_vault_secret");
    expect(body.enable_auto_generation).toBe(true);
    expect(body.secret_generation_context).toEqual({ generation_type: type, generation_template: rendered });
    expect(body.secret_content).toBeUndefined();
  });

  test("generated passphrase with length and a structured template", () => {
    const { stack, vault, key } = vaultStack();
    const secretTemplate = '{"user":"sms","password":"%GENERATED_PASSPHRASE%"}';
    new Secret(stack, "gen", { vault, key, secretName: "sms-login", content: SecretContent.generated({ type: "PASSPHRASE", passphraseLength: 32, secretTemplate }) });
    expect(onlyResource(synthValid(stack), "oci_vault_secret").secret_generation_context).toEqual({
      generation_type: "PASSPHRASE",
      generation_template: "SECRETS_DEFAULT_PASSWORD",
      passphrase_length: 32,
      secret_template: secretTemplate,
    });
  });

  test("an SSH key template needs both key placeholders", () => {
    const { stack, vault, key } = vaultStack();
    const ok = '{"pub":"%GENERATED_PUBLIC_KEY%","key":"%GENERATED_PRIVATE_KEY%"}';
    new Secret(stack, "ok", { vault, key, secretName: "ssh", content: SecretContent.generated({ type: "SSH_KEY", secretTemplate: ok }) });
    expect(onlyResource(synthValid(stack), "oci_vault_secret").secret_generation_context.secret_template).toBe(ok);
    expect(rejected(() => new Secret(stack, "bad", { vault, key, secretName: "ssh2", content: SecretContent.generated({ type: "SSH_KEY", secretTemplate: '{"pub":"%GENERATED_PUBLIC_KEY%"}' }) }))).toMatch(
      'pipeline-dev/bad: content.secretTemplate = "{\\"pub\\":\\"%GENERATED_PUBLIC_KEY%\\"}" is not allowed: a SSH_KEY template must contain %GENERATED_PUBLIC_KEY% and %GENERATED_PRIVATE_KEY% (missing %GENERATED_PRIVATE_KEY%)',
    );
  });

  test.each([
    [{ type: "RANDOM" }, 'content.type = "RANDOM" is not allowed: must be one of PASSPHRASE, BYTES, SSH_KEY'],
    [{ type: "BYTES", template: "RSA_2048" }, 'content.template = "RSA_2048" is not allowed: must match type BYTES: one of BYTES_512, BYTES_1024'],
    [{ type: "PASSPHRASE", template: "BYTES_512" }, 'content.template = "BYTES_512" is not allowed: must match type PASSPHRASE: one of SECRETS_DEFAULT_PASSWORD, DBAAS_DEFAULT_PASSWORD'],
    [{ type: "SSH_KEY", template: "SECRETS_DEFAULT_PASSWORD" }, 'content.template = "SECRETS_DEFAULT_PASSWORD" is not allowed: must match type SSH_KEY: one of RSA_4096, RSA_3072, RSA_2048'],
    [{ type: "BYTES", passphraseLength: 32 }, "content.passphraseLength = 32 is not allowed: applies to type PASSPHRASE only (type is BYTES)"],
    [{ type: "PASSPHRASE", passphraseLength: 0 }, "content.passphraseLength = 0 is not allowed: must be a positive integer"],
    [{ type: "PASSPHRASE", passphraseLength: 12.5 }, "content.passphraseLength = 12.5 is not allowed: must be a positive integer"],
    [{ type: "BYTES", secretTemplate: '{"k":"%GENERATED_PASSPHRASE%"}' }, `content.secretTemplate = ${JSON.stringify('{"k":"%GENERATED_PASSPHRASE%"}')} is not allowed: a BYTES template must contain %GENERATED_BYTES% (missing %GENERATED_BYTES%)`],
  ])("generated: rejects %j", (options, message) => {
    const { stack, vault, key } = vaultStack();
    expect(rejected(() => new Secret(stack, "gen", { vault, key, secretName: "g", content: SecretContent.generated(options as any) }))).toMatch(`pipeline-dev/gen: ${message}`);
  });

  test.each([
    [{ type: "string", sensitive: false }, "the variable must be declared with sensitive: true so Terraform redacts it in plans and logs"],
    [{ type: "string" }, "the variable must be declared with sensitive: true"],
    [{ type: "number", sensitive: true }, "the variable must be of type string (it is number)"],
    [{ type: "string", sensitive: true, default: "hunter2" }, "the variable must have no default: a default is a secret value written in code"],
  ])("variable: rejects %j", (config, allowed) => {
    const { stack, vault, key } = vaultStack();
    const variable = new TerraformVariable(stack, "other", config);
    expect(rejected(() => new Secret(stack, "s", { vault, key, secretName: "s", content: SecretContent.fromSensitiveVariable(variable) }))).toMatch(
      `pipeline-dev/s: content = "pipeline-dev/other" is not allowed: ${allowed}`,
    );
  });

  test("variable: an untyped sensitive variable is accepted", () => {
    const { stack, vault, key } = vaultStack();
    const variable = new TerraformVariable(stack, "untyped", { sensitive: true });
    new Secret(stack, "s", { vault, key, secretName: "s", content: SecretContent.fromSensitiveVariable(variable) });
    expect(onlyResource(synthValid(stack), "oci_vault_secret").secret_content).toEqual({ content_type: "BASE64", content: "${base64encode(var.untyped)}" });
  });

  test("variable: must be declared in the secret's stack", () => {
    const { app, stack } = testStack();
    const vault = new Vault(stack, "vault", { displayName: "v" });
    const key = vault.addKey("key", { displayName: "k" });
    const other = new TerraformStack(app, "other-dev");
    const variable = new TerraformVariable(other, "creds", { type: "string", sensitive: true });
    expect(rejected(() => new Secret(stack, "s", { vault, key, secretName: "s", content: SecretContent.fromSensitiveVariable(variable) }))).toMatch(
      'pipeline-dev/s: content = "other-dev/creds" is not allowed: the variable must be declared in the secret\'s stack pipeline-dev (Terraform variables are per stack)',
    );
  });

  test("no plaintext: content must be a SecretContent, and fromSensitiveVariable only takes variables", () => {
    const { stack, vault, key } = vaultStack();
    expect(rejected(() => new Secret(stack, "a", { vault, key, secretName: "a", content: "hunter2" as any }))).toMatch(
      // A plaintext value is the secret itself: never echoed (issue 12).
      'pipeline-dev/a: content = "<redacted, 7 characters>" is not allowed: must be SecretContent.fromSensitiveVariable(variable) or SecretContent.generated({...}); plaintext values are not accepted',
    );
    expect(rejected(() => new Secret(stack, "b", { vault, key, secretName: "b", content: SecretContent.fromSensitiveVariable("hunter2" as any) }))).toMatch(
      'pipeline-dev/b: content = "<redacted, 7 characters>" is not allowed: SecretContent.fromSensitiveVariable takes a TerraformVariable',
    );
  });
});

describe("Secret", () => {
  const generated = SecretContent.generated({ type: "BYTES" });

  test.each(["a", "b2c.credentials_v1-prod", "x".repeat(255)])("accepts secret name %s", (secretName) => {
    const { stack, vault, key } = vaultStack();
    new Secret(stack, "s", { vault, key, secretName, content: generated });
    expect(onlyResource(synthValid(stack), "oci_vault_secret").secret_name).toBe(secretName);
  });

  test.each([
    ["", 'secretName = "" is not allowed: must contain only letters, digits, \'-\', \'_\' and \'.\''],
    ["b2c credentials", 'secretName = "b2c credentials" is not allowed: must contain only letters, digits'],
    ["b2c/credentials", 'secretName = "b2c/credentials" is not allowed: must contain only letters, digits'],
    ["x".repeat(256), `secretName = "${"x".repeat(117)}..." is not allowed: must be 1 to 255 characters long`],
  ])("rejects secret name %j", (secretName, message) => {
    const { stack, vault, key } = vaultStack();
    expect(rejected(() => new Secret(stack, "s", { vault, key, secretName, content: generated }))).toMatch(`pipeline-dev/s: ${message}`);
  });

  test("secret names are unique per vault, not across vaults", () => {
    const { stack, vault, key } = vaultStack();
    new Secret(stack, "first", { vault, key, secretName: "shared", content: generated });
    expect(rejected(() => new Secret(stack, "second", { vault, key, secretName: "shared", content: generated }))).toMatch(
      'pipeline-dev/second: secretName = "shared" is not allowed: must be unique in vault pipeline-dev/vault; pipeline-dev/first already uses it',
    );
    const other = new Vault(stack, "other", { displayName: "other" });
    expect(rejected(() => new Secret(stack, "third", { vault: other, key: other.addKey("key", { displayName: "k" }), secretName: "shared", content: generated }))).toBe("");
    expect(validationErrors(stack)).toEqual(['pipeline-dev/second: secretName = "shared" is not allowed: must be unique in vault pipeline-dev/vault; pipeline-dev/first already uses it']);
  });

  test("the key must belong to the secret's vault", () => {
    const { stack, vault } = vaultStack();
    const other = new Vault(stack, "other", { displayName: "other" });
    const otherKey = other.addKey("key", { displayName: "k" });
    expect(rejected(() => new Secret(stack, "s", { vault, key: otherKey, secretName: "s", content: generated }))).toMatch(
      'pipeline-dev/s: key = "pipeline-dev/other/key" is not allowed: must be an AES key of the secret\'s vault pipeline-dev/vault; this key belongs to vault pipeline-dev/other',
    );
    const existing = Vault.fromVaultAttributes(stack, "existing", { vaultId: EXISTING_VAULT, compartmentId: SECURITY_COMPARTMENT });
    const existingKey = MasterKey.fromMasterKeyAttributes(stack, "existing-key", { keyId: EXISTING_KEY, vault: existing });
    expect(rejected(() => new Secret(stack, "t", { vault, key: existingKey, secretName: "t", content: generated }))).toMatch(
      'pipeline-dev/t: key = "pipeline-dev/existing-key" is not allowed: must be an AES key of the secret\'s vault pipeline-dev/vault; this imported key belongs to vault pipeline-dev/existing',
    );
  });

  test("an existing vault and key (security compartment): the secret defaults to the vault's compartment", () => {
    const { stack } = testStack();
    const vault = Vault.fromVaultAttributes(stack, "existing", { vaultId: EXISTING_VAULT, compartmentId: SECURITY_COMPARTMENT });
    // The same vault imported twice is still the same vault.
    const key = MasterKey.fromMasterKeyAttributes(stack, "existing-key", { keyId: EXISTING_KEY, vault: Vault.fromVaultAttributes(stack, "again", { vaultId: EXISTING_VAULT, compartmentId: SECURITY_COMPARTMENT }) });
    new Secret(stack, "s", { vault, key, secretName: "app-token", content: SecretContent.generated({ type: "BYTES", template: "BYTES_1024" }) });
    expect(onlyResource(synthValid(stack), "oci_vault_secret")).toMatchObject({ compartment_id: SECURITY_COMPARTMENT, vault_id: EXISTING_VAULT, key_id: EXISTING_KEY });
  });

  test("a vault known only to Terraform cannot be compared and is accepted", () => {
    const { stack, key } = vaultStack();
    const vaultId = new TerraformVariable(stack, "vault_id", { type: "string" });
    const vault = Vault.fromVaultAttributes(stack, "from-var", { vaultId: vaultId.stringValue, compartmentId: SECURITY_COMPARTMENT });
    new Secret(stack, "s", { vault, key, secretName: "s", content: generated });
    expect(onlyResource(synthValid(stack), "oci_vault_secret").vault_id).toBe("${var.vault_id}");
  });

  test("rotation by a function and version expiry; compartment and allowDestroy", () => {
    const { stack, vault, key } = vaultStack();
    const app = new FunctionApplication(stack, "app", { displayName: "rotation", subnets: [Subnet.fromOcid(stack, "app-subnet", SUBNET)], invokeLogs: false });
    const rotator = app.addFunction("rotator", { displayName: "rotator", image: IMAGE });
    new Secret(stack, "s", {
      vault,
      key,
      secretName: "db-password",
      compartmentId: SECURITY_COMPARTMENT,
      content: SecretContent.generated({ type: "PASSPHRASE" }),
      rotation: { interval: Duration.days(30), function: rotator },
      expiry: { versionExpiryInterval: Duration.days(90), blockRetrievalOnExpiry: true },
      allowDestroy: true,
    });
    const doc = synthValid(stack);
    const fnAddress = Object.keys(resourcesOf(doc, "oci_functions_function"))[0];
    expect(onlyResource(doc, "oci_vault_secret")).toEqual({
      compartment_id: SECURITY_COMPARTMENT,
      vault_id: VAULT_ID,
      key_id: KEY_ID,
      secret_name: "db-password",
      enable_auto_generation: true,
      secret_generation_context: { generation_type: "PASSPHRASE", generation_template: "SECRETS_DEFAULT_PASSWORD" },
      rotation_config: { is_scheduled_rotation_enabled: true, rotation_interval: "P30D", target_system_details: { target_system_type: "FUNCTION", function_id: `\${oci_functions_function.${fnAddress}.id}` } },
      secret_rules: [{ rule_type: "SECRET_EXPIRY_RULE", secret_version_expiry_interval: "P90D", is_secret_content_retrieval_blocked_on_expiry: true }],
      freeform_tags: {},
    });
  });

  test.each([
    [Duration.days(1), "P1D", Duration.hours(24), "P1D"],
    [Duration.days(360), "P360D", Duration.days(90), "P90D"],
  ])("accepts rotation %s and expiry %s", (rotationInterval, rotationIso, expiryInterval, expiryIso) => {
    const { stack, vault, key } = vaultStack();
    const fn = new FunctionApplication(stack, "app", { displayName: "a", subnets: [Subnet.fromOcid(stack, "app-subnet", SUBNET)], invokeLogs: false }).addFunction("f", { displayName: "f", image: IMAGE });
    new Secret(stack, "s", { vault, key, secretName: "s", content: generated, rotation: { interval: rotationInterval, function: fn }, expiry: { versionExpiryInterval: expiryInterval } });
    const body = onlyResource(synthValid(stack), "oci_vault_secret");
    expect([body.rotation_config.rotation_interval, body.secret_rules[0].secret_version_expiry_interval, body.secret_rules[0].is_secret_content_retrieval_blocked_on_expiry]).toEqual([
      rotationIso,
      expiryIso,
      false,
    ]);
  });

  test.each([
    [{ rotation: { interval: Duration.days(0) } }, 'rotation.interval = "0 days" is not allowed: must be a Duration (Duration.days(n), ...) of whole days: from 1 day to 360 days'],
    [{ rotation: { interval: Duration.days(361) } }, 'rotation.interval = "361 days" is not allowed: must be a Duration (Duration.days(n), ...) of whole days: from 1 day to 360 days'],
    [{ rotation: { interval: Duration.hours(36) } }, 'rotation.interval = "36 hours" is not allowed: must be a Duration (Duration.days(n), ...) of whole days'],
    [{ rotation: { interval: "P30D" } }, 'rotation.interval = "P30D" is not allowed: must be a Duration (Duration.days(n), ...) of whole days'],
    [{ rotation: { interval: Duration.days(30), function: undefined } }, "rotation.function = (not set) is not allowed: must be a function (IFunction) that rotates the secret"],
    [{ expiry: { versionExpiryInterval: Duration.days(91) } }, 'expiry.versionExpiryInterval = "91 days" is not allowed: must be a Duration (Duration.days(n), ...) of whole days: from 1 day to 90 days'],
    [{ compartmentId: "ocid1.vault.oc1..x" }, 'compartmentId = "ocid1.vault.oc1..x" is not allowed: must be a compartment or tenancy OCID'],
    [{ allowDestroy: 1 }, "allowDestroy = 1 is not allowed: must be true or false"],
  ])("rejects %j", (override, message) => {
    const { stack, vault, key } = vaultStack();
    const fn = new FunctionApplication(stack, "app", { displayName: "a", subnets: [Subnet.fromOcid(stack, "app-subnet", SUBNET)], invokeLogs: false }).addFunction("f", { displayName: "f", image: IMAGE });
    const props: any = { vault, key, secretName: "s", content: generated, ...override };
    if (props.rotation && !("function" in props.rotation)) props.rotation = { ...props.rotation, function: fn };
    expect(rejected(() => new Secret(stack, "s", props))).toMatch(`pipeline-dev/s: ${message}`);
  });

  test("fromSecretAttributes checks the OCID and the compartment", () => {
    const { stack } = testStack();
    expect(rejected(() => Secret.fromSecretAttributes(stack, "a", { secretId: EXISTING_KEY, compartmentId: SECURITY_COMPARTMENT }))).toMatch(
      `pipeline-dev/a: secretId = "${EXISTING_KEY}" is not allowed: must be an OCID of the form ocid1.vaultsecret.<realm>.<region>.<id>`,
    );
    expect(rejected(() => Secret.fromSecretAttributes(stack, "b", { secretId: "ocid1.vaultsecret.oc1..s", compartmentId: "" }))).toMatch('pipeline-dev/b: compartmentId = "" is not allowed: must be a compartment or tenancy OCID');
  });
});
