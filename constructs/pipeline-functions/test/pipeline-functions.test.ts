import { ApiAuthorizerFunction, AlarmToIncidentFunction, EventForwarderFunction, OrderProcessorFunction, SmsToIncidentFunction } from "..";
import { onlyResource, policyStatements, rejected, resourcesOf, synthValid, TEST_COMPARTMENT } from "../../testing";
import { EXISTING_SECRET, pipelineStack, REGISTRY } from "./fixtures";

const image = { registry: REGISTRY, tag: "1.4.2" };
const fnConfig = (doc: unknown) => onlyResource(doc, "oci_functions_function").config;

describe("typed pipeline function constructs: configuration and grants from typed settings", () => {
  test("event-forwarder: settings become its configuration keys, the secret's OCID is written and read is granted on exactly that secret", () => {
    const { stack, application, secret } = pipelineStack();
    const credentials = secret("oic-credentials");
    const fn = new EventForwarderFunction(stack, "forwarder", {
      application,
      image,
      settings: { targetUrl: "https://oic.example.com/ic/api/integration/v1/flows/rest/UPLOAD/1.0/events", targetAuth: "basic", targetCredentials: credentials, forwardMode: "mapped", httpTimeoutMs: 2000 },
    });
    const doc = synthValid(stack);
    expect(fnConfig(doc)).toEqual({
      HTTP_TIMEOUT_MS: "2000",
      TARGET_URL: "https://oic.example.com/ic/api/integration/v1/flows/rest/UPLOAD/1.0/events",
      TARGET_AUTH: "basic",
      TARGET_CREDENTIALS_SECRET_OCID: "${oci_vault_secret.oic-credentials_secret_D601859E.id}",
      FORWARD_MODE: "mapped",
    });
    expect(onlyResource(doc, "oci_functions_function")).toMatchObject({ display_name: "event-forwarder", image: `${REGISTRY}/event-forwarder:1.4.2` });
    const dg = Object.keys(resourcesOf(doc, "oci_identity_dynamic_group"))[0];
    expect(policyStatements(doc)).toEqual([
      `Allow dynamic-group \${oci_identity_dynamic_group.${dg}.name} to read secret-bundles in compartment id ${TEST_COMPARTMENT} where target.secret.id = '\${oci_vault_secret.oic-credentials_secret_D601859E.id}'`,
    ]);
    expect(fn.repositoryName).toBe("event-forwarder");
    expect(EventForwarderFunction.repositoryName).toBe("event-forwarder");
  });

  test("defaults are left to the function (not written); a function that reads no secret gets no identity group", () => {
    const { stack, application } = pipelineStack();
    new EventForwarderFunction(stack, "audit", { application, image, settings: { targetUrl: "https://alerts.example.com/oci", targetAuth: "none" } });
    const doc = synthValid(stack);
    expect(fnConfig(doc)).toEqual({ TARGET_URL: "https://alerts.example.com/oci", TARGET_AUTH: "none" });
    expect(resourcesOf(doc, "oci_identity_dynamic_group")).toEqual({});
  });

  test("one grant per secret, imported secrets too, in their own compartment", () => {
    const { stack, application, secret, imported } = pipelineStack();
    const user = imported("b2c-user", "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaab2cuser");
    const password = imported("b2c-password", "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaab2cpassword");
    const signing = secret("twilio-token");
    new SmsToIncidentFunction(stack, "sms", {
      application,
      image: { registry: REGISTRY, digest: `sha256:${"a".repeat(64)}` },
      settings: { baseUrl: "https://example.custhelp.com/services/rest/connect/v1.4", usernameSecret: user, passwordSecret: password, signatureSecret: signing, webhookUrl: "https://gw.example.com/sms/incoming" },
    });
    const doc = synthValid(stack);
    expect(fnConfig(doc)).toMatchObject({
      B2C_USERNAME_SECRET_OCID: "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaab2cuser",
      B2C_PASSWORD_SECRET_OCID: "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaab2cpassword",
      SMS_SIGNATURE_SECRET_OCID: "${oci_vault_secret.twilio-token_secret_761E26A5.id}",
    });
    expect(onlyResource(doc, "oci_functions_function").image).toBe(`${REGISTRY}/sms-to-incident@sha256:${"a".repeat(64)}`);
    const statements = policyStatements(doc);
    expect(statements).toHaveLength(3);
    expect(statements.filter((s) => s.includes("in compartment id ocid1.compartment.oc1..aaaaaaaasecurity"))).toHaveLength(2);
    expect(statements.some((s) => s.endsWith("target.secret.id = 'ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaab2cpassword'"))).toBe(true);
  });

  test("lists, maps and integers are rendered the way the function parses them", () => {
    const { stack, application, secret } = pipelineStack();
    new ApiAuthorizerFunction(stack, "auth", { application, image, settings: { mode: "ip-allow-list", ipAllowList: ["203.0.113.0/24", "2001:db8::/32"], scopes: ["sms:write", "sms:read"], ttlSeconds: 60 } });
    new AlarmToIncidentFunction(stack, "alarms", { application, image, settings: { baseUrl: "https://example.custhelp.com/x", credentials: secret("b2c"), severityMap: { CRITICAL: "1 - Critical" }, clearAction: "annotate" } });
    const doc = synthValid(stack);
    const configs = Object.fromEntries(Object.values<any>(resourcesOf(doc, "oci_functions_function")).map((f) => [f.display_name, f.config]));
    expect(configs["api-authorizer"]).toEqual({ AUTH_MODE: "ip-allow-list", AUTH_IP_ALLOWLIST: "203.0.113.0/24,2001:db8::/32", AUTH_SCOPES: "sms:write,sms:read", AUTH_TTL_SECONDS: "60" });
    expect(configs["alarm-to-incident"]).toMatchObject({ ALARM_SEVERITY_MAP: '{"CRITICAL":"1 - Critical"}', ALARM_CLEAR_ACTION: "annotate" });
  });
});

