import { Json } from "../model";
import { snapshotFromStackJson } from "../load-synth";
import { CHANGE_RULES, RULES, evaluate, evaluateChanges } from "../findings";
import { parseImage } from "../findings/function-rules";
import { diffSynth } from "../diff";
import { Redactor } from "../mask";
import { reviewStacks } from "./helpers";

/** Change-rule findings between two in-memory configurations. */
function evaluateChangesOf(base: Record<string, Json>, head: Record<string, Json>) {
  const snap = (stacks: Record<string, Json>) => Object.entries(stacks).map(([name, resource]) => snapshotFromStackJson(name, { resource }));
  return evaluateChanges(diffSynth(snap(base), snap(head), new Redactor()));
}

/** Rule ids that fire for the given stacks (`{ stack: { type: { name: body } } }`). */
function fired(stacks: Record<string, Record<string, Record<string, Json>>>): string[] {
  return evaluate(Object.entries(stacks).map(([name, resource]) => snapshotFromStackJson(name, { resource }))).map((f) => f.id);
}
const one = (type: string, body: Json, stack = "app-dev") => fired({ [stack]: { [type]: { r: body } } });
const policy = (...statements: string[]) => one("oci_identity_policy", { name: "p", compartment_id: "c", statements });

test("every rule has an id, a severity, a title and a fix", () => {
  const all = [...RULES, ...CHANGE_RULES];
  for (const r of all) {
    expect(r.id).toMatch(/^OCI-[A-Z]+-\d{3}$/);
    expect(r.title.length).toBeGreaterThan(5);
    expect(r.remediation.length).toBeGreaterThan(20);
  }
  expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
});

describe("OCI-IAM-001 all-resources grant", () => {
  test("fires, critical for manage in tenancy", () => {
    const [f] = evaluate([snapshotFromStackJson("a-dev", { resource: { oci_identity_policy: { p: { statements: ["Allow group A to manage all-resources in tenancy"] } } } })]);
    expect(f).toMatchObject({ id: "OCI-IAM-001", severity: "critical", path: "statements[0]" });
    expect(policy("Allow group A to read all-resources in compartment c")).toEqual(["OCI-IAM-001"]);
  });
  test("does not fire for a named resource-type", () => expect(policy("Allow group A to manage functions-family in compartment c")).toEqual([]));
});

describe("OCI-IAM-002 tenancy-wide service grant", () => {
  test("fires", () => expect(policy("Allow service FaaS to read repos in tenancy")).toEqual(["OCI-IAM-002"]));
  test("does not fire in a compartment or for groups", () => {
    expect(policy("Allow service cloudEvents to use ons-topics in compartment c")).toEqual([]);
    expect(policy("Allow group A to read repos in tenancy")).toEqual([]);
  });
});

describe("OCI-IAM-003 unconditioned any-user", () => {
  test("fires", () => expect(policy("Allow any-user to use functions-family in compartment c")).toEqual(["OCI-IAM-003"]));
  test("does not fire with a where condition", () =>
    expect(policy("Allow any-user to use functions-family in compartment c where ALL {request.principal.type = 'ApiGateway'}")).toEqual([]));
});

describe("OCI-IAM-004 broad dynamic group", () => {
  const dg = (rule: string) => one("oci_identity_dynamic_group", { name: "g", matching_rule: rule });
  test("fires without a compartment or resource pin, or with an unpinned ANY branch", () => {
    expect(dg("resource.type = 'fnfunc'")).toEqual(["OCI-IAM-004"]);
    expect(dg("ANY {resource.type = 'fnfunc', resource.compartment.id = 'ocid1.compartment.oc1..x'}")).toEqual(["OCI-IAM-004"]);
  });
  test("does not fire when pinned", () => expect(dg("ALL {resource.type = 'fnfunc', resource.compartment.id = 'ocid1.compartment.oc1..x'}")).toEqual([]));
});

