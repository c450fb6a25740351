import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { B2C_CONFIG, externalRef } from "../b2c";
import { COMMON_CONFIG, ConfigReader, keysOf } from "../config";
import { safeEqual, webhookSignature } from "../crypto";
import { IdempotencyCache } from "../idempotency";
import { parseCredentials } from "../secrets";
import { backoffDelay, parseRetryAfter, withRetries } from "../retry";
import { requireSecureUrl } from "../url-policy";
import { CONFIG_KEYS as FORWARDER_KEYS } from "../../event-forwarder/src/config";
import { CONFIG_KEYS as ORDER_KEYS } from "../../order-processor/src/config";
import { CONFIG_KEYS as SMS_KEYS } from "../../sms-to-incident/src/config";
import { CONFIG_KEYS as ALARM_KEYS } from "../../alarm-to-incident/src/config";
import { CONFIG_KEYS as AUTH_KEYS } from "../../api-authorizer/src/config";

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

  test("config reader validates and names the key", () => {
    const cfg = new ConfigReader(B2C_CONFIG, { HTTP_TIMEOUT_MS: "abc", B2C_BASE_URL: "http://b2c.example.com" });
    expect(() => cfg.int("HTTP_TIMEOUT_MS", 1, 10)).toThrow(/HTTP_TIMEOUT_MS must be an integer/);
    expect(() => cfg.required("B2C_CREDENTIALS_SECRET_OCID")).toThrow(/missing required configuration B2C_CREDENTIALS_SECRET_OCID/);
    expect(() => cfg.secureUrl("B2C_BASE_URL")).toThrow(/B2C_BASE_URL must use https/);
    expect(cfg.required("B2C_EXTERNAL_REF_FIELD")).toBe("customFields.c.oci_external_ref");
    expect(keysOf(COMMON_CONFIG).LOG_LEVEL).toBe("LOG_LEVEL");
  });
});

test("functions/README.md documents every configuration key of every function", () => {
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
  const all = [FORWARDER_KEYS, ORDER_KEYS, SMS_KEYS, ALARM_KEYS, AUTH_KEYS].flatMap((keys) => Object.values(keys));
  const missing = [...new Set(all)].filter((key) => !readme.includes(`\`${key}\``));
  expect(missing).toEqual([]);
});
