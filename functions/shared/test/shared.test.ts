import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { externalRef } from "../b2c";
import { B2C_SETTINGS, b2cRules } from "../b2c-config";
import { phoneSpellings, toE164 } from "../b2c-phone";
import { collectionIds, parseCollection, parseTabular } from "../b2c-shapes";
import { decodeBody } from "../serve";
import { urlVariants, verifyWebhook } from "../webhook-signature";
import { closedEpisodeFor, closedEpisodes, recordedTransitions } from "../../alarm-to-incident/src/episodes";
import { COMMON_CONFIG, configKeys, defineConfig, parseConfig } from "../config";
import { safeEqual, webhookSignature } from "../crypto";
import { IdempotencyCache } from "../idempotency";
import { parseCredentials } from "../secrets";
import { backoffDelay, parseRetryAfter, withRetries } from "../retry";
import { requireSecureUrl } from "../url-policy";
import { CONFIG as FORWARDER_CONFIG } from "../../event-forwarder/src/config";
import { CONFIG as ORDER_CONFIG } from "../../order-processor/src/config";
import { CONFIG as SMS_CONFIG } from "../../sms-to-incident/src/config";
import { CONFIG as ALARM_CONFIG } from "../../alarm-to-incident/src/config";
import { CONFIG as AUTH_CONFIG } from "../../api-authorizer/src/config";

const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, retryAfterMaxMs: 5000 };

describe("retry policy", () => {
  test("backoff is full-jitter exponential, capped", () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 0.999))).toEqual([99, 199, 399, 799, 999]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });

  test("Retry-After is read as seconds or an HTTP date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(Date.now() + 10_000).toUTCString())).toBeGreaterThan(8000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  test("stops on permanent errors, on too-long Retry-After and at the deadline", async () => {
    let calls = 0;
    const permanent = withRetries(policy, async () => (calls++, { ok: false, retryable: false, error: new Error("no") }));
    await expect(permanent).rejects.toThrow("no");
    expect(calls).toBe(1);

    calls = 0;
    const tooLong = withRetries(policy, async () => (calls++, { ok: false, retryable: true, retryAfterMs: 60_000, error: new Error("later") }));
    await expect(tooLong).rejects.toThrow("later");
    expect(calls).toBe(1);

    calls = 0;
    const pastDeadline = withRetries(policy, async () => (calls++, { ok: false, retryable: true, retryAfterMs: 500, error: new Error("deadline") }), Date.now() + 100);
    await expect(pastDeadline).rejects.toThrow("deadline");
    expect(calls).toBe(1);
  });
});

describe("https rule", () => {
  test("https anywhere, http only on loopback, never embedded credentials", () => {
    expect(requireSecureUrl("https://oic.example.com/ic/api", "X").host).toBe("oic.example.com");
    expect(requireSecureUrl("http://127.0.0.1:8080/x", "X").port).toBe("8080");
    expect(requireSecureUrl("http://localhost/x", "X").hostname).toBe("localhost");
    expect(requireSecureUrl("http://[::1]:9/x", "X").hostname).toBe("[::1]");
    expect(() => requireSecureUrl("http://10.0.0.5/x", "X")).toThrow(/X must use https/);
    expect(() => requireSecureUrl("http://127.0.0.1.evil.com/x", "X")).toThrow(/must use https/);
    expect(() => requireSecureUrl("ftp://127.0.0.1/x", "X")).toThrow(/must use https/);
    expect(() => requireSecureUrl("https://user:pw@oic.example.com", "X")).toThrow(/must not embed credentials/);
    expect(() => requireSecureUrl("not a url", "X")).toThrow(/not a valid URL/);
  });
});

