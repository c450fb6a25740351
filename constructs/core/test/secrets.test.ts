import { credentialReason, isCredentialName, redact, redactSecrets, redactText, secretValueReason } from "..";

const SECRET_OCID = "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaexample";

describe("secretValueReason: credentials by shape, under any name", () => {
  test.each([
    ["-----BEGIN RSA PRIVATE KEY-----\nMIIB", "the value is a PEM private key"],
    ["-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl", "the value is a PEM private key"],
    ["-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQ", "the value is a PEM private key"],
    ["https://user:pa55@example.com/hook", "the value is a URL with an embedded password"],
    ["https://example.com/hook?token=abc", "the value is a URL carrying a credential in its query string"],
    ["https://example.com/hook?page=2&sig=abc", "the value is a URL carrying a credential in its query string"],
    ["https://hooks.slack.com/services/T000/B000/XXXX", "the value is a Slack webhook URL (the URL is the credential)"],
    ["https://events.pagerduty.com/integration/0123456789abcdef0123456789abcdef/enqueue", "the value is a PagerDuty integration URL (the integration key is in the path)"],
    ["https://discord.com/api/webhooks/123456/abcdefTOKEN", "the value is a Discord webhook URL (the token is in the path)"],
    ["https://acme.webhook.office.com/webhookb2/abc@def/IncomingWebhook/x/y", "the value is a Microsoft Teams webhook URL (the URL is the credential)"],
    ["https://objectstorage.eu-frankfurt-1.oraclecloud.com/p/AbCdEf123/n/ns/b/bucket/o/file", "the value is an OCI Object Storage pre-authenticated request URL (the path is the credential)"],
    ["Bearer abc.def", "the value is an Authorization header value"],
    ["Basic dXNlcjpwYXNz", "the value is an Authorization header value"],
    ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", "the value is a JSON Web Token"],
    ["xoxb-123-456", "the value has the prefix of a well-known API token"],
    ["AKIAABCDEFGHIJKLMNOP", "the value has the prefix of a well-known API token"],
    ["sk-proj-AbCdEfGhIjKlMnOpQrStUv", "the value has the prefix of a well-known API token"],
    ["sk-AbCdEfGhIjKlMnOpQrStUvWx", "the value has the prefix of a well-known API token"],
    ["ghp_0123456789abcdefghijABCDEFGHIJ012345", "the value has the prefix of a well-known API token"],
    ["a3f1c9e07b2d4e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f", "the value is a long random-looking string (a key or token)"],
    ["Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MEFCQ0RFRkdISUpL", "the value is a long random-looking string (a key or token)"],
  ])("%j is a credential", (value, reason) => {
    expect(secretValueReason(value)).toBe(reason);
  });

  test.each([
    "https://example.com/hook?page=2",
    "https://idp.example.com/oauth2/token",
    SECRET_OCID,
    "ocid1.tenancy.oc1..aaaaaaaaba3pv6wkcr4jqae5f15p2b2m2yt2j6rx32uzr4h25vqstifsfdsq",
    "sha256:a3f1c9e07b2d4e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f",
    "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
    "0123456789abcdef0123456789abcdef", // 32 hex: an MD5 or ETag, too ambiguous by shape alone
    "ProcessIncomingOrdersForTheWarehouseTeam",
    "com.oraclecloud.objectstorage.createobject",
    "fra.ocir.io/axaxnpcrorw5/pipeline/event-forwarder:1.4.2",
    "${var.slack_webhook_url}",
    "Bearer",
    "",
    // cdktf logical ids and generated names: words and short hashes, not key material.
    "grants_compartment-5e8fc860_policy_C371CBA3",
    "alerts_pagerduty-pagerduty_integration_url_subscription_56B9AA35",
    "sms-authorizer_function_DF33E076",
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
  ])("%j is not", (value) => {
    expect(secretValueReason(value)).toBeUndefined();
  });
});

describe("isCredentialName", () => {
  test.each(["DB_PASSWORD", "dbPassword", "DB_PASS", "ADMIN_PWD", "oic_userpwd", "CLIENT_SECRET", "clientsecret", "SLACK_TOKEN", "authToken", "API_KEY", "apiKey", "HMAC_KEY", "WEBHOOK_HMAC_KEY", "PAGERDUTY_ROUTING_KEY", "SIGNING_PRIVATE_KEY_ID", "B2C_CREDENTIALS", "KEY", "client-secret", "SAS"])(
    "%s names a credential",
    (name) => expect(isCredentialName(name)).toBe(true),
  );
  test.each(["TARGET_TOKEN_URL", "SECRET_CACHE_TTL_SECONDS", "TOKEN_HEADER", "CACHE_KEY", "rate_key", "PARTITION_KEY", "PUBLIC_KEY", "token_auth_scheme", "secret_name", "BYPASS_MODE", "COMPASS", "LOG_LEVEL", "TARGET_AUTH", "key_shape"])(
    "%s does not",
    (name) => expect(isCredentialName(name)).toBe(false),
  );
});

