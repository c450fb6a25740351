/**
 * Writes two synthetic cdktf outputs for the plan-review benchmark: the
 * pipeline's resource mix (topics, subscriptions, functions, events rules,
 * policies, dynamic groups, buckets, API deployments, keys, secrets, streams)
 * spread over several stacks, and a head that differs by a few hundred
 * updates, IAM edits, replacements, deletions and additions.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type Body = Record<string, unknown>;
type Stack = Map<string, Body>; // "type.name" → body

const CMP = "ocid1.compartment.oc1..aaaaaaaabenchcompartment";

/** One pipeline "unit" of 20 resources: what a stack with events, functions, API and IAM looks like. */
function unit(stack: string, i: number): Array<[string, Body]> {
  const n = (s: string) => `${s}_${i}`;
  const topic = n("topic");
  const app = n("app");
  const bucket = n("bucket");
  const out: Array<[string, Body]> = [
    [`oci_ons_notification_topic.${topic}`, { compartment_id: CMP, name: `${stack}-${topic}`, description: "events" }],
    [`oci_ons_subscription.${n("mail")}`, { compartment_id: CMP, topic_id: `\${oci_ons_notification_topic.${topic}.topic_id}`, protocol: "EMAIL", endpoint: `ops${i}@example.com` }],
    [`oci_ons_subscription.${n("hook")}`, { compartment_id: CMP, topic_id: `\${oci_ons_notification_topic.${topic}.topic_id}`, protocol: "CUSTOM_HTTPS", endpoint: `https://hooks.example.com/${stack}/${i}` }],
    [`oci_functions_application.${app}`, { compartment_id: CMP, display_name: `${stack}-${app}`, subnet_ids: ["ocid1.subnet.oc1.iad.aaaabench"], config: { LOG_LEVEL: "info", REGION: "us-ashburn-1" } }],
    [`oci_objectstorage_bucket.${bucket}`, { compartment_id: CMP, name: `${stack}-${bucket}`, namespace: "bench", access_type: "NoPublicAccess", object_events_enabled: true, versioning: "Enabled" }],
    [`oci_streaming_stream.${n("stream")}`, { compartment_id: CMP, name: `${stack}-${n("stream")}`, partitions: 1, retention_in_hours: 24 }],
    [`oci_kms_key.${n("key")}`, { compartment_id: CMP, display_name: n("key"), management_endpoint: "https://bench-management.kms.example.com", key_shape: [{ algorithm: "AES", length: 32 }], protection_mode: "HSM" }],
    [`oci_vault_secret.${n("secret")}`, { compartment_id: CMP, vault_id: "ocid1.vault.oc1.iad.bench", key_id: `\${oci_kms_key.${n("key")}.id}`, secret_name: `${stack}-${n("secret")}`, enable_auto_generation: true }],
    [`oci_identity_dynamic_group.${n("dg")}`, { compartment_id: "ocid1.tenancy.oc1..bench", name: `${stack}-${n("dg")}`, description: "fns", matching_rule: `ALL {resource.type = 'fnfunc', resource.compartment.id = '${CMP}'}` }],
    [`oci_identity_policy.${n("policy")}`, {
      compartment_id: CMP,
      name: `${stack}-${n("policy")}`,
      description: "pipeline grants",
      statements: [
        `Allow dynamic-group ${stack}-${n("dg")} to use ons-topics in compartment ${stack}`,
        `Allow dynamic-group ${stack}-${n("dg")} to read secret-bundles in compartment ${stack} where target.secret.name = '${stack}-${n("secret")}'`,
        `Allow service cloudEvents to use functions-family in compartment ${stack}`,
        `Allow any-user to use functions-family in compartment ${stack} where ALL {request.principal.type = 'ApiGateway', request.resource.compartment.id = '${CMP}'}`,
      ],
    }],
    [`oci_apigateway_deployment.${n("api")}`, {
      compartment_id: CMP,
      gateway_id: "ocid1.apigateway.oc1.iad.bench",
      path_prefix: `/${n("v1")}`,
      specification: [{
        request_policies: [{ authentication: [{ type: "CUSTOM_AUTHENTICATION", function_id: `\${oci_functions_function.${n("fn0")}.id}`, token_header: "Authorization" }] }],
        routes: [0, 1, 2].map((r) => ({ path: `/r${r}`, methods: ["GET"], backend: [{ type: "ORACLE_FUNCTIONS_BACKEND", function_id: `\${oci_functions_function.${n(`fn${r}`)}.id}` }] })),
      }],
    }],
  ];
  for (let f = 0; f < 5; f++) {
    out.push([`oci_functions_function.${n(`fn${f}`)}`, {
      application_id: `\${oci_functions_application.${app}.id}`,
      display_name: `${n("fn")}${f}`,
      memory_in_mbs: "256",
      image: `iad.ocir.io/bench/fn${f}:1.0.0`,
      config: { TOPIC_ID: `\${oci_ons_notification_topic.${topic}.topic_id}`, LOG_LEVEL: "info" },
    }]);
  }
  for (let r = 0; r < 4; r++) {
    out.push([`oci_events_rule.${n(`rule${r}`)}`, {
      compartment_id: CMP,
      display_name: `${n("rule")}${r}`,
      is_enabled: true,
      condition: JSON.stringify({ eventType: ["com.oraclecloud.objectstorage.createobject"], data: { additionalDetails: { bucketName: [`${stack}-${bucket}`] } } }),
      actions: [{ actions: [{ action_type: "FAAS", is_enabled: true, function_id: `\${oci_functions_function.${n(`fn${r}`)}.id}` }] }],
    }]);
  }
  return out;
}