describe("API Gateway rules", () => {
  const deployment = (auth: Json, authz: string | undefined, url = "https://b.example.com") =>
    one("oci_apigateway_deployment", {
      path_prefix: "/v1",
      specification: [
        {
          ...(auth ? { request_policies: [{ authentication: [auth] }] } : {}),
          routes: [{ path: "/x", methods: ["GET"], backend: { type: "HTTP_BACKEND", url }, ...(authz ? { request_policies: { authorization: { type: authz } } } : {}) }],
        },
      ],
    });
  const auth = { type: "JWT_AUTHENTICATION", is_anonymous_access_allowed: true };
  test("OCI-APIGW-001 fires for an ANONYMOUS route and for a deployment without authentication", () => {
    expect(deployment(auth, "ANONYMOUS")).toEqual(["OCI-APIGW-001"]);
    expect(deployment(null, undefined)).toEqual(["OCI-APIGW-001"]);
  });
  test("OCI-APIGW-001 does not fire for authenticated routes", () => expect(deployment(auth, "AUTHENTICATION_ONLY")).toEqual([]));
  test("OCI-APIGW-002 fires for a plain-HTTP backend only", () => {
    expect(deployment(auth, undefined, "http://b.example.com")).toEqual(["OCI-APIGW-002"]);
    expect(deployment(auth, undefined, "https://b.example.com")).toEqual([]);
  });
});

describe("Notifications rules", () => {
  const withSub = (endpoint: string) => ({
    oci_ons_notification_topic: { t: { name: "t" } },
    oci_ons_subscription: { s: { topic_id: "${oci_ons_notification_topic.t.id}", protocol: "CUSTOM_HTTPS", endpoint } },
  });
  test("OCI-ONS-001 fires for http endpoints only", () => {
    expect(fired({ "a-dev": withSub("http://h.example.com/x") })).toEqual(["OCI-ONS-001"]);
    expect(fired({ "a-dev": withSub("https://h.example.com/x") })).toEqual([]);
  });
  test("OCI-ONS-002 fires for a topic nobody subscribes to", () => {
    expect(one("oci_ons_notification_topic", { name: "t" })).toEqual(["OCI-ONS-002"]);
  });
  test("OCI-ONS-002 follows cdktf cross-stack references and OCIDs", () => {
    const topics = {
      oci_ons_notification_topic: { t: { name: "t" } },
    };
    const topicStack = { resource: topics, output: { "cross-stack-output-t": { value: "${oci_ons_notification_topic.t.topic_id}" } } };
    const subStack = {
      resource: {
        oci_ons_subscription: {
          s: { topic_id: "${data.terraform_remote_state.cross-stack-reference-input-topics-dev.outputs.cross-stack-output-t}", protocol: "EMAIL", endpoint: "a@example.com" },
        },
      },
    };
    expect(evaluate([snapshotFromStackJson("topics-dev", topicStack), snapshotFromStackJson("subs-dev", subStack)])).toEqual([]);
    // A subscription in another environment does not count.
    expect(evaluate([snapshotFromStackJson("topics-dev", topicStack), snapshotFromStackJson("subs-prod", subStack)]).map((f) => f.id)).toEqual(["OCI-ONS-002"]);
    expect(
      fired({ "a-dev": { oci_ons_notification_topic: { t: { id: "ocid1.onstopic.oc1.iad.x" } }, oci_ons_subscription: { s: { topic_id: "ocid1.onstopic.oc1.iad.x" } } } }),
    ).toEqual([]);
  });
});

describe("secret rules", () => {
  test("OCI-SEC-001 fires for a literal secret in function or application config", () => {
    expect(one("oci_functions_function", { config: { DB_PASSWORD: "hunter2!" } })).toEqual(["OCI-SEC-001"]);
    expect(one("oci_functions_application", { config: { apiKey: "abcd1234" } })).toEqual(["OCI-SEC-001"]);
    expect(one("oci_functions_function", { config: { CERT: "-----BEGIN RSA PRIVATE KEY-----\nabc" } })).toEqual(["OCI-SEC-001"]);
  });
  test("OCI-SEC-001 does not fire for secret OCIDs, references or ordinary keys", () => {
    expect(
      one("oci_functions_function", {
        config: {
          DB_PASSWORD_SECRET_OCID: "ocid1.vaultsecret.oc1.iad.x",
          API_TOKEN: "${var.token}",
          SECRET_ID: "ocid1.vaultsecret.oc1.iad.y",
          LOG_LEVEL: "debug",
          // Keys that only describe a credential (where to fetch a token) hold no secret.
          TARGET_TOKEN_URL: "https://ords.example.com/ords/app/oauth/token",
          SECRET_CACHE_TTL_SECONDS: "300",
        },
      }),
    ).toEqual([]);
  });
  test("OCI-SEC-002 fires for credentials in an endpoint URL only", () => {
    expect(one("oci_ons_subscription", { protocol: "CUSTOM_HTTPS", endpoint: "https://u:p4ss@h.example.com/x", topic_id: "t" })).toEqual(["OCI-SEC-002"]);
    expect(one("oci_ons_subscription", { protocol: "CUSTOM_HTTPS", endpoint: "https://u@h.example.com/x", topic_id: "t" })).toEqual([]);
  });
  test("OCI-SEC-003 fires for secret content in configuration only", () => {
    expect(one("oci_vault_secret", { secret_content: { content_type: "BASE64", content: "c2VjcmV0" } })).toEqual(["OCI-SEC-003"]);
    expect(one("oci_vault_secret", { enable_auto_generation: true, secret_content: { content_type: "BASE64", content: "${var.secret}" } })).toEqual([]);
  });
});

