import { TerraformStack, TerraformVariable, Token } from "cdktf";
import { NotificationTopic, SecretUrl, Subscription } from "..";
import { Duration, redact } from "../../core";
import { FunctionApplication } from "../../functions";
import { policyStatements, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";
import { FAKE_FUNCTION_ID, FakeFunction, FUNCTION_COMPARTMENT } from "../../events/test/fake-function";
import { Subnet } from "../../network";

const CMP = TEST_COMPARTMENT;
const TOPIC_ID = "${oci_ons_notification_topic.alerts_topic_3313844B.id}";
const P = "pipeline-dev/alerts";

function topic() {
  const t = testStack();
  return { ...t, topic: new NotificationTopic(t.stack, "alerts", { name: "alerts" }) };
}

/** The synthesized subscriptions, keyed by Terraform name, without the fields every one shares. */
function subscriptions(stack: TerraformStack): Record<string, any> {
  return Object.fromEntries(
    Object.entries(resourcesOf(synthValid(stack), "oci_ons_subscription")).map(([name, body]) => {
      const { compartment_id, topic_id, freeform_tags, ...rest } = body;
      expect([compartment_id, topic_id, freeform_tags]).toEqual([CMP, TOPIC_ID, {}]);
      return [name, rest];
    }),
  );
}

const secretVariable = (stack: TerraformStack, id: string, extra: Record<string, unknown> = {}) => new TerraformVariable(stack, id, { type: "string", sensitive: true, ...extra });

describe("e-mail and SMS", () => {
  test("accepted: protocol, endpoint and a readable, stable address", () => {
    const { stack, topic: t } = topic();
    t.addSubscription(Subscription.email("Ops@Example.com"));
    t.addSubscription(Subscription.sms("+4915112345678"));
    expect(subscriptions(stack)).toEqual({
      "alerts_email-opsexamplecom_subscription_A9B5FFD0": { protocol: "EMAIL", endpoint: "Ops@Example.com" },
      "alerts_sms-4915112345678_subscription_261A9111": { protocol: "SMS", endpoint: "+4915112345678" },
    });
  });

  test.each([
    [Subscription.email("ops.example.com"), `${P}/email-ops.example.com: endpoint = "ops.example.com" is not allowed: must be an e-mail address (name@domain.tld, at most 254 characters)`],
    [Subscription.email("ops@localhost"), `${P}/email-ops@localhost: endpoint = "ops@localhost" is not allowed: must be an e-mail address`],
    [Subscription.sms("015112345678"), `${P}/sms-015112345678: endpoint = "015112345678" is not allowed: must be an E.164 phone number`],
    [Subscription.sms("+0123456789"), `${P}/sms-+0123456789: endpoint = "+0123456789" is not allowed: must be an E.164 phone number`],
    [Subscription.sms("+49 151 1234"), `${P}/sms-+49 151 1234: endpoint = "+49 151 1234" is not allowed`],
  ])("rejected %#", (subscription, message) => {
    const { topic: t } = topic();
    expect(rejected(() => t.addSubscription(subscription))).toMatch(message);
  });

  test("addresses from Terraform (tokens) are accepted unchecked, with an explicit id", () => {
    const refused = topic();
    const email = new TerraformVariable(refused.stack, "oncall_email", { type: "string" });
    expect(rejected(() => refused.topic.addSubscription(Subscription.email(email.stringValue)))).toMatch(
      `${P}: subscription.id = (not set) is not allowed: the EMAIL endpoint is a bare token, which has no stable name: pass options.id (it fixes the Terraform address)`,
    );
    const { stack, topic: t } = topic();
    const oncall = new TerraformVariable(stack, "oncall_email", { type: "string" });
    t.addSubscription(Subscription.email(oncall.stringValue, { id: "oncall" }));
    expect(Object.values(subscriptions(stack))).toEqual([{ protocol: "EMAIL", endpoint: "${var.oncall_email}" }]);
  });

  test("the same endpoint twice is refused; a distinct id subscribes it again on purpose", () => {
    const refused = topic();
    refused.topic.addSubscription(Subscription.email("ops@example.com"));
    expect(rejected(() => refused.topic.addSubscription(Subscription.email("ops@example.com")))).toMatch(
      `${P}: subscriptions = "email-ops@example.com" is not allowed: ${P}/email-ops@example.com already uses this construct id: the endpoint is subscribed already, or pass a distinct options.id`,
    );
    const { stack, topic: t } = topic();
    t.addSubscription(Subscription.email("ops@example.com"));
    t.addSubscription(Subscription.email("oncall@example.com", { id: "oncall" }));
    expect(Object.keys(subscriptions(stack))).toEqual(["alerts_email-opsexamplecom_subscription_A9B5FFD0", "alerts_oncall_subscription_D2A39CD2"]);
  });
});

describe("custom HTTPS", () => {
  test("a literal https URL without credentials or query string", () => {
    const { stack, topic: t } = topic();
    t.addSubscription(Subscription.https("https://alerts.example.com/oci/notifications"));
    expect(subscriptions(stack)).toEqual({
      "alerts_https-alertsexamplecom-fc8962bc_subscription_43BA573B": { protocol: "CUSTOM_HTTPS", endpoint: "https://alerts.example.com/oci/notifications" },
    });
  });

  test("Basic credentials from a sensitive variable (whole URL, or only the userinfo)", () => {
    const { stack, topic: t } = topic();
    t.addSubscription(Subscription.https(SecretUrl.fromSensitiveVariable(secretVariable(stack, "oic_trigger_url"))));
    const password = secretVariable(stack, "ords_password");
    t.addSubscription(Subscription.https(`https://pipeline:${password.stringValue}@apex.example.com/ords/pipeline/events/`, { id: "ords" }));
    expect(subscriptions(stack)).toEqual({
      "alerts_https-oic_trigger_url_subscription_61E9CFB0": { protocol: "CUSTOM_HTTPS", endpoint: "${var.oic_trigger_url}" },
      alerts_ords_subscription_471D6645: { protocol: "CUSTOM_HTTPS", endpoint: "https://pipeline:${var.ords_password}@apex.example.com/ords/pipeline/events/" },
    });
  });

  test.each([
    ["plain http", "http://alerts.example.com/hook", '"http://alerts.example.com/hook" is not allowed: must be an https:// URL (OCI needs a CA-signed certificate; plain http is refused)'],
    ["a query string", "https://alerts.example.com/hook?team=ops", '"https://alerts.example.com/hook?team=ops" is not allowed: must not have a query string: OCI does not allow query parameters in custom HTTPS endpoints'],
    ["more than 512 characters", `https://alerts.example.com/${"a".repeat(486)}`, `"https://alerts.example.com/${"a".repeat(90)}..." is not allowed: must be at most 512 characters (it has 513)`],
    ["not a URL", "https://", '"https://" is not allowed: must be a valid https:// URL'],
  ])("rejects %s", (_what, url, message) => {
    const { topic: t } = topic();
    expect(rejected(() => t.addSubscription(Subscription.https(url, { id: "hook" })))).toMatch(`${P}/hook: endpoint = ${message}`);
  });

  test("accepts exactly 512 characters", () => {
    const { stack, topic: t } = topic();
    t.addSubscription(Subscription.https(`https://alerts.example.com/${"a".repeat(485)}`, { id: "hook" }));
    expect(Object.values(subscriptions(stack))[0].endpoint).toHaveLength(512);
  });

  test("literal credentials are refused, and never echoed in the message", () => {
    const { topic: t } = topic();
    const literal = rejected(() => t.addSubscription(Subscription.https("https://pipeline:s3cr3t@apex.example.com/ords/", { id: "ords" })));
    expect(literal).toBe(
      `${P}/ords: endpoint = "https://apex.example.com/(rest redacted)" is not allowed: has credentials in the URL: HTTP Basic credentials must come from a sensitive value (Subscription.https(SecretUrl.fromSensitiveVariable(variable))), never a literal user:pass@ in code`,
    );
    expect(literal).not.toMatch(/s3cr3t/);
    const mixed = testStack();
    const host = new TerraformVariable(mixed.stack, "host", { type: "string" });
    const t2 = new NotificationTopic(mixed.stack, "alerts", { name: "alerts" });
    expect(rejected(() => t2.addSubscription(Subscription.https(`https://pipeline:s3cr3t@${host.stringValue}/ords/`, { id: "ords" })))).toMatch(`${P}/ords: endpoint = "${redact("https://pipeline:s3cr3t@")}" is not allowed: has credentials in the URL`);
  });
});

describe("Slack and PagerDuty: secrets only", () => {
  test("from sensitive variables; the address follows the variable", () => {
    const { stack, topic: t } = topic();
    t.addSubscription(Subscription.slack(SecretUrl.fromSensitiveVariable(secretVariable(stack, "slack_webhook"))));
    t.addSubscription(Subscription.pagerDuty(SecretUrl.fromSensitiveVariable(secretVariable(stack, "pagerduty_url"))));
    expect(subscriptions(stack)).toEqual({
      "alerts_slack-slack_webhook_subscription_B6B47EFC": { protocol: "SLACK", endpoint: "${var.slack_webhook}" },
      "alerts_pagerduty-pagerduty_url_subscription_EF7409A0": { protocol: "PAGERDUTY", endpoint: "${var.pagerduty_url}" },
    });
  });

  test("from a token with the literal part of the right shape (explicit id)", () => {
    const { stack, topic: t } = topic();
    const key = secretVariable(stack, "pd_key");
    t.addSubscription(Subscription.pagerDuty(`https://events.pagerduty.com/integration/${key.stringValue}/enqueue`, { id: "pagerduty" }));
    t.addSubscription(Subscription.slack(SecretUrl.fromToken(Token.asString({ resolve: () => "${data.oci_secrets_secretbundle.slack.secret_bundle_content[0].content}" })), { id: "slack" }));
    expect(subscriptions(stack)).toEqual({
      alerts_pagerduty_subscription_B29CC643: { protocol: "PAGERDUTY", endpoint: "https://events.pagerduty.com/integration/${var.pd_key}/enqueue" },
      alerts_slack_subscription_071C5D68: { protocol: "SLACK", endpoint: "${data.oci_secrets_secretbundle.slack.secret_bundle_content[0].content}" },
    });
  });

  test("literal URLs are refused without echoing the secret", () => {
    const { topic: t } = topic();
    const slack = rejected(() => t.addSubscription(Subscription.slack("https://hooks.slack.com/services/T000/B000/XXXXSECRET", { id: "slack" })));
    expect(slack).toBe(
      `${P}/slack: endpoint = "https://hooks.slack.com/(rest redacted)" is not allowed: a Slack incoming-webhook URL (https://hooks.slack.com/services/...) embeds its secret: pass it as SecretUrl.fromSensitiveVariable(variable) or another token, never as a literal`,
    );
    expect(slack).not.toMatch(/XXXXSECRET/);
    expect(rejected(() => t.addSubscription(Subscription.pagerDuty("https://events.pagerduty.com/integration/abc123/enqueue", { id: "pd" })))).toMatch(
      `${P}/pd: endpoint = "https://events.pagerduty.com/(rest redacted)" is not allowed: a PagerDuty events integration URL (https://events.pagerduty.com/integration/...) embeds its secret`,
    );
  });

  test("a token-built URL of the wrong service is refused", () => {
    const { stack, topic: t } = topic();
    const key = secretVariable(stack, "key");
    expect(rejected(() => t.addSubscription(Subscription.slack(`https://hooks.example.com/${key.stringValue}`, { id: "slack" })))).toMatch(
      `${P}/slack: endpoint = "https://hooks.example.com/" is not allowed: must be a Slack incoming-webhook URL starting with https://hooks.slack.com/services/`,
    );
  });

  test("the variable must be sensitive, without default, a string, in the subscription's stack", () => {
    const { app, stack, topic: t } = topic();
    const cases: Array<[TerraformVariable, string]> = [
      [new TerraformVariable(stack, "plain", { type: "string" }), '"pipeline-dev/plain" is not allowed: the variable must be declared with sensitive: true so Terraform redacts it in plans and logs'],
      [secretVariable(stack, "defaulted", { default: "https://hooks.slack.com/services/T/B/X" }), '"pipeline-dev/defaulted" is not allowed: the variable must have no default: a default is a secret value written in code'],
      [secretVariable(stack, "listy", { type: "list(string)" }), '"pipeline-dev/listy" is not allowed: the variable must be of type string (it is list(string))'],
      [secretVariable(new TerraformStack(app, "elsewhere"), "foreign"), '"elsewhere/foreign" is not allowed: the variable must be declared in stack pipeline-dev (Terraform variables are per stack)'],
    ];
    for (const [variable, message] of cases) {
      expect(rejected(() => t.addSubscription(Subscription.slack(SecretUrl.fromSensitiveVariable(variable))))).toMatch(`${P}/slack-${variable.node.id}: endpoint = ${message}`);
    }
  });

  test("SecretUrl.fromToken refuses literals; a bare token needs an explicit id", () => {
    const { topic: t } = topic();
    expect(rejected(() => t.addSubscription(Subscription.slack(SecretUrl.fromToken("https://hooks.slack.com/services/T/B/X"), { id: "s" })))).toMatch(
      `${P}/s: endpoint = "https://hooks.slack.com/(rest redacted)" is not allowed: SecretUrl.fromToken takes a value only Terraform knows (a token); use SecretUrl.fromSensitiveVariable for a secret set at plan time`,
    );
    const token = Token.asString({ resolve: () => "${var.x}" });
    expect(rejected(() => t.addSubscription(Subscription.slack(SecretUrl.fromToken(token))))).toMatch(
      `${P}: subscription.id = (not set) is not allowed: the SLACK endpoint is a bare token, which has no stable name: pass options.id (it fixes the Terraform address)`,
    );
  });
});

describe("function subscriptions", () => {
  test("endpoint is the function OCID; the topic's subscriptions may invoke it", () => {
    const { stack, topic: t } = topic();
    t.addSubscription(Subscription.function(new FakeFunction(stack, "forwarder")));
    const doc = synthValid(stack);
    expect(Object.values(resourcesOf(doc, "oci_ons_subscription"))).toEqual([
      { compartment_id: CMP, topic_id: TOPIC_ID, protocol: "ORACLE_FUNCTIONS", endpoint: FAKE_FUNCTION_ID, freeform_tags: {} },
    ]);
    expect(policyStatements(doc)).toEqual([
      `Allow any-user to use functions-family in compartment id ${FUNCTION_COMPARTMENT} where ALL {request.principal.type = 'onssubscription', request.principal.compartment.id = '${CMP}'}`,
    ]);
  });

  test("with the real OciFunction", () => {
    const { stack, topic: t } = topic();
    const app = new FunctionApplication(stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(stack, "app-subnet", "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnet")] });
    t.addSubscription(Subscription.function(app.addFunction("fn", { displayName: "alert-router", image: "fra.ocir.io/frtenancy/pipeline/alert-router:2.0.0" })));
    const doc = synthValid(stack);
    expect(Object.values(resourcesOf(doc, "oci_ons_subscription"))).toMatchObject([{ protocol: "ORACLE_FUNCTIONS", endpoint: "${oci_functions_function.app_fn_function_835FE0F5.id}" }]);
    expect(policyStatements(doc)).toEqual([
      `Allow any-user to use functions-family in compartment id ${CMP} where ALL {request.principal.type = 'onssubscription', request.principal.compartment.id = '${CMP}'}`,
    ]);
  });

  test("a literal endpoint that is not a function OCID is refused", () => {
    const { stack, topic: t } = topic();
    expect(rejected(() => t.addSubscription(Subscription.function(new FakeFunction(stack, "fn", { functionId: "ocid1.fnapp.oc1.eu-frankfurt-1.aaaa" }))))).toMatch(
      `${P}/function-fn: endpoint = "ocid1.fnapp.oc1.eu-frankfurt-1.aaaa" is not allowed: must be a function OCID (ocid1.fnfunc.<realm>.<region>.<id>)`,
    );
  });
});

