import { Json } from "../model";
import { snapshotFromStackJson } from "../load-synth";
import { RULES, evaluate } from "../findings";

/** Rule ids that fire for the given stacks (`{ stack: { type: { name: body } } }`). */
function fired(stacks: Record<string, Record<string, Record<string, Json>>>): string[] {
  return evaluate(Object.entries(stacks).map(([name, resource]) => snapshotFromStackJson(name, { resource }))).map((f) => f.id);
}
const one = (type: string, body: Json, stack = "app-dev") => fired({ [stack]: { [type]: { r: body } } });
const policy = (...statements: string[]) => one("oci_identity_policy", { name: "p", compartment_id: "c", statements });

test("every rule has an id, a severity, a title and a fix", () => {
  for (const r of RULES) expect(r.id).toMatch(/^OCI-[A-Z]+-\d{3}$/);
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
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
