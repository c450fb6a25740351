import { TerraformVariable } from "cdktf";
import { NotificationTopic, SecretUrl, Subscription } from "..";
import { emailProblem, privateHostReason, redact } from "../../core";
import { rejected, resourcesOf, synthValid, testStack } from "../../testing";

const P = "pipeline-dev/alerts";

/** A topic with one subscription; returns the errors adding it recorded, and the stack. */
function subscribe(subscription: Subscription) {
  const t = testStack();
  const topic = new NotificationTopic(t.stack, "alerts", { name: "alerts" });
  const errors = rejected(() => topic.addSubscription(subscription));
  return { ...t, errors };
}

const endpoints = (stack: any) => Object.values(resourcesOf(synthValid(stack), "oci_ons_subscription")).map((s: any) => s.endpoint);

describe("e-mail endpoints: one validator (emailProblem)", () => {
  const local64 = "a".repeat(64);
  const label63 = "b".repeat(63);
  // 254 characters in all: a 64-character local part, '@', and a 189-character domain.
  const max = `${local64}@${"c".repeat(61)}.${"d".repeat(63)}.${"e".repeat(59)}.com`;

  test.each(["ops@example.com", "First.Last+alerts@sub.example.co.uk", "o'neil@example.org", `${local64}@example.com`, `ops@${label63}.com`, max, "ops@xn--bcher-kva.example", "ops@example.xn--p1ai"])(
    "accepts %s, and the subscription passes the offline validator",
    (address) => {
      expect(max).toHaveLength(254);
      expect(emailProblem(address)).toBeUndefined();
      const { stack, errors } = subscribe(Subscription.email(address));
      expect(errors).toBe("");
      expect(endpoints(stack)).toEqual([address]);
    },
  );

  test.each([
    ["mailto:ops@example.com", "drop the mailto: prefix"],
    ["MAILTO:ops@example.com", "drop the mailto: prefix"],
    ["Ops <ops@example.com>", "the bare address only, without a display name"],
    ["ops @example.com", "without a display name, quotes or spaces"],
    ["ops@example..com", "no empty label"],
    ["ops@.example.com", "no empty label"],
    ["ops@example.com.", "the domain must not end with a dot"],
    [".ops@example.com", "dot-separated non-empty runs"],
    ["ops.@example.com", "dot-separated non-empty runs"],
    ["o..ps@example.com", "dot-separated non-empty runs"],
    ["ops@example", "two or more labels"],
    ["ops@-example.com", "inner '-'"],
    ["ops@example-.com", "inner '-'"],
    ["ops@example.c0m", "the top-level domain must be alphabetic"],
    ["ops@example.c", "the top-level domain must be alphabetic"],
    [`${"a".repeat(65)}@example.com`, "at most 64 characters"],
    [`ops@${"b".repeat(64)}.com`, "1-63 letters"],
    [`${"a".repeat(64)}@${"c".repeat(61)}.${"d".repeat(63)}.${"e".repeat(60)}.com`, "must be an e-mail address (name@domain.tld, at most 254 characters)"],
    ["@example.com", "must be an e-mail address"],
    ["ops@", "two or more labels"],
  ])("refuses %j (%s)", (address, why) => {
    expect(emailProblem(address)).toMatch(why);
    const { errors } = subscribe(Subscription.email(address));
    const shown = JSON.stringify(address.length > 120 ? `${address.slice(0, 117)}...` : address);
    expect(errors).toMatch(`: endpoint = ${shown} is not allowed: must be an e-mail address (name@domain.tld, at most 254 characters)`);
    expect(errors).toMatch(why);
  });
});

