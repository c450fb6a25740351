/**
 * `--invoke`: runs the project's own function bundles (functions/build.ts)
 * through the real Fn FDK, the way the function tests do
 * (functions/shared/test-support), with the payload each hop delivers. The
 * function's configuration is the synthesized one, with:
 * - each Vault secret OCID replaced by a simulated OCID that a loopback
 *   Secrets API answers (value from the recorded-responses file, else a
 *   generated one), read with the real SDK and resource-principal signing;
 * - each upstream URL with a literal host pointed at a loopback server that
 *   records the request and answers it (see `Upstreams`);
 * - references to the app's own resources (a gateway's hostname, ...) given
 *   simulated values.
 * What the function sent upstream is reported with the real URLs, credentials
 * masked and every secret value replaced by `***`.
 *
 * Also `signHttpRequest`: a request to an API Gateway signed the way an SMS
 * provider (Twilio) signs its webhooks, with the run's secret values.
 */
import type { ServerResponse } from "node:http";
import { FUNCTION_NAMES, type FunctionName } from "../../../functions/build";
import { sha256Hex, webhookSignature } from "../../../functions/shared/crypto";
import { basicAuth } from "../../../functions/shared/http";
import { parseCredentials } from "../../../functions/shared/secrets";
import { B2C_PATH, type B2cService, createB2cService } from "../../../functions/shared/test-support/b2c-mock";
import { functionEnv } from "../../../functions/shared/test-support/env";
import { type FnProcess, startFunction } from "../../../functions/shared/test-support/fn-process";
import { type MockServer, type Recorded, startMock } from "../../../functions/shared/test-support/mock-server";
import { type SecretsMock, startSecretsMock } from "../../../functions/shared/test-support/secrets-mock";
import { selectedStacks } from "../context";
import { type HttpRequestInput, gatewayUrl } from "../gateway";
import { Scrubber } from "../mask";
import { AppSource, isObject, Json, SynthApp, SynthResource, loadSynthApp } from "../model";
import { Resolved, referencedResource, renderTemplate } from "../refs";
import { flattenHops, simulatedAttribute, simulatedOcid } from "../routing";
import { Delivery, FunctionHop, Hop, InvocationResult, Simulation, SimulationInputError, UpstreamCall } from "../types";
import { SimulatedSecrets } from "../secrets";
import { EMPTY_RESPONSES, RecordedResponse, RecordedResponses, ResponseBook } from "./responses";
import type { InvokeOptions, SignOptions } from "./load";

/** The project function an image runs: `<registry>/<name>:<tag>` with <name> one of functions/build.ts's FUNCTION_NAMES. */
export function bundleOf(image: string | undefined): FunctionName | undefined {
  const name = image?.split(":")[0].split("/").pop();
  return (FUNCTION_NAMES as readonly string[]).includes(name ?? "") ? (name as FunctionName) : undefined;
}

/** One request an upstream stand-in received, and what answered it. */
interface UpstreamRequest extends Recorded {
  readonly origin: string;
  readonly status: number;
  readonly label: string;
}

/** A simulated B2C Service site: its state, and the integration users (Authorization headers) it accepts. */
interface B2cSite {
  readonly service: B2cService;
  readonly users: Set<string>;
}

/** `UpstreamCall.answeredBy` of the site's answers (the others: `responses file: ...`, `built-in: ...`, `catch-all (...)`). */
const B2C_SITE_LABEL = "simulated B2C Service (in-memory, state of this run)";

/**
 * The upstreams of one run: a loopback server per origin (`https://host`), shared by every
 * invocation of the run, so what one call writes the next one reads. Each request is answered by,
 * in this order:
 * 1. the recorded-responses file (its entries in order; `once` entries answer one request);
 * 2. a simulated B2C Service site, for an origin a function's `B2C_BASE_URL` names: the
 *    stateful Connect REST mock the function tests use (functions/shared/test-support/b2c-mock.ts),
 *    so a create is found by the re-query that follows it;
 * 3. the built-in static answers (default-responses.ts), ending with the flagged catch-all.
 * Without `defaultResponses`, only 1 answers, and anything else gets 501.
 */