describe("data rules", () => {
  test("OCI-KMS-001 fires for SOFTWARE keys in prod only", () => {
    expect(one("oci_kms_key", { protection_mode: "SOFTWARE" }, "vault-prod")).toEqual(["OCI-KMS-001"]);
    expect(one("oci_kms_key", { protection_mode: "SOFTWARE" }, "vault-dev")).toEqual([]);
    expect(one("oci_kms_key", { protection_mode: "HSM" }, "vault-prod")).toEqual([]);
  });
  test("OCI-OBJ-001 fires for public buckets only", () => {
    expect(one("oci_objectstorage_bucket", { name: "b", access_type: "ObjectRead" })).toEqual(["OCI-OBJ-001"]);
    expect(one("oci_objectstorage_bucket", { name: "b", access_type: "NoPublicAccess" })).toEqual([]);
  });
  describe("OCI-EVT-001 object events", () => {
    const rule = (condition: string, bucket: Json) =>
      fired({ "a-dev": { oci_events_rule: { r: { condition } }, oci_objectstorage_bucket: { b: bucket } } });
    const cond = (bucketName: string | string[], type = "com.oraclecloud.objectstorage.createobject") =>
      JSON.stringify({ eventType: [type], data: { additionalDetails: { bucketName } } });
    test("fires when the watched bucket does not emit object events (by name, wildcard or reference)", () => {
      expect(rule(cond("in"), { name: "in" })).toEqual(["OCI-EVT-001"]);
      expect(rule(cond(["in-*"]), { name: "in-raw", object_events_enabled: false })).toEqual(["OCI-EVT-001"]);
      expect(rule(cond("${oci_objectstorage_bucket.b.name}"), { name: "x" })).toEqual(["OCI-EVT-001"]);
    });
    test("does not fire when object events are on, for other buckets or other event types", () => {
      expect(rule(cond("in"), { name: "in", object_events_enabled: true })).toEqual([]);
      expect(rule(cond("other"), { name: "in" })).toEqual([]);
      expect(rule(cond("in", "com.oraclecloud.objectstorage.createbucket"), { name: "in" })).toEqual([]);
    });
  });
});