describe("refusals at synthesis, with the usual messages (path, field, value, allowed), every one at once", () => {
  test("https, enum and bound refusals", () => {
    const { stack, application, secret } = pipelineStack();
    const errors = rejected(stack, () => {
      new EventForwarderFunction(stack, "fwd", {
        application,
        image,
        settings: { targetUrl: "http://oic.example.com/x", targetAuth: "digest" as "basic", targetCredentials: secret("c"), httpMaxAttempts: 11, httpTimeoutMs: 1.5 },
      });
    });
    expect(errors.split("\n")).toEqual([
      'pipeline-dev/fwd: settings.httpTimeoutMs = 1.5 is not allowed: must be an integer from 1 to 120000 milliseconds',
      "pipeline-dev/fwd: settings.httpMaxAttempts = 11 is not allowed: must be an integer from 1 to 10",
      'pipeline-dev/fwd: settings.targetUrl = "http://oic.example.com/x" is not allowed: must be an absolute https:// URL (the function refuses any other scheme)',
      'pipeline-dev/fwd: settings.targetAuth = "digest" is not allowed: must be one of basic, oauth2, none',
    ]);
  });

  test("a missing required setting, and cross-key rules (defaults count), are synthesis errors", () => {
    const { stack, application, secret } = pipelineStack();
    const errors = rejected(stack, () => {
      new EventForwarderFunction(stack, "no-url", { application, image, settings: {} as never });
      new EventForwarderFunction(stack, "no-credentials", { application, image, displayName: "no-credentials", settings: { targetUrl: "https://oic.example.com/x" } });
      new EventForwarderFunction(stack, "oauth", { application, image, displayName: "oauth", settings: { targetUrl: "https://ords.example.com/x", targetAuth: "oauth2", targetCredentials: secret("ords") } });
      new EventForwarderFunction(stack, "none", { application, image, displayName: "none", settings: { targetUrl: "https://hooks.example.com/x", targetAuth: "none", targetTokenUrl: "https://ords.example.com/token" } });
    });
    expect(errors.split("\n")).toEqual([
      "pipeline-dev/no-url: settings.targetUrl = (not set) is not allowed: must be set: event-forwarder does not start without it (TARGET_URL)",
      'pipeline-dev/no-url: settings.targetCredentials = (not set) is not allowed: must be set when settings.targetAuth is "basic" or "oauth2" (its default)',
      'pipeline-dev/no-credentials: settings.targetCredentials = (not set) is not allowed: must be set when settings.targetAuth is "basic" or "oauth2" (its default)',
      'pipeline-dev/oauth: settings.targetTokenUrl = (not set) is not allowed: must be set when settings.targetAuth is "oauth2"',
      'pipeline-dev/none: settings.targetTokenUrl = "https://ords.example.com/token" is not allowed: must not be set when settings.targetAuth is "basic" or "none": only oauth2 uses a token endpoint',
    ]);
  });

  test("B2C credentials: one secret, or a username secret plus a password secret; both or neither refused", () => {
    const { stack, application, secret } = pipelineStack();
    const base = { application, image };
    const baseUrl = "https://example.custhelp.com/services/rest/connect/v1.4";
    const errors = rejected(stack, () => {
      new AlarmToIncidentFunction(stack, "both", { ...base, settings: { baseUrl, credentials: secret("one"), usernameSecret: secret("user"), passwordSecret: secret("password") } });
      new AlarmToIncidentFunction(stack, "neither", { ...base, displayName: "neither", settings: { baseUrl } });
      new AlarmToIncidentFunction(stack, "half", { ...base, displayName: "half", settings: { baseUrl, usernameSecret: secret("user2") } });
    });
    expect(errors.split("\n")).toEqual([
      'pipeline-dev/both: settings.usernameSecret = "pipeline-dev/user" is not allowed: must not be set together with settings.credentials: give settings.credentials, or settings.usernameSecret and settings.passwordSecret, not both',
      "pipeline-dev/neither: settings.credentials = (not set) is not allowed: must be set: give settings.credentials, or settings.usernameSecret and settings.passwordSecret",
      "pipeline-dev/half: settings.passwordSecret = (not set) is not allowed: must be set together with settings.usernameSecret",
    ]);
  });

  test("secrets must be ISecrets (an OCID string is refused: the grant would be missing); a secret-shaped URL is never echoed", () => {
    const { stack, application } = pipelineStack();
    const errors = rejected(stack, () => {
      new OrderProcessorFunction(stack, "orders", {
        application,
        image,
        settings: { shopApiUrl: "https://hooks.slack.com/services/T000/B000/XXXXSECRETXXXX", shopApiToken: EXISTING_SECRET as never, shipFromAddress: "ACME, 1 Dock Rd\nBoston" },
      });
    });
    expect(errors).not.toContain("XXXXSECRETXXXX");
    expect(errors.split("\n")).toEqual([
      `pipeline-dev/orders: settings.shopApiUrl = "https://hooks.slack.com/(rest redacted)" is not allowed: the value is a Slack webhook URL (the URL is the credential): function configuration is plain text in the plan and the console; keep credentials in a Vault secret (or set allowPlaintextConfig: true to opt out)`,
      `pipeline-dev/orders: settings.shopApiToken = "${EXISTING_SECRET}" is not allowed: must be a Vault secret (a Secret, or Secret.fromSecretAttributes)`,
      'pipeline-dev/orders: settings.shipFromAddress = "ACME, 1 Dock Rd\\nBoston" is not allowed: must be one line of text',
    ]);
  });

  test("the authorizer's modes: explicit, CIDR-checked, no allow-everything range, no secrets with ip-allow-list", () => {
    const { stack, application, secret } = pipelineStack();
    const errors = rejected(stack, () => {
      new ApiAuthorizerFunction(stack, "a", { application, image, displayName: "a", settings: { mode: "ip-allow-list", ipAllowList: ["203.0.113.0/24", "10.0.0/8", "0.0.0.0/0"], tokenSecret: secret("tokens") } });
      new ApiAuthorizerFunction(stack, "b", { application, image, displayName: "b", settings: { mode: "ip-allow-list" } });
      new ApiAuthorizerFunction(stack, "c", { application, image, displayName: "c", settings: { ipAllowList: ["203.0.113.0/24"] } });
    });
    expect(errors.split("\n")).toEqual([
      'pipeline-dev/a: settings.ipAllowList[1] = "10.0.0/8" is not allowed: must be an IPv4/IPv6 address or CIDR range (it is not an IP address or CIDR)',
      'pipeline-dev/a: settings.tokenSecret = "pipeline-dev/tokens" is not allowed: must not be set when settings.mode is "ip-allow-list": that mode checks the sender\'s address only; to require a token and an allow-listed address, use the credentials mode with the allow-list',
      "pipeline-dev/b: settings.ipAllowList = (not set) is not allowed: must be set when settings.mode is \"ip-allow-list\"",
      'pipeline-dev/c: settings.tokenSecret = (not set) is not allowed: must be set: give settings.tokenSecret and/or settings.signatureSecret (with neither, every request would be denied (the sender\'s address alone is the ip-allow-list mode))',
    ]);
    const wide = rejected(stack, () => new ApiAuthorizerFunction(stack, "d", { application, image, displayName: "d", settings: { mode: "ip-allow-list", ipAllowList: ["::/0"] } }));
    expect(wide).toBe('pipeline-dev/d: settings.ipAllowList = ["::/0"] is not allowed: must not contain a range that admits every address (a /0 prefix such as 0.0.0.0/0 or ::/0) when settings.mode is "ip-allow-list"');
  });

  test("image: the repository is the construct's, the registry must be OCIR of the application's region, a tag or a digest is required", () => {
    const { stack, application } = pipelineStack();
    const settings = { targetUrl: "https://x.example.com", targetAuth: "none" } as const;
    const errors = rejected(stack, () => {
      new EventForwarderFunction(stack, "wrong-region", { application, displayName: "r", image: { registry: "iad.ocir.io/frtenancy/pipeline", tag: "1.0.0" }, settings });
      new EventForwarderFunction(stack, "untagged", { application, displayName: "u", image: { registry: REGISTRY }, settings });
      new EventForwarderFunction(stack, "bad-digest", { application, displayName: "d", image: { registry: REGISTRY, tag: "1.0.0", digest: "sha256:nothex" }, settings });
    });
    expect(errors).toContain('pipeline-dev/wrong-region: image = "iad.ocir.io/frtenancy/pipeline/event-forwarder:1.0.0" is not allowed: must be in OCIR of the application\'s region eu-frankfurt-1 (fra.ocir.io)');
    expect(errors).toContain(`pipeline-dev/untagged: image = "${REGISTRY}/event-forwarder" is not allowed: must be an OCIR image with a tag or a digest`);
    expect(errors).toContain('pipeline-dev/bad-digest: imageDigest = "sha256:nothex" is not allowed: must be sha256:<64 lower-case hex digits>');
    expect(errors.split("\n")).toHaveLength(3);
  });

  test("unknown settings (plain JavaScript) and raw configuration are refused: every key a construct writes is declared", () => {
    const { stack, application } = pipelineStack();
    let fn: EventForwarderFunction | undefined;
    const errors = rejected(stack, () => {
      fn = new EventForwarderFunction(stack, "fwd", { application, image, settings: { targetUrl: "https://x.example.com", targetAuth: "none", TARGET_AUHT: "none", secretsEndpoint: "https://x" } as never });
      fn.addConfig("TARGET_AUHT", "none");
      fn.addConfig("TARGET_AUTH", "basic");
    });
    expect(errors.split("\n")).toEqual([
      expect.stringMatching(/^pipeline-dev\/fwd: settings\.TARGET_AUHT = "none" is not allowed: is not a setting event-forwarder reads; its settings are secretCacheTtlSeconds, .*, forwardMode$/),
      'pipeline-dev/fwd: settings.secretsEndpoint = "https://x" is not allowed: is internal to event-forwarder (points the SDK at a loopback Secrets API in tests and the simulator; deployed functions use their region\'s endpoint)',
      'pipeline-dev/fwd: config.TARGET_AUHT = "none" is not allowed: is not a configuration key event-forwarder reads (functions/event-forwarder/src/config.ts)',
      'pipeline-dev/fwd: config.TARGET_AUTH = "basic" is not allowed: is set through settings.targetAuth',
    ]);
    expect(fn!.configuration).toEqual({ TARGET_URL: "https://x.example.com", TARGET_AUTH: "none" });
  });
});