class Upstreams {
  private readonly servers = new Map<string, MockServer>();
  private readonly sites = new Map<string, B2cSite>();
  private readonly file: ResponseBook;
  private readonly defaults: ResponseBook;
  readonly requests: UpstreamRequest[] = [];

  constructor(
    recorded: RecordedResponses,
    private readonly withDefaults: boolean,
    private readonly scrubber: Scrubber,
  ) {
    this.file = new ResponseBook(recorded, false);
    this.defaults = new ResponseBook(EMPTY_RESPONSES, withDefaults);
  }

  /** The loopback URL standing in for `origin` (started once per run). */
  async url(origin: string): Promise<string> {
    let server = this.servers.get(origin);
    if (!server) {
      server = await startMock((req, res) => this.answer(origin, req, res));
      this.servers.set(origin, server);
    }
    return server.url;
  }

  /**
   * Serves `origin` as a B2C Service site (unless the built-in upstreams are off) that accepts
   * `authorization`, the Basic header of a function's integration user. Several functions of a
   * run share the site, each with the credentials of its own secret.
   */
  b2cSite(origin: string, authorization: string | undefined): void {
    if (!this.withDefaults) return;
    let site = this.sites.get(origin);
    if (!site) {
      const users = new Set<string>();
      // Its links (paging) name the loopback server, where the function's B2C_BASE_URL points.
      site = { users, service: createB2cService((h) => h !== undefined && users.has(h), () => this.servers.get(origin)?.url ?? origin) };
      this.sites.set(origin, site);
    }
    if (authorization) site.users.add(authorization);
  }

  private async answer(origin: string, req: Recorded, res: ServerResponse): Promise<void> {
    const url = `${origin}${req.path}`;
    const recorded = this.file.answer(req.method, url);
    if (recorded) return this.reply(origin, req, res, recorded.response, `responses file: ${recorded.label}`);
    const site = this.sites.get(origin);
    if (site) {
      try {
        await site.service.serve(req, res);
      } finally {
        // A request the site cannot read (malformed JSON) throws; the server answers it 500.
        this.requests.push({ ...req, origin, status: res.headersSent ? res.statusCode : 500, label: B2C_SITE_LABEL });
      }
      return;
    }
    const fallback = this.defaults.answer(req.method, url);
    this.reply(origin, req, res, fallback?.response, fallback && (fallback.response.catchAll ? fallback.label : `built-in: ${fallback.label}`));
  }

  private reply(origin: string, req: Recorded, res: ServerResponse, response: RecordedResponse | undefined, label: string | undefined): void {
    const status = response?.status ?? 501;
    const body = response ? response.body : { error: `no recorded response for ${req.method} ${origin}${req.path}` };
    this.scrubber.addTokensFrom(body);
    this.requests.push({ ...req, origin, status, label: label ?? "no recorded response (501)" });
    const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
    res.writeHead(status, { "Content-Type": "application/json", ...(response?.headers ?? {}) });
    res.end(text);
  }

  async close(): Promise<void> {
    for (const s of this.servers.values()) await s.close();
  }
}

/** Everything one invocation needs: the secrets it may read, and where its upstream URLs point. */
class Sandbox {
  /** Simulated secret OCID -> secret name and value. */
  readonly secrets = new Map<string, { readonly name: string; readonly value: string }>();
  /** Configuration key -> the real origin of its URL, for keys pointed at a loopback server. */
  readonly origins = new Map<string, string>();
  readonly notes: string[] = [];

  constructor(
    private readonly app: SynthApp,
    private readonly recorded: RecordedResponses,
    private readonly upstreams: Upstreams,
    private readonly run: SimulatedSecrets,
  ) {}