describe("change rules: edge cases", () => {
  const ids = (base: Record<string, Json>, head: Record<string, Json>) => reviewStacks(base, head).report.stacks.flatMap((s) => s.findings.filter((f) => f.isNew).map((f) => f.id));
  const deployment = (authorizer: string) => ({
    specification: {
      request_policies: { authentication: { type: "CUSTOM_AUTHENTICATION", function_id: authorizer }, rate_limiting: { rate_in_requests_per_second: 10, rate_key: "TOTAL" } },
      routes: [{ path: "/x", methods: ["GET"], backend: { type: "ORACLE_FUNCTIONS_BACKEND", function_id: "ocid1.fnfunc.oc1.iad.backend" } }],
    },
  });

  test("OCI-APIGW-005: a replaced authorizer (same function, new OCID) is not a swap; another function is", () => {
    const fn = { oci_functions_function: { auth: { display_name: "auth", image: "iad.ocir.io/ns/auth:1" }, other: { display_name: "other", image: "iad.ocir.io/ns/other:1" } } };
    const stack = (authorizer: string) => ({ "api-dev": { ...fn, oci_apigateway_deployment: { d: deployment(authorizer) } } });
    expect(ids(stack("${oci_functions_function.auth.id}"), stack("${oci_functions_function.auth.id}"))).toEqual([]);
    expect(ids(stack("${oci_functions_function.auth.id}"), stack("${oci_functions_function.other.id}"))).toEqual(["OCI-APIGW-005"]);
    expect(ids(stack("ocid1.fnfunc.oc1.iad.aaaa"), stack("ocid1.fnfunc.oc1.iad.bbbb"))).toEqual(["OCI-APIGW-005"]);
  });

  test("OCI-LOG-001: a log deleted together with its producer is not reported", () => {
    const app = { oci_functions_application: { app: { display_name: "app" } } };
    const log = { oci_logging_log: { invoke: { log_type: "SERVICE", configuration: { source: { service: "functions", category: "invoke", resource: "${oci_functions_application.app.id}" } } } } };
    expect(ids({ "fn-dev": { ...app, ...log } }, { "fn-dev": {} })).toEqual([]);
    expect(ids({ "fn-dev": { ...app, ...log } }, { "fn-dev": app })).toEqual(["OCI-LOG-001"]);
  });

  test("OCI-EVT-003 supersedes OCI-EVT-001 for the bucket it is about, not for others", () => {
    const cond = (bucket: string) => JSON.stringify({ eventType: ["com.oraclecloud.objectstorage.createobject"], data: { additionalDetails: { bucketName: bucket } } });
    const stack = (eventsOn: boolean) => ({
      "up-dev": {
        oci_objectstorage_bucket: { a: { name: "in-a", object_events_enabled: eventsOn }, b: { name: "in-b" } },
        oci_events_rule: { ra: { condition: cond("in-a"), is_enabled: true }, rb: { condition: cond("in-b"), is_enabled: true } },
      },
    });
    const found = reviewStacks(stack(true), stack(false)).report.stacks[0]!.findings.map((f) => `${f.id} ${f.address} ${f.isNew ? "new" : "old"}`);
    expect(found).toEqual(["OCI-EVT-001 oci_events_rule.rb old", "OCI-EVT-003 oci_objectstorage_bucket.a new"]);
  });

  test("OCI-NET-001 reads NSG destination port ranges and security-list min/max, and ignores egress", () => {
    const nsg = (port: number, direction = "INGRESS") => ({
      oci_core_network_security_group_security_rule: { r: { direction, protocol: "6", source: "0.0.0.0/0", destination: "0.0.0.0/0", tcp_options: [{ destination_port_range: [{ min: port, max: port }] }] } },
    });
    const [f] = evaluateChangesOf({ "n-dev": {} }, { "n-dev": nsg(5432) });
    expect(f).toMatchObject({ id: "OCI-NET-001", severity: "critical", message: "`r` now admits TCP port 5432 from 0.0.0.0/0" });
    expect(ids({ "n-dev": {} }, { "n-dev": nsg(443, "EGRESS") })).toEqual([]);
    const sl = (rules: Json[]) => ({ oci_core_security_list: { s: { display_name: "s", ingress_security_rules: rules } } });
    const https = { protocol: "6", source: "0.0.0.0/0", tcp_options: { min: 443, max: 443 } };
    expect(ids({ "n-dev": sl([https]) }, { "n-dev": sl([https, { protocol: "17", source: "::/0" }]) })).toEqual(["OCI-NET-001"]);
    expect(ids({ "n-dev": sl([{ protocol: "all", source: "0.0.0.0/0" }]) }, { "n-dev": sl([{ protocol: "all", source: "0.0.0.0/0" }, https]) })).toEqual([]);
  });
});

describe("image references", () => {
  test.each([
    ["fra.ocir.io/acme/pipeline/fn:1.2.3", { registry: "fra.ocir.io/acme", repository: "pipeline/fn", tag: "1.2.3" }],
    ["fra.ocir.io/acme/fn@sha256:abc", { registry: "fra.ocir.io/acme", repository: "fn", digest: "sha256:abc" }],
    ["someone/fn:latest", { registry: "docker.io/someone", repository: "fn", tag: "latest" }],
    ["localhost:5000/ns/fn", { registry: "localhost:5000/ns", repository: "fn" }],
  ])("%s", (image, expected) => expect(parseImage(image)).toMatchObject(expected));
});
