/**
 * Rebuilds the committed provider-schema subset from a full schema file.
 *
 *   npm run schema:subset -- <full-schema.json> [--version 7.27.0]
 *
 * The full file is the output of `terraform providers schema -json` run in a
 * directory whose configuration requires `oracle/oci` (see README, "Moving to
 * another provider version"). Only the types listed in providers/oci/types.json
 * are kept; keys are sorted so a regenerated subset diffs cleanly.
 */
import { readFileSync, writeFileSync, readdirSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { PROVIDER_DIR, readTypeList, schemaFileName } from "./provider-files";

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** Drops prose fields that `terraform providers schema -json` includes: the subset keeps names, types and nesting only. */
function stripDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripDescriptions);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // Only the prose metadata (strings/bools); an attribute *named* "description" is an object and stays.
      if ((k === "description" || k === "description_kind" || k === "deprecated") && (typeof v !== "object" || v === null)) continue;
      out[k] = stripDescriptions(v);
    }
    return out;
  }
  return value;
}

export function buildSubset(full: any, version: string): any {
  const types = readTypeList();
  const provider = full?.provider_schemas?.[types.provider];
  if (!provider) {
    throw new Error(`the schema file has no provider "${types.provider}"; providers present: ${Object.keys(full?.provider_schemas ?? {}).join(", ") || "none"}`);
  }
  const pick = (kind: "resource_schemas" | "data_source_schemas", names: string[]) => {
    const out: Record<string, unknown> = {};
    const missing = names.filter((n) => !provider[kind]?.[n]);
    if (missing.length) throw new Error(`${kind}: not in the full schema: ${missing.join(", ")}`);
    for (const n of names) out[n] = provider[kind][n];
    return out;
  };
  return sortKeys(
    stripDescriptions({
      format_version: full.format_version ?? "1.0",
      provider_versions: { [types.provider]: version },
      provider_schemas: {
        [types.provider]: {
          provider: provider.provider,
          resource_schemas: pick("resource_schemas", types.resources),
          data_source_schemas: pick("data_source_schemas", types.dataSources),
        },
      },
    }),
  );
}

function main(argv: string[]) {
  const file = argv.find((a) => !a.startsWith("--"));
  const vIdx = argv.indexOf("--version");
  if (!file) {
    console.error("usage: npm run schema:subset -- <full-schema.json> [--version X.Y.Z]");
    process.exit(2);
  }
  const full = JSON.parse(readFileSync(file, "utf8"));
  const fromName = /(\d+\.\d+\.\d+)/.exec(file)?.[1];
  const types = readTypeList();
  const version = vIdx >= 0 ? argv[vIdx + 1] : full.provider_versions?.[types.provider] ?? fromName;
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    console.error("cannot tell the provider version: pass --version X.Y.Z");
    process.exit(2);
  }
  const subset = buildSubset(full, version);
  for (const old of readdirSync(PROVIDER_DIR).filter((f) => /^oci-.*\.schema\.json$/.test(f))) unlinkSync(join(PROVIDER_DIR, old));
  const out = join(PROVIDER_DIR, schemaFileName(version));
  writeFileSync(out, JSON.stringify(subset, null, 1) + "\n");
  const p = subset.provider_schemas[types.provider];
  console.log(`wrote ${out}: ${Object.keys(p.resource_schemas).length} resources, ${Object.keys(p.data_source_schemas).length} data sources, oracle/oci ${version}`);
}

if (require.main === module) main(process.argv.slice(2));
