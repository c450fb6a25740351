/**
 * Never echo a secret (issue 12): known secret values fed into every
 * construct field that can take one, by mistake or on purpose, are refused,
 * and no message of the run contains them. Every message goes through one
 * redaction (describeValue -> the credential rule in ../secrets.ts).
 */
import { TerraformStack, TerraformVariable } from "cdktf";
import { ApiGateway, Authorizer, Backend, TokenKeys } from "../../apigateway";
import { EventRule, EventTypes } from "../../events";
import { FakeFunction } from "../../events/test/fake-function";
import { FunctionApplication } from "../../functions";
import { NotificationTopic, SecretUrl, Subscription } from "../../notifications";
import { Secret, SecretContent, Vault } from "../../vault";
import { testStack, validationErrors } from "../../testing";
import { Subnet } from "../../network";

/** The part of every secret below that must never appear in a message. */
const MARK = "S3cr3tMarkQx7";

const PEM_PRIVATE = `-----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN${MARK}BgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----`;
const URL_WITH_PASSWORD = `https://pipeline:${MARK}@apex.example.com/ords/hook`;
const URL_WITH_TOKEN = `https://alerts.example.com/hook?token=${MARK}`;
const SLACK = `https://hooks.slack.com/services/T000/B000/${MARK}`;
const PAGERDUTY = `https://events.pagerduty.com/integration/${MARK}0123456789/enqueue`;
const BEARER = `Bearer ${MARK}.abc.def`;
const API_TOKEN = `xoxb-1234-${MARK}`;
const PLAIN = `hunter2-${MARK}`;

const SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnet";
const IMAGE = "fra.ocir.io/frtenancy/pipeline/fn:1.0";

function gatewayDeployment(stack: TerraformStack, options: Record<string, unknown> = {}) {
  const gateway = new ApiGateway(stack, "gw", { endpointType: "PUBLIC", subnet: Subnet.fromOcid(stack, "gw-subnet", SUBNET) });
  return gateway.addDeployment("api", { pathPrefix: "/api", allowUnauthenticated: true, logging: { accessLog: false, executionLog: false }, ...options });
}

const topic = (stack: TerraformStack) => new NotificationTopic(stack, "alerts", { name: "alerts", allowNoSubscriptions: true });
const vault = (stack: TerraformStack) => {
  const v = new Vault(stack, "vault", { displayName: "v" });
  return { vault: v, key: v.addKey("key", { displayName: "k" }) };
};

