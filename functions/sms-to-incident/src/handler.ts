import { type B2cDeps, externalRef } from "../../shared/b2c";
import { safeEqual, webhookSignature } from "../../shared/crypto";
import { BadInputError } from "../../shared/errors";
import { processOnce } from "../../shared/idempotency";
import { log } from "../../shared/log";
import type { Invocation, Reply } from "../../shared/serve";
import type { Settings } from "./config";
import { type Sms, parseSms } from "./sms";

export type Deps = B2cDeps<Settings, Reply>;

/**
 * parse → (verify signature) → find-or-create the incident for this message id. The message id
 * is stored on the incident as its external reference and looked up first, so the provider
 * retrying a webhook, even to another instance, never opens a second incident.
 */
export async function handle(inv: Invocation, deps: Deps): Promise<Reply> {
  const sms = parseSms(inv.body);
  await verifySignature(inv, deps, sms);
  return processOnce(deps.rt.idempotency, `sms:${sms.messageId}`, () => toIncident(inv, deps, sms), () => log.info("duplicate delivery", { messageId: sms.messageId }));
}

/**
 * The API Gateway authorizer cannot see a POST body, so a Twilio-style signature that covers the
 * form fields can only be checked here. Optional: enabled by SMS_SIGNATURE_SECRET_OCID.
 */
async function verifySignature(inv: Invocation, deps: Deps, sms: Sms): Promise<void> {
  const sig = deps.settings.signature;
  if (!sig) return;
  const given = inv.header("X-Twilio-Signature");
  const key = (await deps.rt.secrets.get(sig.secretId, inv.deadline)).trim();
  if (!given || !safeEqual(given, webhookSignature(key, sig.url, sms.signedParams))) {
    throw new BadInputError("SMS webhook: missing or invalid X-Twilio-Signature", 403);
  }
}

async function toIncident(inv: Invocation, deps: Deps, sms: Sms): Promise<Reply> {
  const { b2c, settings } = deps;
  const ref = externalRef("sms", sms.messageId);
  const existing = await b2c.findIncidentByRef(ref, inv.deadline);
  if (existing !== undefined) {
    log.info("incident already exists", { messageId: sms.messageId, incidentId: existing });
    return { status: 200, body: { status: "exists", incidentId: existing, messageId: sms.messageId } };
  }
  const contactId = (await b2c.findContactIdByPhone(sms.from, inv.deadline)) ?? (await b2c.createContact(sms.from, settings.firstName, settings.lastName, inv.deadline));
  const incidentId = await b2c.createIncident({ subject: sms.text, ref, primaryContactId: contactId, note: JSON.stringify(sms.raw, null, 2), noteMarker: ref }, inv.deadline);
  log.info("incident created", { messageId: sms.messageId, incidentId, contactId });
  return { status: 201, body: { status: "created", incidentId, contactId, messageId: sms.messageId } };
}
