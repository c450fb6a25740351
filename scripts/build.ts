/**
 * npm run build: the published library in dist/ (package.json "exports").
 *
 * 1. tsc -p tsconfig.build.json: constructs/, the generated bindings, tools/validate,
 *    tools/review and the `oci-pipelines` bin to CommonJS + .d.ts, mirroring the
 *    repository layout (dist/constructs/events/index.js, dist/.gen/providers/oci/...).
 * 2. The run-time data the validator reads: the committed schema subset, next to
 *    the compiled scripts/provider-files.js exactly as in the repository.
 * 3. The module READMEs next to their compiled modules.
 * 4. A check that every "exports", "typesVersions" and "bin" target exists.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { ROOT, schemaSubsetPath } from "./provider-files";

export const DIST = join(ROOT, "dist");

interface PackageJson {
  exports: Record<string, string | Record<string, string>>;
  typesVersions: Record<string, Record<string, string[]>>;
  bin: Record<string, string>;
  main: string;
  types: string;
}

/** Every file path package.json points into the build. */
export function packageTargets(pkg: PackageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))): string[] {
  const targets = new Set<string>([pkg.main, pkg.types, ...Object.values(pkg.bin)]);
  for (const entry of Object.values(pkg.exports)) for (const t of typeof entry === "string" ? [entry] : Object.values(entry)) targets.add(t);
  for (const map of Object.values(pkg.typesVersions)) for (const list of Object.values(map)) list.forEach((t) => targets.add(t));
  return [...targets].map((t) => t.replace(/^\.\//, ""));
}

export function build(): void {
  rmSync(DIST, { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "lib", "tsc.js"), "-p", join(ROOT, "tsconfig.build.json")], { cwd: ROOT, stdio: "inherit" });

  const schema = schemaSubsetPath();
  const schemaTarget = join(DIST, relative(ROOT, schema));
  mkdirSync(dirname(schemaTarget), { recursive: true });
  copyFileSync(schema, schemaTarget);

  for (const module of readdirSync(join(ROOT, "constructs"), { withFileTypes: true })) {
    const readme = join(ROOT, "constructs", module.name, "README.md");
    if (module.isDirectory() && existsSync(readme)) copyFileSync(readme, join(DIST, "constructs", module.name, basename(readme)));
  }

  const missing = packageTargets().filter((t) => !existsSync(join(ROOT, t)));
  if (missing.length) throw new Error(`package.json points at files the build did not produce: ${missing.join(", ")}`);
  chmodSync(join(DIST, "tools", "cli.js"), 0o755);
}

if (require.main === module) {
  const started = Date.now();
  build();
  console.log(`built ${relative(ROOT, DIST)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
