/**
 * Generates the TypeScript bindings for oracle/oci from the committed schema
 * subset with @cdktf/provider-generator (what `cdktf get` does, minus the
 * registry download). Output: .gen/providers/oci. Never edit that folder.
 *
 *   npm run bindings            regenerate .gen/providers/oci
 *   npm run bindings -- --out D write elsewhere (used by the drift test)
 */
import { readFileSync, rmSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { CodeMaker, TerraformProviderGenerator, TerraformProviderConstraint } from "@cdktf/provider-generator";
import { ConstructsMakerProviderTarget, LANGUAGES } from "@cdktf/commons";
import { BINDINGS_DIR, schemaSubsetPath } from "./provider-files";

export async function generateBindings(schemaFile: string, outRoot: string, fallbackVersion?: string): Promise<string> {
  const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema);
  const fqpn = Object.keys(schema.provider_schemas)[0];
  const version = schema.provider_versions?.[fqpn] ?? fallbackVersion;
  if (!version) throw new Error(`${schemaFile} records no provider version for ${fqpn}; pass one`);
  // "oracle/oci@<version>" makes the synthesized required_providers say
  // source = "oracle/oci" and pin the exact version the schema came from.
  const source = fqpn.split("/").slice(1).join("/");
  generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint(`${source}@${version}`), LANGUAGES[0]));
  const target = join(outRoot, ".gen");
  rmSync(join(target, "providers", "oci"), { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await code.save(target);
  return join(target, "providers", "oci");
}

async function main(argv: string[]) {
  const outIdx = argv.indexOf("--out");
  const outRoot = outIdx >= 0 ? resolve(argv[outIdx + 1]) : resolve(BINDINGS_DIR, "..", "..", "..");
  const dir = await generateBindings(schemaSubsetPath(), outRoot);
  console.log(`generated oracle/oci bindings in ${dir}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
