/**
 * The synthesized app as the simulator reads it: every stack's `cdk.tf.json`
 * (the contract between cdktf and Terraform), with each resource's Terraform
 * address, construct path (cdktf's `//` metadata), region (from its provider
 * meta-argument) and body. Nothing here looks at construct classes, so the
 * simulator works on any cdktf app's output.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { listSynthesizedStacks } from "../validate";
import { snapshotFromStackJson } from "../review/load-synth";
import { SimulationInputError } from "./types";

import { isObject, Json, JsonObject } from "../review/model";

export { isObject };
export type { Json, JsonObject };

/** One resource of one stack. */
export interface SynthResource {
  readonly stack: string;
  /** `type.name`, e.g. `oci_events_rule.inbound_upload-rule_550670E8`. */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  /** The resource body without cdktf's `//` metadata. */
  readonly body: JsonObject;
  /** cdktf construct path, e.g. `object-upload-dev/inbound/upload-rule/rule`. */
  readonly constructPath?: string;
  /** Region of the provider configuration the resource uses; undefined when the stack sets none. */
  readonly region?: string;
}

/** One synthesized stack. */
export interface SynthStack {
  readonly name: string;
  readonly resources: ReadonlyMap<string, SynthResource>;
  /** Output name -> value expression (cross-stack references point at these). */
  readonly outputs: Readonly<Record<string, Json>>;
  /** Variable name -> whether it is sensitive, and its default. */
  readonly variables: Readonly<Record<string, { readonly sensitive: boolean; readonly default?: Json }>>;
  /** Region of the default `oci` provider, and of each alias (`oci.home` -> region). */
  readonly regions: { readonly default?: string; readonly aliases: Readonly<Record<string, string>> };
}

/** Every stack of a synthesized app. */
export interface SynthApp {
  readonly stacks: ReadonlyMap<string, SynthStack>;
  /** Where it was read from, for messages. */
  readonly source: string;
}

/** What the library accepts as an app: a synth output directory, a cdktf App, or an app already loaded. */
export type AppSource = string | App | SynthApp;

/** Reads a text file (`-`: stdin); an unreadable file is bad input naming `what`. */
export function readTextFile(file: string, what = "file"): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    throw new SimulationInputError(`cannot read ${what} ${file}: ${(e as Error).message}`);
  }
}

/** Reads and parses a JSON file; an unreadable or malformed file is bad input naming `what`. */
export function readJsonFile(file: string, what = "file"): Json {
  const text = readTextFile(file, what);
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    throw new SimulationInputError(`${what} ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function providerRegions(doc: JsonObject): SynthStack["regions"] {
  const configs = isObject(doc.provider) ? doc.provider.oci : undefined;
  const list = Array.isArray(configs) ? configs : configs === undefined ? [] : [configs];
  const aliases: Record<string, string> = {};
  let fallback: string | undefined;
  for (const c of list) {
    if (!isObject(c) || typeof c.region !== "string") continue;
    if (typeof c.alias === "string") aliases[`oci.${c.alias}`] = c.region;
    else fallback = c.region;
  }
  return { default: fallback, aliases };
}

/** Reads one stack document (`cdk.tf.json` content). */
export function stackFromJson(name: string, raw: Json): SynthStack {
  const doc = isObject(raw) ? raw : {};
  const regions = providerRegions(doc);
  const snapshot = snapshotFromStackJson(name, raw);
  const resources = new Map<string, SynthResource>();
  for (const [address, r] of snapshot.resources) {
    const provider = typeof r.body.provider === "string" ? r.body.provider.replace(/^\$\{(.*)\}$/, "$1") : undefined;
    const region = provider ? regions.aliases[provider] : regions.default;
    resources.set(address, { stack: name, ...r, region });
  }
  const variables: Record<string, { sensitive: boolean; default?: Json }> = {};
  if (isObject(doc.variable)) {
    for (const [k, v] of Object.entries(doc.variable)) if (isObject(v)) variables[k] = { sensitive: v.sensitive === true, default: v.default };
  }
  return { name, resources, outputs: snapshot.outputs, variables, regions };
}

/** Reads a cdktf synth output directory (its `manifest.json` and every `stacks/<name>/cdk.tf.json`). */
export function loadOutdir(outdir: string): SynthApp {
  if (!existsSync(outdir)) throw new SimulationInputError(`${outdir} does not exist: run \`npm run synth\` (or cdktf synth) first, or pass --out <dir>`);
  let listed: ReturnType<typeof listSynthesizedStacks>;
  try {
    listed = listSynthesizedStacks(outdir);
  } catch (e) {
    throw new SimulationInputError((e as Error).message);
  }
  const stacks = new Map<string, SynthStack>();
  for (const s of listed) stacks.set(s.name, stackFromJson(s.name, readJsonFile(s.file, "stack")));
  return { stacks, source: outdir };
}

const synthesized = new WeakMap<App, SynthApp>();

/**
 * A cdktf App, synthesized once (`app.synth()`, into the app's own outdir)
 * and read back from there. Give each test app its own outdir (e.g.
 * `new App({ outdir: mkdtempSync(...) })`) so parallel test files never share one.
 */
function loadApp(app: App): SynthApp {
  let loaded = synthesized.get(app);
  if (!loaded) {
    app.synth();
    loaded = loadOutdir(app.outdir);
    synthesized.set(app, loaded);
  }
  return loaded;
}

/** Loads any {@link AppSource}. */
export function loadSynthApp(source: AppSource): SynthApp {
  if (typeof source === "string") return loadOutdir(source);
  if (App.isApp(source)) return loadApp(source as App);
  return source;
}

/** A fresh temporary outdir, for apps built only to be simulated. */
export function simulationOutdir(): string {
  return mkdtempSync(join(tmpdir(), "oci-simulate-"));
}

/** Every resource of the app of one Terraform type, in stack order. */
export function resourcesOfType(app: SynthApp, type: string): SynthResource[] {
  const out: SynthResource[] = [];
  for (const stack of app.stacks.values()) for (const r of stack.resources.values()) if (r.type === type) out.push(r);
  return out;
}