/** Each field that can take a secret, with a secret in it. */
const FIELDS: Record<string, (stack: TerraformStack) => void> = {
  "function config value, under a credential name": (s) =>
    void new FunctionApplication(s, "app", { displayName: "app", subnets: [Subnet.fromOcid(s, "app-subnet", SUBNET)] }).addFunction("fn", { displayName: "f", image: IMAGE, config: { DB_PASS: PLAIN } }),
  "function config value, by shape": (s) => new FunctionApplication(s, "app", { displayName: "app", subnets: [Subnet.fromOcid(s, "app-subnet", SUBNET)] }).addConfig("UPSTREAM", URL_WITH_PASSWORD),
  "application syslog URL with a password": (s) => void new FunctionApplication(s, "app", { displayName: "app", subnets: [Subnet.fromOcid(s, "app-subnet", SUBNET)], invokeLogs: false, syslogUrl: `tcp+tls://u:${MARK}@logs.example.com:6514` }),
  "HTTPS subscription with a password": (s) => void topic(s).addSubscription(Subscription.https(URL_WITH_PASSWORD)),
  "HTTPS subscription with a token in the query": (s) => void topic(s).addSubscription(Subscription.https(URL_WITH_TOKEN)),
  "HTTPS subscription to a Slack webhook": (s) => void topic(s).addSubscription(Subscription.https(SLACK)),
  "Slack subscription, literal": (s) => void topic(s).addSubscription(Subscription.slack(SLACK)),
  "PagerDuty subscription, literal": (s) => void topic(s).addSubscription(Subscription.pagerDuty(PAGERDUTY)),
  "SecretUrl.fromToken with a literal": (s) => void topic(s).addSubscription(Subscription.slack(SecretUrl.fromToken(SLACK), { id: "s" })),
  "HTTP backend with a password": (s) => gatewayDeployment(s).addRoute({ path: "/x", methods: ["GET"], backend: Backend.http(URL_WITH_PASSWORD) }),
  "HTTP backend with a token in the query": (s) => gatewayDeployment(s).addRoute({ path: "/x", methods: ["GET"], backend: Backend.http(URL_WITH_TOKEN) }),
  "stock response header": (s) => gatewayDeployment(s).addRoute({ path: "/x", methods: ["GET"], backend: Backend.stockResponse({ status: 200, headers: { "Bad Header": BEARER } }) }),
  "JWKS URI with a token": (s) =>
    void gatewayDeployment(s, { allowUnauthenticated: false, authentication: Authorizer.jwt({ issuers: ["i"], audiences: ["a"], tokenHeader: "Authorization", publicKeys: TokenKeys.remoteJwks(URL_WITH_TOKEN) }) }),
  "static JWT key: a PEM private key": (s) =>
    void gatewayDeployment(s, {
      allowUnauthenticated: false,
      authentication: Authorizer.jwt({ issuers: ["i"], audiences: ["a"], tokenHeader: "Authorization", publicKeys: TokenKeys.staticKeys({ format: "PEM", kid: "k1", key: PEM_PRIVATE }) }),
    }),
  "discovery client secret given instead of its OCID": (s) =>
    void gatewayDeployment(s, {
      allowUnauthenticated: false,
      authentication: Authorizer.token({
        issuers: ["i"],
        audiences: ["a"],
        tokenHeader: "Authorization",
        validation: TokenKeys.remoteDiscovery("https://idp.example.com/.well-known/openid-configuration", { clientId: "c", clientSecret: { secretId: PLAIN, compartmentId: "ocid1.compartment.oc1..aaaa" }, clientSecretVersionNumber: 1 }),
      }),
    }),
  "authorizer token scheme with a token": (s) =>
    void gatewayDeployment(s, { allowUnauthenticated: false, authentication: Authorizer.jwt({ issuers: ["i"], audiences: ["a"], tokenHeader: "Authorization", tokenAuthScheme: BEARER, publicKeys: TokenKeys.remoteJwks("https://i.example.com/jwks") }) }),
  "authorizer parameter set to a credential": (s) =>
    void gatewayDeployment(s, { allowUnauthenticated: false, authentication: Authorizer.functionWithParameters(new FakeFunction(s, "auth"), { parameters: { token: BEARER } }) }),
  "literal secret content": (s) => {
    const { vault: v, key } = vault(s);
    new Secret(s, "secret", { vault: v, key, secretName: "s", content: PLAIN as never });
  },
  "a string where the content's variable belongs": (s) => {
    const { vault: v, key } = vault(s);
    new Secret(s, "secret", { vault: v, key, secretName: "s", content: SecretContent.fromSensitiveVariable(PLAIN as never) });
  },
  "a generated secret's template holding key material": (s) => {
    const { vault: v, key } = vault(s);
    new Secret(s, "secret", { vault: v, key, secretName: "s", content: SecretContent.generated({ type: "PASSPHRASE", secretTemplate: PEM_PRIVATE }) });
  },
  "the secret itself where its OCID belongs": (s) => void Secret.fromSecretAttributes(s, "imported", { secretId: PLAIN, compartmentId: "ocid1.compartment.oc1..aaaa" }),
  "an event filter value shaped like a token": (s) =>
    void new EventRule(s, "r", { displayName: "r", condition: { eventTypes: [EventTypes.identity.createPolicy], data: { resourceName: `${API_TOKEN}**` } }, targets: [topic(s)] }),
  "a sensitive variable with the secret as its default": (s) =>
    void topic(s).addSubscription(Subscription.slack(SecretUrl.fromSensitiveVariable(new TerraformVariable(s, "hook", { type: "string", sensitive: true, default: SLACK })))),
};

test.each(Object.entries(FIELDS))("%s: refused, and no message contains the secret", (_field, build) => {
  const { stack } = testStack();
  build(stack);
  const messages = validationErrors(stack);
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) expect(message).not.toContain(MARK);
});
