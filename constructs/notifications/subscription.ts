import { createHash } from "node:crypto";
import { IConstruct } from "constructs";
import { emailProblem, hasRecordedErrors, isToken, parseOcid, privateHostReason, reject, secretValueReason, sensitive, TOKEN_IN_STRING } from "../core";
import { IFunction } from "../functions/function-base";
import { Principals } from "../iam";
import { DeliveryPolicy } from "./delivery-policy";
import { SecretUrl } from "./secret-url";
import type { ITopic } from "./topic-base";

/** The `protocol` values the constructs create (`HTTPS` is deprecated by OCI and not offered). */
export type SubscriptionProtocol = "EMAIL" | "CUSTOM_HTTPS" | "SLACK" | "PAGERDUTY" | "ORACLE_FUNCTIONS" | "SMS";

export interface SubscriptionOptions {
  /**
   * Construct id of the subscription (it fixes the Terraform address).
   * Default: derived from the endpoint (`email-<address>`, `sms-<number>`,
   * `https-<host>-<hash>`, `<protocol>-<variable id>`, `function-<construct id>`).
   * Required for an endpoint given as a bare token, which has no stable name.
   */
  readonly id?: string;
  /** Retry policy for failed deliveries. Default: not set, OCI retries with exponential backoff for 2 hours. */
  readonly deliveryPolicy?: DeliveryPolicy;
}

/** What a subscription resolves to for one topic. */
export interface SubscriptionEndpoint {
  /** The `protocol` argument. */
  readonly protocol: SubscriptionProtocol;
  /** The `endpoint` argument: address, URL (or its token), phone number or function OCID. */
  readonly endpoint: string;
}

/** OCI limit on HTTP-based endpoints. */
export const MAX_URL_LENGTH = 512;
const E164 = /^\+[1-9]\d{6,14}$/;
const SLACK_PREFIX = "https://hooks.slack.com/services/";
const PAGERDUTY_PREFIX = "https://events.pagerduty.com/integration/";

type Source = string | SecretUrl;

/**
 * A typed Notifications subscription (the aws-sns-subscriptions style): pick
 * the protocol with a factory, hand it to `topic.addSubscription(...)`. Each
 * factory validates its endpoint when the subscription is added; endpoints
 * that embed secrets accept only sensitive values.
 */
export class Subscription {
  /** E-mail to `address` (confirmed by a link OCI mails to it): a bare `name@domain.tld` (see `emailProblem` in constructs/core). */
  public static email(address: string, options: SubscriptionOptions = {}): Subscription {
    return new Subscription("EMAIL", isToken(address) ? undefined : `email-${String(address).toLowerCase()}`, options, (scope) => {
      const problem = isToken(address) ? undefined : emailProblem(address);
      if (problem) reject(scope, "endpoint", address, problem);
      return address;
    });
  }

  /**
   * POSTs to a custom HTTPS endpoint (protocol CUSTOM_HTTPS), which must
   * confirm the subscription. Literal URLs: https only, at most 512
   * characters, no query string (OCI refuses one), a publicly reachable host
   * (Notifications cannot deliver to private endpoints), and no credential:
   * a `user:pass@` or any URL that is itself a secret (a Slack or PagerDuty
   * URL, a token in the path or query) only through a {@link SecretUrl}.
   */
  public static https(url: Source, options: SubscriptionOptions = {}): Subscription {
    const id = url instanceof SecretUrl ? url.stableName && `https-${url.stableName}` : literalId("https", url);
    return new Subscription("CUSTOM_HTTPS", id, options, (scope) => {
      const value = url instanceof SecretUrl ? url.resolveFor(scope, "endpoint") : url;
      return checkHttpsUrl(scope, value);
    });
  }

  /** Posts to a Slack incoming webhook (`https://hooks.slack.com/services/...`); the URL is a secret. */
  public static slack(webhookUrl: Source, options: SubscriptionOptions = {}): Subscription {
    return Subscription.secretEndpoint("SLACK", webhookUrl, SLACK_PREFIX, "a Slack incoming-webhook URL", options);
  }

  /** Raises PagerDuty incidents (`https://events.pagerduty.com/integration/<key>/enqueue`); the URL is a secret. */
  public static pagerDuty(integrationUrl: Source, options: SubscriptionOptions = {}): Subscription {
    return Subscription.secretEndpoint("PAGERDUTY", integrationUrl, PAGERDUTY_PREFIX, "a PagerDuty events integration URL", options);
  }

  /**
   * Invokes `fn` with each message (endpoint: the function OCID; no
   * confirmation). Grants the topic's subscriptions invoke on it: `Allow
   * any-user to use functions-family in compartment id <function compartment>
   * where ALL {request.principal.type = 'onssubscription',
   * request.principal.compartment.id = '<topic compartment>'}`.
   */
  public static function(fn: IFunction, options: SubscriptionOptions = {}): Subscription {
    return new Subscription("ORACLE_FUNCTIONS", `function-${fn.node.id}`, options, (scope, topic) => {
      const parts = isToken(fn.functionId) ? undefined : parseOcid(fn.functionId);
      // An imported function that refused its own OCID has reported it.
      if (!isToken(fn.functionId) && parts?.type !== "fnfunc" && !hasRecordedErrors(fn)) {
        reject(scope, "endpoint", fn.functionId, `must be a function OCID (ocid1.fnfunc.<realm>.<region>.<id>)${parts ? ` (this is a ${parts.type} OCID)` : ""}`);
      }
      fn.grantInvoke(Principals.notifications(topic.compartmentId, scope));
      return fn.functionId;
    }, fn);
  }

