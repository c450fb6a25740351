import { Redactor, isSecretName } from "../mask";
import { planToStackInput } from "../load-plan";
import { review } from "../review";
import { renderMarkdown } from "../render-markdown";
import { renderJson } from "../render-json";
import { reviewStacks } from "./helpers";

const SECRETS = ["hunter2-db-password", "Sup3rS3cretPass", "c2VjcmV0LWNvbnRlbnQ=", "app-signing-key-0001", "sk_live_plan_value"];

describe("masking", () => {
  test("attribute names that say secret", () => {
    for (const n of ["DB_PASSWORD", "apiKey", "client-secret", "GITHUB_TOKEN", "SIGNING_KEY", "passphrase"]) expect(isSecretName(n)).toBe(true);
    for (const n of ["rate_key", "token_header", "kms_key_id", "secret_name", "key_shape", "LOG_LEVEL", "KEYBOARD", "DB_PASSWORD_SECRET_OCID"]) expect(isSecretName(n)).toBe(false);
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
    expect(markdown).toContain("https://hook:****@h.example.com/x");
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
