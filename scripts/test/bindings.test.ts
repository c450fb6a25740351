import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { generateBindings } from "../generate-bindings";
import { buildSubset } from "../schema-subset";
import { BINDINGS_DIR, readTypeList, schemaSubsetPath } from "../provider-files";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe("generated oracle/oci bindings", () => {
  test("the committed .gen/providers/oci is exactly what the generator makes from the committed subset", async () => {
    const out = mkdtempSync(join(tmpdir(), "bindings-"));
    try {
      const dir = await generateBindings(schemaSubsetPath(), out);
      const expected = files(dir);
      expect(files(BINDINGS_DIR)).toEqual(expected);
      for (const f of expected) {
        if (readFileSync(join(BINDINGS_DIR, f), "utf8") !== readFileSync(join(dir, f), "utf8")) throw new Error(`${f} differs from a fresh generation: run \`npm run bindings\` and never edit .gen by hand`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test("the committed subset holds exactly the listed types, with a pinned version", () => {
    const subset = JSON.parse(readFileSync(schemaSubsetPath(), "utf8"));
    const types = readTypeList();
    const provider = subset.provider_schemas[types.provider];
    expect(Object.keys(provider.resource_schemas).sort()).toEqual([...types.resources].sort());
    expect(Object.keys(provider.data_source_schemas).sort()).toEqual([...types.dataSources].sort());
    expect(subset.provider_versions[types.provider]).toMatch(/^7\.27\.\d+$/);
  });

  test("the subset builder keeps listed types only, drops prose, keeps attributes named description", () => {
    const full = {
      format_version: "1.0",
      provider_schemas: {
        [readTypeList().provider]: {
          provider: { block: { attributes: { region: { type: "string", optional: true, description: "prose" } } } },
          resource_schemas: Object.fromEntries(
            [...readTypeList().resources, "oci_core_instance"].map((r) => [r, { version: 0, block: { attributes: { description: { type: "string", optional: true, description_kind: "plain" } } } }]),
          ),
          data_source_schemas: Object.fromEntries(readTypeList().dataSources.map((d) => [d, { version: 0, block: {} }])),
        },
      },
    };
    const subset = buildSubset(full, "9.9.9");
    const p = subset.provider_schemas[readTypeList().provider];
    expect(p.resource_schemas.oci_core_instance).toBeUndefined();
    expect(p.resource_schemas.oci_events_rule.block.attributes.description).toEqual({ type: "string", optional: true });
    expect(p.provider.block.attributes.region).toEqual({ type: "string", optional: true });
    expect(subset.provider_versions).toEqual({ [readTypeList().provider]: "9.9.9" });
  });

  test("the subset builder names the types a full schema lacks", () => {
    const full = { provider_schemas: { [readTypeList().provider]: { provider: { block: {} }, resource_schemas: {}, data_source_schemas: {} } } };
    expect(() => buildSubset(full, "7.27.0")).toThrow(/not in the full schema: oci_apigateway_deployment/);
  });
});
