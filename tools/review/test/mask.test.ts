import { Redactor } from "../mask";
import { planToStackInput } from "../load-plan";
import { review } from "../review";
import { renderMarkdown } from "../render-markdown";
import { renderJson } from "../render-json";
import { reviewStacks } from "./helpers";

const SECRETS = ["hunter2-db-password", "Sup3rS3cretPass", "c2VjcmV0LWNvbnRlbnQ=", "app-signing-key-0001", "sk_live_plan_value"];

describe("masking", () => {
  test("by name and value (the constructs' credential rule), by shape under any name, and not otherwise", () => {
    const r = new Redactor();
    const masked = (path: Array<string | number>, value: string) => r.isSensitive(path, value);
    for (const [name, value] of [["DB_PASSWORD", "hunter2"], ["apiKey", "k-123"], ["client-secret", "s3cr3t"], ["GITHUB_TOKEN", "abc"], ["SIGNING_KEY", "abc"], ["passphrase", "x y z"]]) {
      expect(masked(["config", name], value)).toBe(true);
    }
    // Shapes, whatever the attribute is called.
    expect(masked(["endpoint"], "https://hooks.slack.com/services/T0/B0/XXXX")).toBe(true);
    expect(masked(["specification", 0, "routes", 0, "request_policies", 0, "header_transformations", 0, "set_headers", 0, "items", 0, "values", 0], "Basic dXNlcjpwYXNz")).toBe(true);
    expect(masked(["description"], "-----BEGIN PRIVATE KEY-----\nMIIE")).toBe(true);
    // Names that only look like credentials, and values that point at one.
    for (const [path, value] of [
      [["request_policies", "rate_limiting", "rate_key"], "CLIENT_IP"],
      [["request_policies", "authentication", "token_header"], "Authorization"],
      [["kms_key_id"], "ocid1.key.oc1.iad.aaaa"],
      [["secret_name"], "db"],
      [["config", "SECRET_CACHE_TTL_SECONDS"], "300"],
      [["config", "DB_PASSWORD_SECRET_OCID"], "ocid1.vaultsecret.oc1.iad.aaaa"],
      [["request_policies", "authentication", "parameters", "apiKey"], "request.query[key]"],
      [["request_policies", "authentication", "cache_key", 0], "apiKey"],
      [["validation_policy", "additional_validation_policy", "verify_claims", 0, "key"], "aud"],
      [["public_keys", "keys", 0, "key"], "-----BEGIN PUBLIC KEY-----\nMIIBIjAN"],
    ] as Array<[Array<string | number>, string]>) {
      expect({ path: path.join("."), masked: masked(path, value) }).toEqual({ path: path.join("."), masked: false });
    }
  });

  test("no secret value appears anywhere in the markdown or JSON of a synth review", () => {
    const fn = (pw: string) => ({
      application_id: "ocid1.fnapp.oc1.iad.x",
      display_name: "f",
      config: { DB_PASSWORD: pw, LOG_LEVEL: "info" },
      // The same secret pasted into a harmless attribute is scrubbed too.
      description: `uses ${pw}`,
    });
    const sub = (pass: string) => ({ topic_id: "t", protocol: "CUSTOM_HTTPS", endpoint: `https://hook:${pass}@h.example.com/x` });
    const { markdown, json } = reviewStacks(
      { "app-dev": { oci_functions_function: { f: fn("old-password-value") }, oci_ons_subscription: { s: sub("OldPass1234") } } },
      {
        "app-dev": {
          oci_functions_function: { f: fn(SECRETS[0]) },
          oci_ons_subscription: { s: sub(SECRETS[1]) },
          oci_vault_secret: { v: { secret_name: "db", secret_content: { content_type: "BASE64", content: SECRETS[2] } } },
          oci_functions_application: { a: { display_name: "a", config: { SIGNING_KEY: SECRETS[3] } } },
        },
      },
    );
    for (const secret of [...SECRETS.slice(0, 4), "old-password-value", "OldPass1234"]) {
      expect(markdown).not.toContain(secret);
      expect(json).not.toContain(secret);
    }
    expect(markdown).toContain("config.DB_PASSWORD = (sensitive)");
    // A URL keeps its scheme and host, so reviewers still see where it points.
    expect(markdown).toContain("https://h.example.com/(rest redacted)");
    expect(() => JSON.parse(json)).not.toThrow();
  });

  test("values Terraform marks sensitive in a plan are masked", () => {
    const plan = {
      format_version: "1.2",
      resource_changes: [
        {
          address: "oci_ons_subscription.s",
          mode: "managed",
          type: "oci_ons_subscription",
          name: "s",
          change: {
            actions: ["update"],
            before: { endpoint: "https://a.example.com/x", delivery_policy: "old-policy-value" },
            after: { endpoint: "https://a.example.com/x", delivery_policy: SECRETS[4] },
            after_unknown: {},
            before_sensitive: { delivery_policy: true },
            after_sensitive: { delivery_policy: true },
          },
        },
      ],
    };
    const redactor = new Redactor();
    const report = review([planToStackInput(plan, "app-dev", redactor)], { source: "plan", redactor });
    const markdown = renderMarkdown(report, redactor);
    const json = renderJson(report, redactor);
    for (const text of [markdown, json]) {
      expect(text).not.toContain(SECRETS[4]);
      expect(text).not.toContain("old-policy-value");
    }
    expect(report.stacks[0].changes[0].attributes).toEqual([{ path: "delivery_policy", before: "(sensitive)", after: "(sensitive)", forcesReplacement: false }]);
  });
});