describe("secret-bearing URLs through the generic HTTPS subscription", () => {
  test.each([
    ["https://hooks.slack.com/services/T000/B000/XXXXSECRETXXXX", "the value is a Slack webhook URL (the URL is the credential)", "XXXXSECRETXXXX"],
    ["https://events.pagerduty.com/integration/0123456789abcdef0123456789abcdef/enqueue", "the value is a PagerDuty integration URL (the integration key is in the path)", "0123456789abcdef"],
    ["https://acme.webhook.office.com/webhookb2/abc@def/IncomingWebhook/SECRETPART/y", "the value is a Microsoft Teams webhook URL (the URL is the credential)", "SECRETPART"],
    ["https://discord.com/api/webhooks/123456/SECRETTOKEN", "the value is a Discord webhook URL (the token is in the path)", "SECRETTOKEN"],
    ["https://objectstorage.eu-frankfurt-1.oraclecloud.com/p/SECRETPAR/n/ns/b/bucket/o/file", "the value is an OCI Object Storage pre-authenticated request URL (the path is the credential)", "SECRETPAR"],
    ["https://alerts.example.com/hook?token=SECRETQUERY", "the value is a URL carrying a credential in its query string", "SECRETQUERY"],
  ])("Subscription.https(%j) is refused first, naming the endpoint without its secret", (url, reason, secret) => {
    const { errors } = subscribe(Subscription.https(url, { id: "hook" }));
    // One error only (the literal secret, not the query string or anything else), on the endpoint.
    expect(errors).toBe(
      `${P}/hook: endpoint = "${redact(url)}" is not allowed: ${reason}: a URL that carries its own credential must come from a sensitive value, Subscription.https(SecretUrl.fromSensitiveVariable(variable)) (or Subscription.slack / Subscription.pagerDuty for those services), never a literal in code`,
    );
    expect(errors).not.toContain(secret);
  });

  test("also without an explicit id: the literal is what is reported (never 'subscription.id = (not set)')", () => {
    for (const subscription of [
      Subscription.https("https://hooks.slack.com/services/T000/B000/XXXXSECRETXXXX"),
      Subscription.slack("https://hooks.slack.com/services/T000/B000/XXXXSECRETXXXX"),
      Subscription.pagerDuty("https://events.pagerduty.com/integration/0123456789abcdef0123456789abcdef/enqueue"),
    ]) {
      const { errors } = subscribe(subscription);
      expect(errors).toMatch(/^pipeline-dev\/alerts\/(https|slack|pagerduty)-(hooks\.slack\.com|events\.pagerduty\.com)-[0-9a-f]{8}: endpoint = "https:\/\/(hooks\.slack\.com|events\.pagerduty\.com)\/\(rest redacted\)" is not allowed: /);
      expect(errors).not.toMatch(/subscription\.id|XXXXSECRET|0123456789abcdef/);
    }
  });

  test("the same URLs from a sensitive variable are accepted and pass the offline validator", () => {
    const t = testStack();
    const topic = new NotificationTopic(t.stack, "alerts", { name: "alerts" });
    const hook = new TerraformVariable(t.stack, "hook_url", { type: "string", sensitive: true });
    expect(rejected(() => topic.addSubscription(Subscription.https(SecretUrl.fromSensitiveVariable(hook))))).toBe("");
    expect(endpoints(t.stack)).toEqual(["${var.hook_url}"]);
  });

  test("a query without a credential is still refused as a query (OCI allows none); the plain URL is accepted", () => {
    expect(subscribe(Subscription.https("https://alerts.example.com/oci/notifications?page=2", { id: "hook" })).errors).toBe(
      `${P}/hook: endpoint = "https://alerts.example.com/oci/notifications?page=2" is not allowed: must not have a query string: OCI does not allow query parameters in custom HTTPS endpoints`,
    );
    const ok = subscribe(Subscription.https("https://alerts.example.com/oci/notifications"));
    expect(ok.errors).toBe("");
    expect(endpoints(ok.stack)).toEqual(["https://alerts.example.com/oci/notifications"]);
  });
});

describe("HTTPS endpoints must be public: Notifications cannot reach private endpoints", () => {
  test.each([
    ["https://10.0.0.5/hook", "10.0.0.5 is a private (RFC 1918) address"],
    ["https://172.16.0.1/hook", "172.16.0.1 is a private (RFC 1918) address"],
    ["https://172.31.255.255/hook", "172.31.255.255 is a private (RFC 1918) address"],
    ["https://192.168.1.10:8443/hook", "192.168.1.10 is a private (RFC 1918) address"],
    ["https://127.0.0.1/hook", "127.0.0.1 is a loopback or unspecified address"],
    ["https://169.254.169.254/opc/v2", "169.254.169.254 is a link-local address"],
    ["https://100.64.0.1/hook", "100.64.0.1 is a carrier-grade NAT (RFC 6598) address"],
    ["https://100.127.255.255/hook", "100.127.255.255 is a carrier-grade NAT (RFC 6598) address"],
    ["https://localhost/hook", "localhost is the local machine"],
    ["https://api.localhost/hook", "api.localhost is the local machine"],
    ["https://alerts.corp.internal/hook", "alerts.corp.internal is a private-network name"],
    ["https://printer.local/hook", "printer.local is a private-network name"],
    ["https://[::1]/hook", "[::1] is a loopback or unspecified address"],
    ["https://[fd12:3456::1]/hook", "[fd12:3456::1] is a unique-local (private) IPv6 address"],
    ["https://[fe80::1]/hook", "[fe80::1] is a link-local IPv6 address"],
  ])("refuses %s", (url, why) => {
    const { errors } = subscribe(Subscription.https(url, { id: "hook" }));
    expect(errors).toBe(
      `${P}/hook: endpoint = "${url}" is not allowed: ${why}: Notifications delivers to HTTPS endpoints over the public internet and does not support private endpoints (https://docs.oracle.com/iaas/Content/Notification/Tasks/create-subscription-https.htm)`,
    );
  });

  test.each(["https://172.15.255.255/hook", "https://172.32.0.1/hook", "https://100.63.255.255/hook", "https://100.128.0.1/hook", "https://11.0.0.1/hook", "https://alerts.example.com/hook", "https://localhost.example.com/hook"])(
    "accepts the public neighbour %s, which passes the offline validator",
    (url) => {
      expect(privateHostReason(new URL(url).hostname)).toBeUndefined();
      const { stack, errors } = subscribe(Subscription.https(url, { id: "hook" }));
      expect(errors).toBe("");
      expect(endpoints(stack)).toEqual([url]);
    },
  );
});