/** Head edits, applied to every `stride`-th unit so changes spread over all stacks. */
function edit(stack: Stack, stackName: string, i: number, kind: number): void {
  const get = (address: string) => stack.get(address)!;
  if (kind === 0) get(`oci_ons_notification_topic.topic_${i}`).description = "events and alerts";
  if (kind === 1) {
    const policy = get(`oci_identity_policy.policy_${i}`);
    const statements = [...(policy.statements as string[])];
    statements[0] = statements[0].replace(" use ", " manage ");
    statements[1] = statements[1].replace(/ where .*$/, "");
    statements.push(`Allow group ${stackName}-ops to read all-resources in tenancy`);
    policy.statements = statements;
  }
  if (kind === 2) get(`oci_ons_notification_topic.topic_${i}`).name = `${stackName}-topic_${i}-renamed`;
  if (kind === 3) stack.delete(`oci_events_rule.rule3_${i}`);
  if (kind === 4) {
    get(`oci_functions_function.fn0_${i}`).memory_in_mbs = "512";
    get(`oci_objectstorage_bucket.bucket_${i}`).access_type = "ObjectRead";
  }
  if (kind === 5) stack.set(`oci_ons_notification_topic.extra_${i}`, { compartment_id: CMP, name: `${stackName}-extra-${i}`, description: "new" });
}

function writeOutput(dir: string, stacks: Map<string, Stack>): void {
  rmSync(dir, { recursive: true, force: true });
  const manifest: { stacks: Record<string, Body>; version: string } = { stacks: {}, version: "0.21.0" };
  for (const [name, resources] of stacks) {
    const resource: Record<string, Record<string, Body>> = {};
    for (const [address, body] of resources) {
      const [type, rname] = address.split(".");
      (resource[type] ??= {})[rname] = { "//": { metadata: { path: `${name}/${rname}`, uniqueId: rname } }, ...body };
    }
    const doc = { "//": { metadata: { backend: "local", stackName: name, version: "0.21.0" } }, provider: { oci: [{ region: "us-ashburn-1" }] }, resource };
    mkdirSync(join(dir, "stacks", name), { recursive: true });
    writeFileSync(join(dir, "stacks", name, "cdk.tf.json"), JSON.stringify(doc, null, 2));
    manifest.stacks[name] = { name, synthesizedStackPath: `stacks/${name}/cdk.tf.json`, workingDirectory: `stacks/${name}` };
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
}

export interface Generated {
  readonly base: string;
  readonly head: string;
  readonly baseResources: number;
  readonly headResources: number;
}

/** 10 stacks × 25 units × 20 resources = 5,000 resources; every `stride`-th unit of the head is edited. */
export function generate(root: string, stride = 2): Generated {
  const names = ["ingest", "alerts", "api", "audit", "etl"].flatMap((p) => [`${p}-dev`, `${p}-prod`]);
  const base = new Map<string, Stack>();
  const head = new Map<string, Stack>();
  names.forEach((name, s) => {
    const b: Stack = new Map();
    for (let i = 0; i < 25; i++) for (const [a, body] of unit(name, i)) b.set(a, body);
    base.set(name, b);
    const h: Stack = new Map([...b].map(([a, body]) => [a, structuredClone(body)]));
    // Rotating the edit kind by stack spreads every kind of change over every stack.
    for (let i = 0; i < 25; i += stride) edit(h, name, i, (i / stride + s) % 6);
    head.set(name, h);
  });
  const count = (m: Map<string, Stack>) => [...m.values()].reduce((n, s) => n + s.size, 0);
  const g = { base: join(root, "base"), head: join(root, "head"), baseResources: count(base), headResources: count(head) };
  writeOutput(g.base, base);
  writeOutput(g.head, head);
  return g;
}
