/**
 * Security properties of everything the app deploys, asserted on the
 * synthesized JSON of every stack of every environment.
 */
import { allResources, many, one, synthesizeApp, SynthesizedApp } from "./synth-app";
import { evaluate } from "../../tools/review/findings";
import { loadSynthDir } from "../../tools/review/load-synth";

let synth: SynthesizedApp;
beforeAll(() => {
  synth = synthesizeApp();
});
afterAll(() => synth.cleanup());

const ofType = (type: string) => Object.entries(synth.stacks).flatMap(([stack, doc]) => allResources(doc).filter(([, t]) => t === type).map(([address, , body]) => ({ stack, address, body })));
const statements = () => ofType("oci_identity_policy").flatMap(({ stack, body }) => (body.statements as string[]).map((s) => ({ stack, s })));
const OCID_OR_REF = /^(ocid1\.[a-z0-9]+\.[a-z0-9-]+\.[a-z0-9-]*\.[a-z0-9._-]+|\$\{[^}]+\})$/;

describe("security properties of the synthesized app", () => {
  test("there are policies to check", () => {
    expect(statements().length).toBeGreaterThan(20);
  });

  test("no all-resources grant anywhere", () => {
    expect(statements().filter(({ s }) => /\ball-resources\b/.test(s))).toEqual([]);
  });

  test("no statement is tenancy-wide, and no service principal is granted in tenancy", () => {
    expect(statements().filter(({ s }) => / in tenancy\b/.test(s))).toEqual([]);
    expect(statements().filter(({ s }) => /^Allow service /.test(s) && !/ in compartment id ocid1\.compartment\./.test(s))).toEqual([]);
  });

  test("any-user is always narrowed by request.principal.type", () => {
    const anyUser = statements().filter(({ s }) => s.startsWith("Allow any-user "));
    expect(anyUser.length).toBeGreaterThan(0);
    expect(anyUser.filter(({ s }) => !/ where ALL \{request\.principal\.type = '(ApiGateway|onssubscription)', /.test(s))).toEqual([]);
  });

  test("secret reads are conditioned on one secret's OCID", () => {
    const reads = statements().filter(({ s }) => s.includes("secret-bundles"));
    expect(reads.length).toBeGreaterThanOrEqual(8);
    expect(reads.filter(({ s }) => !/ where target\.secret\.id = '\$\{oci_vault_secret\.[^}]+\.id\}'$/.test(s))).toEqual([]);
  });

  test("every API deployment requires authentication and no route is anonymous", () => {
    const deployments = ofType("oci_apigateway_deployment");
    expect(deployments.length).toBe(2);
    for (const { body } of deployments) {
      const spec = one<any>(body.specification)!;
      const auth = one<any>(one<any>(spec.request_policies)?.authentication);
      expect(auth).toMatchObject({ type: "CUSTOM_AUTHENTICATION", is_anonymous_access_allowed: false });
      const routes = many<any>(spec.routes);
      expect(routes.length).toBeGreaterThan(0);
      for (const route of routes) {
        const type = one<any>(one<any>(route.request_policies)?.authorization)?.type ?? "AUTHENTICATION_ONLY";
        expect({ path: route.path, type }).toEqual({ path: route.path, type: "AUTHENTICATION_ONLY" });
      }
    }
  });

  test("only https endpoints: subscriptions, HTTP backends, function integration URLs", () => {
    const urls: Array<{ where: string; url: string }> = [];
    for (const { address, body } of ofType("oci_ons_subscription")) {
      if (["CUSTOM_HTTPS", "HTTPS", "SLACK", "PAGERDUTY"].includes(body.protocol)) urls.push({ where: address, url: body.endpoint });
    }
    for (const { address, body } of ofType("oci_functions_function")) {
      for (const [key, value] of Object.entries<string>(body.config ?? {})) if (/_URL$/.test(key)) urls.push({ where: `${address}.config.${key}`, url: value });
    }
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter(({ url }) => !(url.startsWith("https://") || /^\$\{[^}]+\}(\/.*)?$/.test(url)))).toEqual([]);
  });

  test("secret-bearing subscription endpoints come from sensitive variables", () => {
    const secretBearing = ofType("oci_ons_subscription").filter(({ body }) => ["SLACK", "PAGERDUTY"].includes(body.protocol));
    // dev: Slack on resource-alerts; prod: PagerDuty on resource-alerts and on the home-region IAM topic.
    expect(secretBearing.length).toBe(3);
    for (const { stack, body } of secretBearing) {
      const name = /^\$\{var\.([a-z_]+)\}$/.exec(body.endpoint)?.[1];
      expect(name && synth.stacks[stack].variable[name]).toMatchObject({ sensitive: true, type: "string" });
      expect(synth.stacks[stack].variable[name!].default).toBeUndefined();
    }
  });

  test("function config holds OCIDs and settings, never secret values", () => {
    const functions = ofType("oci_functions_function");
    expect(functions.length).toBe(2 * 7);
    for (const { address, body } of functions) {
      for (const [key, value] of Object.entries<string>(body.config ?? {})) {
        if (/SECRET|TOKEN_SECRET|CREDENTIALS/.test(key) && !key.endsWith("_URL")) expect({ address, key, ok: key.endsWith("_SECRET_OCID") && OCID_OR_REF.test(value) }).toEqual({ address, key, ok: true });
        expect({ address, key, refersToVariable: /\$\{var\./.test(value) }).toEqual({ address, key, refersToVariable: false });
      }
    }
  });

  test("vault, keys and secrets are protected from destroy; prod keys are HSM-protected", () => {
    for (const type of ["oci_kms_vault", "oci_kms_key", "oci_vault_secret"]) {
      for (const { address, body } of ofType(type)) expect({ address, lifecycle: body.lifecycle }).toEqual({ address, lifecycle: { prevent_destroy: true } });
    }
    expect(ofType("oci_kms_key").filter(({ stack }) => stack.endsWith("-prod")).map(({ body }) => body.protection_mode)).toEqual(["HSM"]);
  });

  test("buckets are private and emit object events", () => {
    for (const { body } of ofType("oci_objectstorage_bucket")) expect(body).toMatchObject({ access_type: "NoPublicAccess", object_events_enabled: true });
  });

  test("identity resources are written through the home-region provider", () => {
    for (const type of ["oci_identity_policy", "oci_identity_dynamic_group"]) {
      for (const { address, body } of ofType(type)) expect({ address, provider: body.provider }).toEqual({ address, provider: "oci.home" });
    }
  });
});

describe("the plan-review rule set over the app", () => {
  test("reports no finding at all for any stack of any environment", () => {
    const snapshots = loadSynthDir(synth.outdir);
    expect(snapshots.length).toBe(Object.keys(synth.stacks).length);
    expect(evaluate(snapshots).map((f) => `${f.id} ${f.stack} ${f.address} ${f.path ?? ""}`)).toEqual([]);
  });
});
