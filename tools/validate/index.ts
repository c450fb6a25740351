import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { schemaSubsetPath } from "../../scripts/provider-files";
import { SchemaValidator, ValidationIssue } from "./validator";

export * from "./validator";

let cached: SchemaValidator | undefined;
/** The validator for the committed schema subset (loaded once per process). */
export function projectValidator(): SchemaValidator {
  return (cached ??= SchemaValidator.fromFile(schemaSubsetPath()));
}

export interface SynthesizedStack {
  name: string;
  file: string;
}

/** Lists the stacks of a `cdktf synth` output directory from its manifest. */
export function listSynthesizedStacks(outdir: string): SynthesizedStack[] {
  const manifestFile = join(outdir, "manifest.json");
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} not found: synthesize first (\`cdktf synth\`; \`npm run synth\` in this repository)`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  return Object.values<any>(manifest.stacks).map((s) => ({ name: s.name, file: join(outdir, s.synthesizedStackPath) }));
}

/** Validates every stack of a synth output directory. */
export function validateSynthOutput(outdir: string, validator = projectValidator()): ValidationIssue[] {
  return listSynthesizedStacks(outdir).flatMap((s) => validator.validate(JSON.parse(readFileSync(s.file, "utf8")), s.name));
}

export function formatIssues(issues: ValidationIssue[]): string {
  return issues.map((i) => `${i.stack}: ${i.address}${i.path ? ` at ${i.path}` : ""}: [${i.rule}] ${i.message}`).join("\n");
}