describe("credentialReason: name and value together", () => {
  test.each([
    ["DB_PASS", "hunter2"],
    ["oic_userpwd", "Welcome1"],
    ["WEBHOOK_HMAC_KEY", "k3y"],
    ["B2C_CREDENTIALS_SECRET_OCID", "not-an-ocid"],
    ["OPENAI_KEY", "sk-AbCdEfGhIjKlMnOpQrStUvWx"],
    ["ANYTHING", "Basic dXNlcjpwYXNz"],
  ])("%s = %j is refused", (name, value) => {
    expect(credentialReason(name, value)).toBeDefined();
  });
  test.each([
    ["DB_PASSWORD_SECRET_OCID", SECRET_OCID],
    ["SLACK_TOKEN", SECRET_OCID],
    ["SECRET_CACHE_TTL_SECONDS", "300"],
    ["TOKEN_REFRESH", "PT5M"],
    ["apiKey", "request.query[key]"],
    ["token", "request.headers[Authorization]"],
    ["DB_PASSWORD", ""],
    ["API_TOKEN", "${var.token}"],
    ["TARGET_URL", "https://example.com/hook"],
    // JWT validation keys and mTLS certificates are public material, whatever the attribute is called.
    ["key", "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"],
    ["SIGNING_KEY", "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE"],
  ])("%s = %j is accepted", (name, value) => {
    expect(credentialReason(name, value)).toBeUndefined();
  });
});

describe("redaction", () => {
  test("a URL keeps scheme and host only; anything else only its length", () => {
    expect(redact("https://hooks.slack.com/services/T0/B0/XXXX")).toBe("https://hooks.slack.com/(rest redacted)");
    expect(redact("hunter2")).toBe("<redacted, 7 characters>");
  });

  test("redactSecrets walks objects and arrays, by key name and by shape", () => {
    const input = { user: "svc", password: "hunter2", hooks: ["https://hooks.slack.com/services/T0/B0/XXXX", "https://example.com/ok"], nested: { TOKEN: SECRET_OCID } };
    expect(redactSecrets(input)).toEqual({
      user: "svc",
      password: "<redacted, 7 characters>",
      hooks: ["https://hooks.slack.com/(rest redacted)", "https://example.com/ok"],
      nested: { TOKEN: SECRET_OCID },
    });
    expect(input.password).toBe("hunter2");
  });
});

describe("redactText: credentials inside free text, by shape", () => {
  test("URLs, header values, tokens and PEM blocks inside sentences are redacted; the rest is kept", () => {
    const text = [
      "posts to https://hooks.slack.com/services/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 on failure,",
      "sends Authorization: Basic dXNlcjpwYXNzd29yZA== and Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
      "uses token xoxb-1234567890-abcdefghij",
      "key -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY----- done",
      "resource oci_identity_policy.grants_compartment-5e8fc860_policy_C371CBA3 in ocid1.compartment.oc1..aaaaaaaaexample",
    ].join("\n");
    const out = redactText(text);
    for (const secret of ["T0123ABCD/B0456EFGH", "dXNlcjpwYXNzd29yZA", "eyJhbGciOiJIUzI1NiJ9", "xoxb-1234567890", "MIIEowIBAAKCAQEA"]) expect(out).not.toContain(secret);
    expect(out).toContain("posts to https://hooks.slack.com/(rest redacted) on failure,");
    expect(out).toContain("Authorization: Basic <redacted, 20 characters>");
    expect(out).toContain("key <redacted,");
    expect(out).toContain("oci_identity_policy.grants_compartment-5e8fc860_policy_C371CBA3 in ocid1.compartment.oc1..aaaaaaaaexample");
  });

  test("text without credentials is returned unchanged, and redacting twice changes nothing more", () => {
    const plain = "Allow dynamic-group fn-dg to read secret-bundles in compartment apps where target.secret.name = 'db' (request.query[key])";
    expect(redactText(plain)).toBe(plain);
    const once = redactText("see https://events.pagerduty.com/integration/0123456789abcdef0123456789abcdef/enqueue");
    expect(redactText(once)).toBe(once);
  });
});
