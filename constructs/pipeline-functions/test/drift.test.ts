/**
 * The typed constructs and the functions' declared configuration cannot drift:
 * every declared key is reachable from a construct's props (or marked internal
 * with a reason), every key a construct writes is declared, and the functions'
 * code reads no configuration key its declaration does not name.
 * (A misspelled prop failing `tsc` is types.test.ts.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Testing } from "cdktf";
import { configKeys, type AnyConfigDeclaration } from "../../../functions/shared/config";
import { FUNCTION_NAMES } from "../../../functions/build";
import { CONFIG as ALARM } from "../../../functions/alarm-to-incident/src/config";
import { CONFIG as AUTHORIZER } from "../../../functions/api-authorizer/src/config";
import { CONFIG as FORWARDER } from "../../../functions/event-forwarder/src/config";
import { CONFIG as ORDERS } from "../../../functions/order-processor/src/config";
import { CONFIG as SMS } from "../../../functions/sms-to-incident/src/config";
import {
  AlarmToIncidentFunction,
  AlarmToIncidentSettings,
  ApiAuthorizerFunction,
  ApiAuthorizerSettings,
  EventForwarderFunction,
  EventForwarderSettings,
  internalSettings,
  OrderProcessorFunction,
  OrderProcessorSettings,
  PIPELINE_FUNCTION_NAMES,
  PIPELINE_FUNCTIONS,
  PipelineFunction,
  SmsToIncidentFunction,
  SmsToIncidentSettings,
} from "..";
import { resourcesOf } from "../../testing";
import { pipelineStack, PipelineFixture, REGISTRY } from "./fixtures";

const ROOT = join(__dirname, "..", "..", "..");

/** Every setting the common declaration gives each function, set to a value that passes its own check. */
const common = { secretCacheTtlSeconds: 60, httpTimeoutMs: 2000, httpMaxAttempts: 3, httpRetryBaseMs: 100, httpRetryMaxMs: 1000, httpRetryAfterMaxMs: 10_000, idempotencyTtlSeconds: 600, idempotencyMaxEntries: 500, logLevel: "debug" } as const;
const b2c = (fx: PipelineFixture) => ({ ...common, baseUrl: "https://example.custhelp.com/services/rest/connect/v1.4", credentials: fx.secret("c"), usernameSecret: fx.secret("u"), passwordSecret: fx.secret("p"), externalRefField: "customFields.c.ref", solvedStatus: "Closed" });

/**
 * Each construct with every one of its props set. `Required<...>` makes a
 * setting added to a declaration without a value here a type error, so this
 * list is complete by construction. (Some combinations break the functions'
 * rules; those errors are not what this test is about.)
 */
const CASES: Array<{ name: string; decl: AnyConfigDeclaration; build: (fx: PipelineFixture) => PipelineFunction<any> }> = [
  {
    name: "event-forwarder",
    decl: FORWARDER,
    build: (fx) => {
      const settings: Required<EventForwarderSettings> = { ...common, targetUrl: "https://a.example.com", targetAuth: "oauth2", targetCredentials: fx.secret("t"), targetTokenUrl: "https://a.example.com/token", forwardMode: "mapped" };
      return new EventForwarderFunction(fx.stack, "fn", { application: fx.application, image: { registry: REGISTRY, tag: "1" }, settings });
    },
  },
  {
    name: "order-processor",
    decl: ORDERS,
    build: (fx) => {
      const settings: Required<OrderProcessorSettings> = { ...common, shopApiUrl: "https://shop.example.com/api", shopApiToken: fx.secret("t"), shipFromAddress: "ACME, 1 Dock Rd, Boston, US", shippingCarrier: "DHL", heavyParcelGrams: 1000 };
      return new OrderProcessorFunction(fx.stack, "fn", { application: fx.application, image: { registry: REGISTRY, tag: "1" }, settings });
    },
  },
  {
    name: "sms-to-incident",
    decl: SMS,
    build: (fx) => {
      const settings: Required<SmsToIncidentSettings> = { ...b2c(fx), contactFirstName: "Text", contactLastName: "Sender", signatureSecret: fx.secret("s"), webhookUrl: "https://gw.example.com/sms/incoming" };
      return new SmsToIncidentFunction(fx.stack, "fn", { application: fx.application, image: { registry: REGISTRY, tag: "1" }, settings });
    },
  },
  {
    name: "alarm-to-incident",
    decl: ALARM,
    build: (fx) => {
      const settings: Required<AlarmToIncidentSettings> = { ...b2c(fx), severityMap: { CRITICAL: "1" }, clearAction: "annotate" };
      return new AlarmToIncidentFunction(fx.stack, "fn", { application: fx.application, image: { registry: REGISTRY, tag: "1" }, settings });
    },
  },
  {
    name: "api-authorizer",
    decl: AUTHORIZER,
    build: (fx) => {
      const settings: Required<ApiAuthorizerSettings> = {
        ...common,
        mode: "credentials",
        tokenSecret: fx.secret("t"),
        signatureSecret: fx.secret("s"),
        signatureUrl: "https://gw.example.com/sms",
        ipAllowList: ["203.0.113.0/24"],
        principal: "sms-provider",
        scopes: ["sms:write"],
        ttlSeconds: 60,
        realm: "sms",
      };
      return new ApiAuthorizerFunction(fx.stack, "fn", { application: fx.application, image: { registry: REGISTRY, tag: "1" }, settings });
    },
  },
];