  /** The simulated OCID of a secret resource, registering its value. */
  secretOcid(secret: SynthResource): string {
    const ocid = simulatedOcid(secret);
    if (!this.secrets.has(ocid)) this.secrets.set(ocid, { name: SimulatedSecrets.nameOf(secret), value: this.run.valueOf(secret) });
    return ocid;
  }

  /** One configuration value with references resolved and literal upstream URLs pointed at loopback. */
  async configValue(fn: SynthResource, key: string, raw: Json): Promise<string> {
    if (typeof raw !== "string") return JSON.stringify(raw);
    const resolved = renderTemplate(this.app, fn.stack, raw, (r: Resolved) => this.render(r, key));
    const literalHost = /^https:\/\/([^/$?#]+)/.exec(raw);
    if (!literalHost) return resolved;
    const origin = `https://${literalHost[1]}`;
    this.origins.set(key, origin);
    return `${await this.upstreams.url(origin)}${resolved.slice(origin.length)}`;
  }

  /**
   * A function configured with `B2C_BASE_URL` talks to a B2C Service site: that origin is served
   * by the run's simulated site, which accepts the integration user of the function's
   * `B2C_CREDENTIALS_SECRET_OCID` secret (read as the functions read it).
   */
  registerB2cSite(config: Readonly<Record<string, string>>): void {
    const origin = this.origins.get("B2C_BASE_URL");
    if (!origin) return;
    if (!new URL(config.B2C_BASE_URL).pathname.startsWith(B2C_PATH)) {
      this.notes.push(`B2C_BASE_URL: the simulated B2C Service serves Connect REST at ${B2C_PATH} only; other paths get the recorded or static answers`);
      return;
    }
    const secret = this.secrets.get(config.B2C_CREDENTIALS_SECRET_OCID ?? "");
    let authorization: string | undefined;
    try {
      if (secret) {
        const { username, password } = parseCredentials(secret.value, secret.name);
        authorization = basicAuth(username, password);
      }
    } catch {
      // Not credentials: the function fails on it the same way, with its own message.
    }
    this.upstreams.b2cSite(origin, authorization);
  }

  private render(r: Resolved, key: string): string {
    switch (r.kind) {
      case "resource":
        if (r.resource.type === "oci_vault_secret" && r.attribute === "id") return this.secretOcid(r.resource);
        return simulatedAttribute(this.app, r.resource, r.attribute, this.recorded.attributes);
      case "variable":
        if (r.sensitive || r.default === undefined) {
          this.notes.push(`${key}: var.${r.name} has no value at simulation time`);
          return `simulated-var-${r.name}`;
        }
        return String(r.default);
      case "literal":
        return r.value;
      default:
        this.notes.push(`${key}: \${${r.expression}} could not be resolved`);
        return `simulated-unresolved`;
    }
  }
}

/** The function's configuration: its application's config, overridden by its own. */
function rawConfig(app: SynthApp, fn: SynthResource): Record<string, Json> {
  const application = referencedResource(app, fn.stack, fn.body.application_id);
  const appConfig = application && isObject(application.body.config) ? application.body.config : {};
  return { ...appConfig, ...(isObject(fn.body.config) ? fn.body.config : {}) };
}

/** Request headers not worth reporting (transport details the HTTP client adds). */
const TRANSPORT_HEADERS = new Set(["host", "connection", "content-length", "accept-encoding", "sec-fetch-mode", "accept-language", "user-agent"]);

async function invokeHop(app: SynthApp, hop: FunctionHop, options: Required<InvokeOptions>, upstreams: Upstreams): Promise<InvocationResult> {
  const bundle = bundleOf(hop.image);
  if (!bundle) return { skipped: `image ${hop.image ?? "(none)"} is not one of this project's function bundles (${FUNCTION_NAMES.join(", ")})` };
  const fn = app.stacks.get(hop.resource.stack)?.resources.get(hop.resource.address);
  if (!fn) return { bundle, skipped: `${hop.resource.address} not found in ${hop.resource.stack}` };
  const scrub = options.secrets.scrubber;
  const sandbox = new Sandbox(app, options.responses, upstreams, options.secrets);
  const firstRequest = upstreams.requests.length;
  let secrets: SecretsMock | undefined;
  let proc: FnProcess | undefined;
  try {
    const config: Record<string, string> = {};
    for (const [key, raw] of Object.entries(rawConfig(app, fn))) config[key] = await sandbox.configValue(fn, key, raw);
    sandbox.registerB2cSite(config);
    secrets = await startSecretsMock(Object.fromEntries([...sandbox.secrets].map(([ocid, s]) => [ocid, s.value])));
    proc = await startFunction(bundle, functionEnv(secrets.url, config));
    const res = await proc.invoke(hop.payload.body, { headers: { ...hop.payload.headers }, gateway: hop.payload.gateway ? { ...hop.payload.gateway, headers: { ...hop.payload.gateway.headers } } : undefined });
    const upstream: UpstreamCall[] = upstreams.requests.slice(firstRequest).map((c) => ({
      method: c.method,
      url: scrub.scrub(`${c.origin}${c.path}`),
      headers: scrub.headers(Object.fromEntries(Object.entries(c.headers).filter(([k]) => !TRANSPORT_HEADERS.has(k)))),
      body: scrub.scrub(c.body),
      status: c.status,
      answeredBy: c.label,
    }));
    const read = secrets.requests.map((r) => decodeURIComponent(/secretbundles\/([^/?]+)/.exec(r.path)?.[1] ?? "")).map((ocid) => sandbox.secrets.get(ocid)?.name ?? ocid);
    const failed = res.status !== 200 || res.gatewayStatus >= 400;
    const logs = failed ? `${proc.stdout()}${proc.stderr()}`.split("\n").filter(Boolean).slice(-20).map((l) => scrub.scrub(l)) : undefined;
    return {
      bundle,
      status: res.status,
      gatewayStatus: res.gatewayStatus,
      response: scrub.scrub(res.text),
      upstream,
      secretsRead: [...new Set(read)],
      logs: logs && sandbox.notes.length ? [...sandbox.notes, ...logs] : logs,
    };
  } finally {
    await proc?.stop();
    await secrets?.close();
  }
}

function functionHops(hops: readonly Hop[]): FunctionHop[] {
  return flattenHops(hops).filter((h): h is FunctionHop => h.kind === "function");
}

function parseJson(text: string | undefined): Record<string, unknown> | undefined {
  try {
    const v = text ? JSON.parse(text) : undefined;
    return v && typeof v === "object" && !Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** An HTTP delivery: authorizer first; the backend runs only when it allows and the route's scopes are granted. */
async function invokeHttp(app: SynthApp, d: Delivery, options: Required<InvokeOptions>, upstreams: Upstreams): Promise<void> {
  if (d.authorizer) {
    d.authorizer.invocation = await invokeHop(app, d.authorizer, options, upstreams);
    const decision = parseJson(d.authorizer.invocation.response);
    const onDeny = d.gatewayPolicy?.onDeny ?? { status: 401 };
    if (d.authorizer.invocation.skipped === undefined && decision?.active !== true) {
      d.response = { status: onDeny.status, body: onDeny.body, reason: `the authorizer denied the request (${d.authorizer.invocation.status === 200 ? "active: false" : `authorizer failed with ${d.authorizer.invocation.status}`})` };
      for (const h of functionHops(d.then)) h.invocation = { skipped: "not called: the authorizer denied the request" };
      return;
    }
    const required = d.gatewayPolicy?.requiredScopes;
    const granted = Array.isArray(decision?.scope) ? decision!.scope.map(String) : [];
    if (required?.length && !required.some((s) => granted.includes(s))) {
      d.response = { status: 403, reason: `the route requires one of the scopes ${required.join(", ")}; the authorizer granted ${granted.join(", ") || "none"}` };
      for (const h of functionHops(d.then)) h.invocation = { skipped: "not called: scope not granted" };
      return;
    }
  }
  if (d.response && d.then.length === 0) return;
  for (const h of functionHops(d.then)) {
    h.invocation = await invokeHop(app, h, options, upstreams);
    if (h.invocation.skipped === undefined) {
      const status = h.invocation.status === 200 ? h.invocation.gatewayStatus ?? 200 : 502;
      d.response = { status, body: h.invocation.response, reason: h.invocation.status === 200 ? "backend function response" : "the backend function failed" };
    }
  }
}

/**
 * Runs every function a simulation reaches, filling each function hop's
 * `invocation` (and an HTTP delivery's `response`). Returns the same
 * simulation object. The upstreams (and a simulated B2C Service's records)
 * live for this call: every invocation of the simulation sees what the earlier ones wrote.
 */
export async function invokeSimulation(source: AppSource, sim: Simulation, options: InvokeOptions = {}): Promise<Simulation> {
  const app = loadSynthApp(source);
  const responses = options.responses ?? EMPTY_RESPONSES;
  const full: Required<InvokeOptions> = { responses, defaultResponses: options.defaultResponses ?? true, secrets: options.secrets ?? new SimulatedSecrets(responses.secrets) };
  const upstreams = new Upstreams(full.responses, full.defaultResponses, full.secrets.scrubber);
  try {
    for (const d of sim.deliveries) {
      if (d.action === "HTTP") await invokeHttp(app, d, full, upstreams);
      else for (const h of functionHops(d.then)) h.invocation = await invokeHop(app, h, full, upstreams);
    }
  } finally {
    await upstreams.close();
  }
  return sim;
}

const BODY_SHA256 = /\{\{body-sha256\}\}/g;
const TWILIO_SIGNATURE = /\{\{twilio-signature:([A-Za-z0-9_.-]+)\}\}/g;

/**
 * An HTTP request as an SMS provider sends it to its webhook, signed with the run's secret
 * values, the way Twilio signs (https://www.twilio.com/docs/usage/webhooks/webhooks-security):
 * - `{{body-sha256}}` (in the path) becomes the hex SHA-256 of the body, the `bodySHA256`
 *   query parameter Twilio adds for JSON bodies;
 * - `{{twilio-signature:<secret_name>}}` (in a header) becomes base64 HMAC-SHA1, keyed with that
 *   secret's value, of the full URL the provider calls (`https://<gateway hostname><path>?<query>`)
 *   followed, for form posts (`application/x-www-form-urlencoded`), by every parameter name and
 *   value sorted by name; other bodies are covered through `bodySHA256` in the URL.
 * The signature is registered with the run's scrubber: it is never printed.
 */
export function signHttpRequest(source: AppSource, request: HttpRequestInput, options: SignOptions): HttpRequestInput {
  const app = loadSynthApp(source);
  const body = request.body ?? "";
  const path = request.path.replace(BODY_SHA256, () => sha256Hex(body));
  const headers = request.headers ?? {};
  const signed = { ...request, path };
  if (!Object.values(headers).some((v) => new RegExp(TWILIO_SIGNATURE.source).test(v))) return signed;
  const url = gatewayUrl(app, signed, options);
  if (url === undefined) throw new SimulationInputError(`{{twilio-signature:...}}: no API Gateway deployment of the selected stacks serves ${request.method} ${path}, so there is no URL to sign`);
  const stacks = selectedStacks(app, options.stacks);
  const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === "content-type")?.[1];
  const form = contentType?.split(";")[0].trim().toLowerCase() === "application/x-www-form-urlencoded" ? [...new URLSearchParams(body)] : [];
  const sign = (_m: string, name: string) => {
    const signature = webhookSignature(options.secrets.named(name, app, stacks, `{{twilio-signature:${name}}}`), url, form);
    options.secrets.scrubber.add(signature);
    return signature;
  };
  return { ...signed, headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace(TWILIO_SIGNATURE, sign)])) };
}
