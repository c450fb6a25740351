/**
 * Reads a cdktf synth output directory (manifest.json + stacks/<name>/cdk.tf.json)
 * into stack snapshots.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Json, JsonObject, ResourceState, StackSnapshot, compareStrings, isObject } from "./model";

function readJson(file: string): Json {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Json;
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as Error).message}`);
  }
}

/** Strips cdktf's `//` metadata key from a resource body (top level only; nested `//` keys are not emitted). */
function withoutMetadata(body: JsonObject): { body: JsonObject; constructPath?: string } {
  const { "//": meta, ...rest } = body;
  const path = isObject(meta) && isObject(meta.metadata) ? meta.metadata.path : undefined;
  return { body: rest, constructPath: typeof path === "string" ? path : undefined };
}

/** One synthesized stack (`cdk.tf.json` content) as a snapshot. */
export function snapshotFromStackJson(name: string, doc: Json): StackSnapshot {
  const resources = new Map<string, ResourceState>();
  const root = isObject(doc) ? doc : {};
  const byType = isObject(root.resource) ? root.resource : {};
  for (const [type, instances] of Object.entries(byType)) {
    if (!isObject(instances)) continue;
    for (const [resourceName, raw] of Object.entries(instances)) {
      if (!isObject(raw)) continue;
      const { body, constructPath } = withoutMetadata(raw);
      const address = `${type}.${resourceName}`;
      resources.set(address, { address, type, name: resourceName, body, constructPath });
    }
  }
  const outputs: Record<string, Json> = {};
  if (isObject(root.output)) {
    for (const [outName, out] of Object.entries(root.output)) if (isObject(out)) outputs[outName] = out.value ?? null;
  }
  return { name, resources, outputs };
}

/** Every stack of a synth output directory, sorted by name. */
export function loadSynthDir(dir: string): StackSnapshot[] {
  const manifestFile = join(dir, "manifest.json");
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} not found: not a cdktf synth output directory`);
  const manifest = readJson(manifestFile);
  const stacks = isObject(manifest) && isObject(manifest.stacks) ? manifest.stacks : {};
  const out: StackSnapshot[] = [];
  for (const [key, entry] of Object.entries(stacks)) {
    const info = isObject(entry) ? entry : {};
    const name = typeof info.name === "string" ? info.name : key;
    const rel = typeof info.synthesizedStackPath === "string" ? info.synthesizedStackPath : join("stacks", name, "cdk.tf.json");
    out.push(snapshotFromStackJson(name, readJson(join(dir, rel))));
  }
  return out.sort((a, b) => compareStrings(a.name, b.name));
}
