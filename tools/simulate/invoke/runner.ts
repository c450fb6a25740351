/**
 * `--invoke`: runs the project's own function bundles (functions/build.ts)
 * through the real Fn FDK, the way the function tests do
 * (functions/shared/test-support), with the payload each hop delivers. The
 * function's configuration is the synthesized one, with:
 * - each Vault secret OCID replaced by a simulated OCID that a loopback
 *   Secrets API answers (value from the recorded-responses file, else a
 *   generated one), read with the real SDK and resource-principal signing;
 * - each upstream URL with a literal host pointed at a loopback server that
 *   records the request and answers from the recorded responses;
 * - references to the app's own resources (a gateway's hostname, ...) given
 *   simulated values.
 * What the function sent upstream is reported with the real URLs, credentials
 * masked and every secret value replaced by `***`.
 */
import { FUNCTION_NAMES, type FunctionName } from "../../../functions/build";
import { functionEnv } from "../../../functions/shared/test-support/env";
import { type FnProcess, startFunction } from "../../../functions/shared/test-support/fn-process";
import { type MockServer, startMock } from "../../../functions/shared/test-support/mock-server";
import { type SecretsMock, startSecretsMock } from "../../../functions/shared/test-support/secrets-mock";
import { AppSource, isObject, Json, SynthApp, SynthResource, loadSynthApp } from "../model";
import { Resolved, referencedResource, renderTemplate } from "../refs";
import { simulatedAttribute, simulatedOcid } from "../routing";
import { Delivery, FunctionHop, Hop, InvocationResult, Simulation, UpstreamCall } from "../types";
import { SimulatedSecrets } from "../secrets";
import { EMPTY_RESPONSES, RecordedResponses, ResponseBook } from "./responses";
import type { InvokeOptions } from "./load";


/** The project function an image runs: `<registry>/<name>:<tag>` with <name> one of functions/build.ts's FUNCTION_NAMES. */
export function bundleOf(image: string | undefined): FunctionName | undefined {
  const name = image?.split(":")[0].split("/").pop();
  return (FUNCTION_NAMES as readonly string[]).includes(name ?? "") ? (name as FunctionName) : undefined;
}

/** Everything one invocation needs: the secrets it may read and the upstream mocks it talks to. */
class Sandbox {
  /** Simulated secret OCID -> secret name and value. */
  readonly secrets = new Map<string, { readonly name: string; readonly value: string }>();
  readonly upstreams = new Map<string, MockServer>();
  readonly calls: Array<{ origin: string; method: string; path: string; headers: Record<string, string | string[] | undefined>; body: string; status: number; label: string }> = [];
  readonly notes: string[] = [];

  constructor(
    private readonly app: SynthApp,
    private readonly recorded: RecordedResponses,
    private readonly book: ResponseBook,
    private readonly run: SimulatedSecrets,
  ) {}

  /** The simulated OCID of a secret resource, registering its value. */
  secretOcid(secret: SynthResource): string {
    const ocid = simulatedOcid(secret);
    if (!this.secrets.has(ocid)) this.secrets.set(ocid, { name: SimulatedSecrets.nameOf(secret), value: this.run.valueOf(secret) });
    return ocid;
  }

  /** A loopback server standing in for `origin` (started once per origin). */
  async upstream(origin: string): Promise<string> {
    let mock = this.upstreams.get(origin);
    if (!mock) {
      mock = await startMock((req, res) => {
        const answer = this.book.answer(req.method, `${origin}${req.path}`);
        const status = answer?.response.status ?? 501;
        const body = answer ? answer.response.body : { error: `no recorded response for ${req.method} ${origin}${req.path}` };
        this.run.scrubber.addTokensFrom(body);
        this.calls.push({ origin, method: req.method, path: req.path, headers: req.headers, body: req.body, status, label: answer?.label ?? "no recorded response (501)" });
        const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
        res.writeHead(status, { "Content-Type": "application/json", ...(answer?.response.headers ?? {}) });
        res.end(text);
      });
      this.upstreams.set(origin, mock);
    }
    return mock.url;
  }

