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

function readManifest(outdir: string): any {
  const manifestFile = join(outdir, "manifest.json");
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} not found: synthesize first (\`cdktf synth\`; \`npm run synth\` in this repository)`);
  return JSON.parse(readFileSync(manifestFile, "utf8"));
}

function stacksOf(outdir: string, manifest: any): SynthesizedStack[] {
  return Object.values<any>(manifest.stacks).map((s) => ({ name: s.name, file: join(outdir, s.synthesizedStackPath) }));
}

/** Lists the stacks of a `cdktf synth` output directory from its manifest. */
export function listSynthesizedStacks(outdir: string): SynthesizedStack[] {
  return stacksOf(outdir, readManifest(outdir));
}

export interface SynthesizedStackDocument extends SynthesizedStack {
  /** The parsed cdk.tf.json. */
  doc: any;
  /** Stacks this one reads outputs from (cdktf's manifest `dependencies`). */
  dependencies: string[];
}

/**
 * Every stack of a `cdktf synth` output directory with its document and
 * dependencies, the manifest read once. `manifest` is the parsed manifest
 * when the caller has already read it.
 */
export function readSynthesizedStacks(outdir: string, manifest: any = readManifest(outdir)): SynthesizedStackDocument[] {
  return stacksOf(outdir, manifest).map((s) => {
    const deps: unknown = manifest.stacks?.[s.name]?.dependencies;
    return { ...s, doc: JSON.parse(readFileSync(s.file, "utf8")), dependencies: Array.isArray(deps) ? deps.map(String) : [] };
  });
}

/** Validates every stack of a synth output directory. */
export function validateSynthOutput(outdir: string, validator = projectValidator()): ValidationIssue[] {
  return readSynthesizedStacks(outdir).flatMap((s) => validator.validate(s.doc, s.name));
}

export function formatIssues(issues: ValidationIssue[]): string {
  return issues.map((i) => `${i.stack}: ${i.address}${i.path ? ` at ${i.path}` : ""}: [${i.rule}] ${i.message}`).join("\n");
}