  /** Text messages to `phoneNumber` in E.164 form (`+` country code and number, 8-16 characters). */
  public static sms(phoneNumber: string, options: SubscriptionOptions = {}): Subscription {
    return new Subscription("SMS", isToken(phoneNumber) ? undefined : `sms-${phoneNumber}`, options, (scope) => {
      if (!isToken(phoneNumber) && (typeof phoneNumber !== "string" || !E164.test(phoneNumber))) {
        reject(scope, "endpoint", phoneNumber, "must be an E.164 phone number: '+', country code and number, 8-15 digits in all (^\\+[1-9]\\d{6,14}$)");
      }
      return phoneNumber;
    });
  }

  private static secretEndpoint(protocol: SubscriptionProtocol, url: Source, prefix: string, what: string, options: SubscriptionOptions): Subscription {
    // A literal gets an id too, so that the literal itself is what is reported (never "no id").
    const id = url instanceof SecretUrl ? url.stableName && `${protocol.toLowerCase()}-${url.stableName}` : literalId(protocol.toLowerCase(), url);
    return new Subscription(protocol, id, options, (scope) => {
      if (url instanceof SecretUrl) return url.resolveFor(scope, "endpoint");
      if (!isToken(url)) {
        reject(scope, "endpoint", sensitive(url), `${what} (${prefix}...) embeds its secret: pass it as SecretUrl.fromSensitiveVariable(variable) or another token, never as a literal`);
        return url;
      }
      const literal = url.split(TOKEN_IN_STRING)[0];
      if (literal && !(literal.startsWith(prefix) || prefix.startsWith(literal))) reject(scope, "endpoint", literal, `must be ${what} starting with ${prefix}`);
      return url;
    });
  }

  private constructor(
    public readonly protocol: SubscriptionProtocol,
    private readonly derivedId: string | undefined,
    public readonly options: SubscriptionOptions,
    private readonly resolve: (scope: IConstruct, topic: ITopic) => string,
    /** The function an ORACLE_FUNCTIONS subscription invokes with each message. */
    public readonly invokedFunction?: IFunction,
  ) {}

  /** The construct id for the subscription of `topic` (named in errors). */
  public idFor(topic: IConstruct): string {
    const id = this.options.id ?? this.derivedId;
    if (id) return id;
    reject(topic, "subscription.id", undefined, `the ${this.protocol} endpoint is a bare token, which has no stable name: pass options.id (it fixes the Terraform address)`);
    // A placeholder, so the endpoint is still checked; the recorded error stops synthesis.
    const base = `${this.protocol.toLowerCase()}-without-id`;
    let n = 1;
    while (topic.node.tryFindChild(`${base}-${n}`)) n++;
    return `${base}-${n}`;
  }

  /** Validates the endpoint for `scope` (the subscription construct) and applies side effects such as invoke grants. */
  public bind(scope: IConstruct, topic: ITopic): SubscriptionEndpoint {
    return { protocol: this.protocol, endpoint: this.resolve(scope, topic) };
  }
}

/** `<protocol>-<host>-<8 hex of the URL>` for a literal URL; undefined for a token. */
function literalId(protocol: string, url: string): string | undefined {
  if (isToken(url)) return undefined;
  const hash = createHash("sha256").update(String(url)).digest("hex").slice(0, 8);
  try {
    return `${protocol}-${new URL(url).hostname}-${hash}`;
  } catch {
    return `${protocol}-${hash}`;
  }
}

/** `scheme://user[:password]@...`: credentials in the URL's userinfo. */
const USERINFO = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#@]*@/;

/** Custom HTTPS endpoint rules; for values with tokens, only the literal parts are checked. */
function checkHttpsUrl(scope: IConstruct, url: string): string {
  if (typeof url !== "string") {
    reject(scope, "endpoint", url, "must be an https:// URL");
    return String(url);
  }
  const parts = url.split(TOKEN_IN_STRING);
  const literal = !isToken(url);
  // A URL that is its own credential is reported first (and alone), never echoed: it must move to a sensitive value.
  if (USERINFO.test(parts[0])) {
    reject(scope, "endpoint", sensitive(literal ? url : parts[0]), "has credentials in the URL: HTTP Basic credentials must come from a sensitive value (Subscription.https(SecretUrl.fromSensitiveVariable(variable))), never a literal user:pass@ in code");
    return url;
  }
  const secret = literal ? secretValueReason(url) : undefined;
  if (secret) {
    reject(scope, "endpoint", sensitive(url), `${secret}: a URL that carries its own credential must come from a sensitive value, Subscription.https(SecretUrl.fromSensitiveVariable(variable)) (or Subscription.slack / Subscription.pagerDuty for those services), never a literal in code`);
    return url;
  }
  const shown = literal ? url : parts[0];
  if (parts[0] && !("https://".startsWith(parts[0]) || parts[0].startsWith("https://"))) {
    reject(scope, "endpoint", shown, "must be an https:// URL (OCI needs a CA-signed certificate; plain http is refused)");
  }
  if (parts.join("").includes("?")) reject(scope, "endpoint", shown, "must not have a query string: OCI does not allow query parameters in custom HTTPS endpoints");
  if (!literal) return url;
  if (url.length > MAX_URL_LENGTH) reject(scope, "endpoint", shown, `must be at most ${MAX_URL_LENGTH} characters (it has ${url.length})`);
  let host: string | undefined;
  try {
    host = new URL(url).hostname;
  } catch {
    reject(scope, "endpoint", shown, "must be a valid https:// URL");
  }
  const privateHost = host === undefined ? undefined : privateHostReason(host);
  if (privateHost) {
    reject(scope, "endpoint", shown, `${privateHost}: Notifications delivers to HTTPS endpoints over the public internet and does not support private endpoints (https://docs.oracle.com/iaas/Content/Notification/Tasks/create-subscription-https.htm)`);
  }
  return url;
}