  /** One configuration value with references resolved and literal upstream URLs pointed at loopback. */
  async configValue(fn: SynthResource, key: string, raw: Json): Promise<string> {
    if (typeof raw !== "string") return JSON.stringify(raw);
    const resolved = renderTemplate(this.app, fn.stack, raw, (r: Resolved) => this.render(r, key));
    const literalHost = /^https:\/\/([^/$?#]+)/.exec(raw);
    if (!literalHost) return resolved;
    const origin = `https://${literalHost[1]}`;
    return `${await this.upstream(origin)}${resolved.slice(origin.length)}`;
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

  async close(): Promise<void> {
    for (const m of this.upstreams.values()) await m.close();
  }
}

/** The function's configuration: its application's config, overridden by its own. */
function rawConfig(app: SynthApp, fn: SynthResource): Record<string, Json> {
  const application = referencedResource(app, fn.stack, fn.body.application_id);
  const appConfig = application && isObject(application.body.config) ? application.body.config : {};
  return { ...appConfig, ...(isObject(fn.body.config) ? fn.body.config : {}) };
}

function originalUrl(call: Sandbox["calls"][number]): string {
  return `${call.origin}${call.path}`;
}

async function invokeHop(app: SynthApp, hop: FunctionHop, options: Required<InvokeOptions>, book: ResponseBook): Promise<InvocationResult> {
  const bundle = bundleOf(hop.image);
  if (!bundle) return { skipped: `image ${hop.image ?? "(none)"} is not one of this project's function bundles (${FUNCTION_NAMES.join(", ")})` };
  const fn = app.stacks.get(hop.resource.stack)?.resources.get(hop.resource.address);
  if (!fn) return { bundle, skipped: `${hop.resource.address} not found in ${hop.resource.stack}` };
  const scrub = options.secrets.scrubber;
  const sandbox = new Sandbox(app, options.responses, book, options.secrets);
  let secrets: SecretsMock | undefined;
  let proc: FnProcess | undefined;
  try {
    const config: Record<string, string> = {};
    for (const [key, raw] of Object.entries(rawConfig(app, fn))) config[key] = await sandbox.configValue(fn, key, raw);
    secrets = await startSecretsMock(Object.fromEntries([...sandbox.secrets].map(([ocid, s]) => [ocid, s.value])));
    proc = await startFunction(bundle, functionEnv(secrets.url, config));
    const res = await proc.invoke(hop.payload.body, { headers: { ...hop.payload.headers }, gateway: hop.payload.gateway ? { ...hop.payload.gateway, headers: { ...hop.payload.gateway.headers } } : undefined });
    const upstream: UpstreamCall[] = sandbox.calls.map((c) => ({
      method: c.method,
      url: scrub.scrub(originalUrl(c)),
      headers: scrub.headers(Object.fromEntries(Object.entries(c.headers).filter(([k]) => !["host", "connection", "content-length", "accept-encoding", "sec-fetch-mode", "accept-language", "user-agent"].includes(k)))),
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
    await sandbox.close();
  }
}

function functionHops(hops: readonly Hop[]): FunctionHop[] {
  return hops.flatMap((h) => (h.kind === "function" ? [h] : h.kind === "subscription" ? functionHops(h.then) : []));
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
async function invokeHttp(app: SynthApp, d: Delivery, options: Required<InvokeOptions>, book: ResponseBook): Promise<void> {
  if (d.authorizer) {
    d.authorizer.invocation = await invokeHop(app, d.authorizer, options, book);
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
    h.invocation = await invokeHop(app, h, options, book);
    if (h.invocation.skipped === undefined) {
      const status = h.invocation.status === 200 ? h.invocation.gatewayStatus ?? 200 : 502;
      d.response = { status, body: h.invocation.response, reason: h.invocation.status === 200 ? "backend function response" : "the backend function failed" };
    }
  }
}

/**
 * Runs every function a simulation reaches, filling each function hop's
 * `invocation` (and an HTTP delivery's `response`). Returns the same
 * simulation object.
 */
export async function invokeSimulation(source: AppSource, sim: Simulation, options: InvokeOptions = {}): Promise<Simulation> {
  const app = loadSynthApp(source);
  const responses = options.responses ?? EMPTY_RESPONSES;
  const full: Required<InvokeOptions> = { responses, defaultResponses: options.defaultResponses ?? true, secrets: options.secrets ?? new SimulatedSecrets(responses.secrets) };
  const book = new ResponseBook(full.responses, full.defaultResponses);
  for (const d of sim.deliveries) {
    if (d.action === "HTTP") await invokeHttp(app, d, full, book);
    else for (const h of functionHops(d.then)) h.invocation = await invokeHop(app, h, full, book);
  }
  return sim;
}