describe("idempotency cache", () => {
  test("remembers successes, forgets failures, evicts the oldest beyond its bound", async () => {
    const cache = new IdempotencyCache<number>(60_000, 3);
    expect(await cache.run("a", async () => 1)).toEqual({ value: 1, duplicate: false });
    expect(await cache.run("a", async () => 2)).toEqual({ value: 1, duplicate: true });
    await expect(cache.run("b", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await cache.run("b", async () => 3)).toEqual({ value: 3, duplicate: false });
    for (const k of ["c", "d", "e"]) await cache.run(k, async () => 0);
    expect(cache.size).toBe(3);
    expect((await cache.run("a", async () => 9)).duplicate).toBe(false);
  });
});

describe("crypto and parsing helpers", () => {
  test("constant-time comparison and the Twilio-style signature", () => {
    expect(safeEqual("abc", "abc")).toBe(true);
    expect(safeEqual("abc", "abcd")).toBe(false);
    // URL, then name+value pairs sorted by name, HMAC-SHA1, base64.
    const params = { To: "+18005551212", Body: "hi", From: "+12349013030" };
    const expected = createHmac("sha1", "12345").update("https://example.com/sms?x=1BodyhiFrom+12349013030To+18005551212").digest("base64");
    expect(webhookSignature("12345", "https://example.com/sms?x=1", params)).toBe(expected);
    expect(webhookSignature("12345", "https://example.com/sms")).toBe(createHmac("sha1", "12345").update("https://example.com/sms").digest("base64"));
  });

  test("decodeBody decodes all the bytes at once and refuses bytes that are not UTF-8", () => {
    const text = "día 👋";
    expect(decodeBody(Buffer.from(text, "utf8"))).toEqual({ raw: Buffer.from(text, "utf8"), text });
    expect(decodeBody(undefined).text).toBe("");
    expect(() => decodeBody(Buffer.from([0xe2, 0x82]))).toThrow(/not valid UTF-8/);
  });

  test("credentials secrets: JSON or user:password", () => {
    expect(parseCredentials('{"username":"u","password":"p:w"}', "S")).toEqual({ username: "u", password: "p:w" });
    expect(parseCredentials("u:p:w\n", "S")).toEqual({ username: "u", password: "p:w" });
    expect(() => parseCredentials("nocolon", "S")).toThrow(/S must hold/);
    expect(() => parseCredentials('{"username":"u"}', "S")).toThrow(/S must hold/);
  });

  test("external references stay in a query-safe alphabet", () => {
    expect(externalRef("sms", "SM123")).toBe("sms:SM123");
    expect(externalRef("sms", "it's")).toMatch(/^sms:sha256-[0-9a-f]{40}$/);
  });

  test("the configuration parse validates every key, names it, and reports all problems at once", () => {
    const B2C = defineConfig("b2c", B2C_SETTINGS, b2cRules);
    const parse = (env: Record<string, string>) => () => parseConfig(B2C, env);
    expect(parse({ HTTP_TIMEOUT_MS: "abc", B2C_BASE_URL: "http://b2c.example.com" })).toThrow(
      'HTTP_TIMEOUT_MS must be an integer in [1, 120000], got "abc"; B2C_BASE_URL must use https (http is allowed only for 127.0.0.1/localhost), got http://b2c.example.com; missing required configuration: set B2C_CREDENTIALS_SECRET_OCID, or B2C_USERNAME_SECRET_OCID and B2C_PASSWORD_SECRET_OCID',
    );
    expect(parse({ B2C_CREDENTIALS_SECRET_OCID: "ocid1.vaultsecret.oc1.iad.x" })).toThrow(/^missing required configuration B2C_BASE_URL$/);
    const ok = parseConfig(B2C, { B2C_BASE_URL: "https://b2c.example.com/x", B2C_CREDENTIALS_SECRET_OCID: " ocid1.vaultsecret.oc1.iad.x ", LOG_LEVEL: "" });
    expect([ok.externalRefField, ok.credentials, ok.logLevel, ok.httpMaxAttempts, ok.baseUrl.host]).toEqual(["customFields.c.oci_external_ref", "ocid1.vaultsecret.oc1.iad.x", "info", 4, "b2c.example.com"]);
    expect(parse({ B2C_BASE_URL: "https://b", B2C_CREDENTIALS_SECRET_OCID: "a", B2C_EXTERNAL_REF_FIELD: "nodots", LOG_LEVEL: "loud" })).toThrow(
      'LOG_LEVEL must be one of debug, info, warn, error, got "loud"; B2C_EXTERNAL_REF_FIELD must be a dotted field path such as customFields.c.oci_external_ref, got "nodots"',
    );
    expect(configKeys(COMMON_CONFIG)).toContain("LOG_LEVEL");
  });

  test("B2C credentials: one secret, or a username secret and a password secret, never both or half", () => {
    const B2C = defineConfig("b2c", B2C_SETTINGS, b2cRules);
    const base = { B2C_BASE_URL: "https://b2c.example.com" };
    expect(parseConfig(B2C, { ...base, B2C_USERNAME_SECRET_OCID: "u", B2C_PASSWORD_SECRET_OCID: "p" }).passwordSecret).toBe("p");
    expect(() => parseConfig(B2C, { ...base, B2C_USERNAME_SECRET_OCID: "u" })).toThrow(/^B2C_PASSWORD_SECRET_OCID is required with B2C_USERNAME_SECRET_OCID$/);
    expect(() => parseConfig(B2C, { ...base, B2C_CREDENTIALS_SECRET_OCID: "c", B2C_PASSWORD_SECRET_OCID: "p" })).toThrow(
      "set either B2C_CREDENTIALS_SECRET_OCID or B2C_USERNAME_SECRET_OCID and B2C_PASSWORD_SECRET_OCID, not several (B2C_CREDENTIALS_SECRET_OCID, B2C_PASSWORD_SECRET_OCID are set); B2C_USERNAME_SECRET_OCID is required with B2C_PASSWORD_SECRET_OCID",
    );
  });

  test("cross-key rules: required and forbidden by another key's value (defaults count), checks of one value", () => {
    const env = (e: Record<string, string>) => () => parseConfig(FORWARDER_CONFIG, { TARGET_URL: "https://oic.example.com/x", ...e });
    expect(env({})).toThrow(/^TARGET_CREDENTIALS_SECRET_OCID is required when TARGET_AUTH=basic or oauth2$/);
    expect(env({ TARGET_AUTH: "oauth2", TARGET_CREDENTIALS_SECRET_OCID: "c" })).toThrow(/^TARGET_TOKEN_URL is required when TARGET_AUTH=oauth2$/);
    expect(env({ TARGET_AUTH: "none", TARGET_CREDENTIALS_SECRET_OCID: "c" })).toThrow(/^TARGET_CREDENTIALS_SECRET_OCID must not be set when TARGET_AUTH=none: nothing reads it/);
    expect(env({ TARGET_AUTH: "none" })().targetAuth).toBe("none");
    const auth = (e: Record<string, string>) => () => parseConfig(AUTH_CONFIG, e);
    expect(auth({ AUTH_MODE: "ip-allow-list", AUTH_IP_ALLOWLIST: "203.0.113.0/24, 0.0.0.0/0" })).toThrow(/^AUTH_IP_ALLOWLIST must not contain a range that admits every address .*\(AUTH_MODE=ip-allow-list\)$/);
    expect(auth({ AUTH_MODE: "ip-allow-list", AUTH_IP_ALLOWLIST: "203.0.113.0/33" })).toThrow('AUTH_IP_ALLOWLIST entry "203.0.113.0/33" has a bad prefix length');
    expect(auth({ AUTH_MODE: "ip-allow-list" })).toThrow(/^AUTH_IP_ALLOWLIST is required when AUTH_MODE=ip-allow-list$/);
    expect(auth({ AUTH_MODE: "ip-allow-list", AUTH_IP_ALLOWLIST: "203.0.113.7", AUTH_TOKEN_SECRET_OCID: "t" })).toThrow(/^AUTH_TOKEN_SECRET_OCID must not be set when AUTH_MODE=ip-allow-list/);
    expect(auth({ AUTH_MODE: "ip-allow-list", AUTH_IP_ALLOWLIST: "203.0.113.7, 2001:db8::/32" })().ipAllowList).toEqual(["203.0.113.7", "2001:db8::/32"]);
  });
});

describe("[defect: JSON webhook checked over the URL alone] Twilio request validation", () => {
  // The worked example of https://www.twilio.com/docs/usage/webhooks/webhooks-security
  // (auth token 12345): the page prints this signature for these fields and this URL.
  const DOCS_URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
  const DOCS_PARAMS = { CallSid: "CA1234567890ABCDE", Caller: "+14158675310", Digits: "1234", From: "+14158675310", To: "+18005551212" };
  // Twilio's own helper library tests (github.com/twilio/twilio-node, spec/validation.spec.js):
  // a JSON body, its bodySHA256, and the signature of the URL that carries it.
  const BODY = '{"property": "value", "boolean": true}';
  const BODY_SHA = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
  const form = (p: Record<string, string>) => Object.entries(p);

  test("Twilio's documented form example", () => {
    expect(webhookSignature("12345", DOCS_URL, DOCS_PARAMS)).toBe("GvWf1cFY/Q7PnoempGyD5oXAezc=");
    expect(verifyWebhook("12345", { url: DOCS_URL, signature: "GvWf1cFY/Q7PnoempGyD5oXAezc=", form: form(DOCS_PARAMS) })).toEqual({ ok: true, rule: "form" });
    expect(verifyWebhook("12345", { url: DOCS_URL, signature: "GvWf1cFY/Q7PnoempGyD5oXAezc=", form: form({ ...DOCS_PARAMS, Digits: "9999" }) }).ok).toBe(false);
    expect(verifyWebhook("54321", { url: DOCS_URL, signature: "GvWf1cFY/Q7PnoempGyD5oXAezc=", form: form(DOCS_PARAMS) }).ok).toBe(false);
  });

  test("Twilio's helper-library vectors for JSON bodies (bodySHA256) and ports", () => {
    const libParams = { ...DOCS_PARAMS, Caller: "+14158675309", From: "+14158675309" };
    expect(webhookSignature("12345", DOCS_URL, libParams)).toBe("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    const raw = Buffer.from(BODY, "utf8");
    const withHash = `${DOCS_URL}&bodySHA256=${BODY_SHA}`;
    expect(verifyWebhook("12345", { url: withHash, signature: "a9nBmqA0ju/hNViExpshrM61xv4=", rawBody: raw })).toEqual({ ok: true, rule: "body" });
    expect(verifyWebhook("12345", { url: `https://mycompany.com/myapp.php?bodySHA256=${BODY_SHA}`, signature: "y77kIzt2vzLz71DgmJGsen2scGs=", rawBody: raw })).toEqual({ ok: true, rule: "body" });
    const empty = `${DOCS_URL}&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a`;
    expect(verifyWebhook("12345", { url: empty, signature: "Ldidvp12m26NI7eqEvxnEpkd9Hc=", rawBody: Buffer.from("{}") }).ok).toBe(true);
    // A body altered after signing, or a body checked against the URL alone, fails.
    expect(verifyWebhook("12345", { url: withHash, signature: "a9nBmqA0ju/hNViExpshrM61xv4=", rawBody: Buffer.from(BODY.replace("value", "evil")) })).toEqual({ ok: false, reason: "body does not match bodySHA256" });
    // The same URL signed with or without the default port, or with a port stripped, is accepted.
    expect(verifyWebhook("12345", { url: DOCS_URL, signature: "kvajT1Ptam85bY51eRf/AJRuM3w=", form: form(libParams) }).ok).toBe(true);
    expect(verifyWebhook("12345", { url: DOCS_URL.replace(".com", ".com:1234"), signature: "RSOYDt4T1cUTdK1PDd93/VVr8B8=", form: form(libParams) }).ok).toBe(true);
    expect(verifyWebhook("12345", { url: DOCS_URL, signature: undefined, form: form(libParams) })).toEqual({ ok: false, reason: "no X-Twilio-Signature" });
  });

  test("URL variants keep the rest of the URL byte for byte", () => {
    expect(urlVariants("https://h.example/p?a='x'&b=1")).toEqual(["https://h.example/p?a='x'&b=1", "https://h.example:443/p?a='x'&b=1"]);
    expect(urlVariants("https://u:p@[::1]:8443/p")).toEqual(["https://u:p@[::1]:8443/p", "https://u:p@[::1]/p"]);
  });
});

describe("B2C Service answers and phone numbers", () => {
  test("[defect: unknown lookup shape read as 'not found'] collections and tabular answers are checked strictly", () => {
    expect(collectionIds(parseCollection({ items: [{ id: 3, lookupName: "a", links: [] }], hasMore: false, links: [] }, "L"), "L")).toEqual([3]);
    expect(parseCollection({ items: [], hasMore: true, links: [{ rel: "next", href: "https://s/x?offset=1" }] }, "L").next).toBe("https://s/x?offset=1");
    expect(() => parseCollection({ items: [{ tableName: "contacts", columnNames: ["id"], rows: [["1"]] }] }, "L")).toThrow(/queryResults \(tabular\) answer/);
    expect(() => collectionIds(parseCollection({ items: [{ lookupName: "x" }] }, "L"), "L")).toThrow(/no usable "id"/);
    expect(() => parseCollection([], "L")).toThrow(/expected a collection/);
    expect(parseTabular({ items: [{ tableName: "incidents", count: 1, columnNames: ["id", "ref"], rows: [["7", "alarm:k"]] }] }, "T", 2)).toEqual([["7", "alarm:k"]]);
    expect(() => parseTabular({ items: [{ id: 7 }] }, "T", 2)).toThrow(/no "columnNames"\/"rows"/);
    expect(() => parseTabular({ items: [{ columnNames: ["id"], rows: [] }] }, "T", 2)).toThrow(/expected 2 columns/);
    expect(() => parseTabular({ items: [{ columnNames: ["id", "r"], rows: [[7, "x"]] }] }, "T", 2)).toThrow(/row 0/);
  });

  test("[defect: E.164 vs stored format] senders become E.164; lookups try the usual spellings", () => {
    expect(toE164("+1 (336) 555-0622")).toBe("+13365550622");
    expect(toE164("447700900123")).toBe("+447700900123");
    expect(toE164("call me")).toBeUndefined();
    expect(phoneSpellings("+13365550622")).toEqual(expect.arrayContaining(["+13365550622", "13365550622", "3365550622", "(336) 555-0622", "336-555-0622", "336.555.0622", "+1 (336) 555-0622"]));
    expect(phoneSpellings("+447700900123")).toEqual(["+447700900123", "447700900123"]);
  });
});

describe("[defect: out-of-order alarm messages] alarm episodes", () => {
  const note = (key: string, iso: string, type: string) => ({ text: `[oci-ref ${key}@${iso}]\nAlarm ${type} at ${iso}: t` });

  test("transitions are read back from our own note markers", () => {
    const notes = [note("k", "2025-11-20T10:00:00.000Z", "OK_TO_FIRING"), note("other", "2025-11-20T10:01:00.000Z", "REPEAT"), { text: "agent note" }];
    expect(recordedTransitions(notes, "k")).toEqual([{ ms: Date.parse("2025-11-20T10:00:00.000Z"), type: "OK_TO_FIRING" }]);
  });

  test("a message belongs to the closed episode with the earliest clear at or after it", () => {
    const found = [
      { id: 5, ref: "alarm:k/closed@2025-11-20T10:09:00.000Z" },
      { id: 9, ref: "alarm:k/closed@2025-11-20T10:25:00.000Z" },
      { id: 7, ref: "alarm:kk/closed@2025-11-20T10:30:00.000Z" },
      { id: 8, ref: "alarm:k/closed@not-a-time" },
    ];
    const eps = closedEpisodes("alarm:k", found);
    expect(eps.map((e) => e.id)).toEqual([5, 9]);
    expect(closedEpisodeFor(Date.parse("2025-11-20T10:05:00.000Z"), eps)?.id).toBe(5);
    expect(closedEpisodeFor(Date.parse("2025-11-20T10:09:00.000Z"), eps)?.id).toBe(5);
    expect(closedEpisodeFor(Date.parse("2025-11-20T10:20:00.000Z"), eps)?.id).toBe(9);
    expect(closedEpisodeFor(Date.parse("2025-11-20T10:26:00.000Z"), eps)).toBeUndefined();
  });
});

test("functions/README.md documents every configuration key of every function", () => {
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
  const all = [FORWARDER_CONFIG, ORDER_CONFIG, SMS_CONFIG, ALARM_CONFIG, AUTH_CONFIG].flatMap((c) => configKeys(c));
  const missing = [...new Set(all)].filter((key) => !readme.includes(`\`${key}\``));
  expect(missing).toEqual([]);
});