describe("delivery policy", () => {
  test.each([
    [Duration.minutes(30), 1_800_000],
    [Duration.millis(60_000), 60_000],
    [Duration.hours(2), 7_200_000],
    [Duration.seconds(90), 90_000],
    [undefined, 7_200_000],
  ])("%s renders the exponential backoff policy as OCI stores it", (maxRetryDuration, ms) => {
    const { stack, topic: t } = topic();
    t.addSubscription(Subscription.email("ops@example.com", { deliveryPolicy: { maxRetryDuration } }));
    expect(Object.values(subscriptions(stack))[0].delivery_policy).toBe(`{"backoffRetryPolicy":{"maxRetryDuration":${ms},"policyType":"EXPONENTIAL"}}`);
  });

  test("without a policy OCI's default applies and nothing is rendered", () => {
    const { stack, topic: t } = topic();
    t.addSubscription(Subscription.email("ops@example.com"));
    expect(Object.values(subscriptions(stack))[0]).toEqual({ protocol: "EMAIL", endpoint: "ops@example.com" });
  });

  test.each([
    [Duration.minutes(0), '"0 minutes"'],
    [Duration.minutes(121), '"121 minutes"'],
    [Duration.millis(59_999), '"59999 milliseconds"'],
    [Duration.millis(7_200_001), '"7200001 milliseconds"'],
    [Duration.millis(60_000.5), '"60000.5 milliseconds"'],
    [{ minutes: 30 } as any, '{"minutes":30}'],
  ])("rejects %s", (maxRetryDuration, shown) => {
    const { topic: t } = topic();
    expect(rejected(() => t.addSubscription(Subscription.email("ops@example.com", { deliveryPolicy: { maxRetryDuration } })))).toMatch(
      `${P}/email-ops@example.com: deliveryPolicy.maxRetryDuration = ${shown} is not allowed: must be a Duration (Duration.millis(n), ...) of whole milliseconds: from 60000 milliseconds (1 minute) to 7200000 milliseconds (2 hours)`,
    );
  });
});