describe.each(CASES)("$name: construct props and the function's declared configuration", ({ name, decl, build }) => {
  test("every declared key is reachable from the props, except the internal ones, each with its reason", () => {
    const fx = pipelineStack();
    const fn = build(fx);
    const internal = internalSettings(decl);
    const internalKeys = Object.keys(internal).map((n) => decl.settings[n]!.key);
    expect(Object.keys(fn.settingsConfig).sort()).toEqual(configKeys(decl).filter((k) => !internalKeys.includes(k)).sort());
    for (const reason of Object.values(internal)) expect(reason.length).toBeGreaterThan(20);
    expect(fn.repositoryName).toBe(name);
    expect(decl.function).toBe(name);
  });

  test("every key the construct writes into the synthesized configuration is declared", () => {
    const fx = pipelineStack();
    build(fx);
    const doc = JSON.parse(Testing.synth(fx.stack));
    const written = Object.values<any>(resourcesOf(doc, "oci_functions_function")).flatMap((f) => Object.keys(f.config ?? {}));
    expect(written.length).toBeGreaterThan(5);
    expect(written.filter((k) => !configKeys(decl).includes(k))).toEqual([]);
  });
});

test("one construct per function bundle, named like the bundle and its OCIR repository", () => {
  expect([...PIPELINE_FUNCTION_NAMES].sort()).toEqual([...FUNCTION_NAMES].sort());
  expect(PIPELINE_FUNCTIONS.map((f) => f.repositoryName)).toEqual(CASES.map((c) => c.name));
});

/** Configuration keys the platform sets, not the function's declaration. */
const PLATFORM = /^(FN_[A-Z_]+|OCI_RESOURCE_PRINCIPAL_[A-Z_]+)$/;

test("the functions' code reads no environment variable its declarations do not name (or the platform sets)", () => {
  const declared = new Set(CASES.flatMap((c) => configKeys(c.decl)));
  const sources = ["shared", ...FUNCTION_NAMES.map((n) => `${n}/src`)].flatMap((dir) =>
    readdirSync(join(ROOT, "functions", dir))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => join(ROOT, "functions", dir, f)),
  );
  const read = sources.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\b(?:process\.)?env(?:\.([A-Z][A-Z0-9_]*)|\[\s*["'`]([A-Z][A-Z0-9_]*)["'`]\s*\])/g)].map((m) => ({ file, key: (m[1] ?? m[2])! })));
  expect(read.length).toBeGreaterThan(0); // LOG_LEVEL and FN_FN_NAME in shared/log.ts
  expect(read.filter((r) => !declared.has(r.key) && !PLATFORM.test(r.key)).map((r) => `${r.file}: ${r.key}`)).toEqual([]);
});
