import { type B2cDeps, externalRef } from "../../shared/b2c";
import { BadInputError } from "../../shared/errors";
import { processOnce } from "../../shared/idempotency";
import { log } from "../../shared/log";
import type { Invocation, Reply } from "../../shared/serve";
import { bodyHashOf, verifyWebhook } from "../../shared/webhook-signature";
import type { Settings } from "./settings";
import { type Sms, parseSms } from "./sms";

export type Deps = B2cDeps<Settings, Reply>;

/**
 * parse → (verify signature) → find-or-create the incident for this message id. The message id
 * is stored on the incident as its external reference and looked up first, so the provider
 * retrying a webhook, even to another instance, never opens a second incident.
 */
export async function handle(inv: Invocation, deps: Deps): Promise<Reply> {
  const sms = parseSms(inv.body, inv.header("Content-Type"));
  await verifySignature(inv, deps, sms);
  return processOnce(deps.rt.idempotency, `sms:${sms.messageId}`, () => toIncident(inv, deps, sms), () => log.info("duplicate delivery", { messageId: sms.messageId }));
}

/**
 * The URL the provider signed: scheme, host and path as configured (SMS_WEBHOOK_URL, never the
 * Host a caller sends), and the query string the request actually carried, since a JSON
 * webhook's bodySHA256 is only known per request. API Gateway passes that URL as
 * Fn-Http-Request-Url (a path, or a full URL; only its query is used).
 */
function signedUrl(configured: string, requestUrl: string | undefined): string {
  const base = new URL(configured);
  const noQuery = configured.split("#")[0].split("?")[0];
  if (requestUrl === undefined) return base.search ? `${noQuery}${base.search}` : noQuery;
  const q = requestUrl.indexOf("?");
  return q < 0 ? noQuery : `${noQuery}${requestUrl.slice(q).split("#")[0]}`;
}

/**
 * The API Gateway authorizer cannot see a POST body, so a Twilio signature that covers the form
 * fields or the body can only be checked here. Optional: enabled by SMS_SIGNATURE_SECRET_OCID.
 * A JSON body must come with bodySHA256 in the URL: without it the signature would cover the
 * URL alone and the body could be anything.
 */
async function verifySignature(inv: Invocation, deps: Deps, sms: Sms): Promise<void> {
  const sig = deps.settings.signature;
  if (!sig) return;
  const url = signedUrl(sig.url, inv.requestUrl);
  if (sms.kind === "json" && bodyHashOf(url) === undefined) {
    throw new BadInputError("SMS webhook: a JSON body must be signed with bodySHA256 in the URL (X-Twilio-Signature over the URL alone does not cover it)", 403);
  }
  const key = (await deps.rt.secrets.get(sig.secretId, inv.deadline)).trim();
  const verdict = verifyWebhook(key, { url, signature: inv.header("X-Twilio-Signature"), form: sms.form, rawBody: inv.rawBody });
  if (!verdict.ok) {
    log.warn("webhook signature rejected", { callId: inv.callId, reason: verdict.reason });
    throw new BadInputError(`SMS webhook: missing or invalid X-Twilio-Signature (${verdict.reason})`, 403);
  }
}

async function toIncident(inv: Invocation, deps: Deps, sms: Sms): Promise<Reply> {
  const { b2c, settings } = deps;
  const ref = externalRef("sms", sms.messageId);
  const exists = (incidentId: number, contactId?: number): Reply => ({ status: 200, body: { status: "exists", incidentId, contactId: contactId ?? null, messageId: sms.messageId } });
  const existing = await b2c.findIncident(ref, inv.deadline);
  if (existing !== undefined) {
    log.info("incident already exists", { messageId: sms.messageId, incidentId: existing });
    return exists(existing);
  }
  const contact = await b2c.findOrCreateContact(sms.from, settings.firstName, settings.lastName, inv.deadline);
  const incident = await b2c.createIncident({ subject: sms.text, ref, primaryContactId: contact.id, note: JSON.stringify(sms.raw, null, 2), noteMarker: ref }, inv.deadline);
  if (!incident.created) {
    log.info("a concurrent delivery created the incident first", { messageId: sms.messageId, incidentId: incident.id });
    return exists(incident.id, contact.id);
  }
  log.info("incident created", { messageId: sms.messageId, incidentId: incident.id, contactId: contact.id });
  return { status: 201, body: { status: "created", incidentId: incident.id, contactId: contact.id, messageId: sms.messageId } };
}
