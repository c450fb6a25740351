/**
 * A cdktf app laid out as `cdktf init --template typescript` lays one out
 * (cdktf-cli's own template files), with the README's consumer program as its
 * main.ts. Shared by the consumer test (test/consumer/run.ts) and the
 * type-check benchmark (bench/typecheck).
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { examples } from "../readme/examples";

const ROOT = resolve(__dirname, "..", "..");
export const TEMPLATE = join(ROOT, "node_modules", "cdktf-cli", "bundle", "templates", "typescript");
const APP_SOURCES = join(__dirname, "app");

/** The strictest options a consumer may use; the package's .d.ts must pass them. */
export const STRICT = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: false };

/** The app's main.ts: the README program marked `<!-- example: consumer-app -->`. */
export function consumerMain(): { where: string; code: string } {
  const marked = examples(["README.md"]).filter((e) => e.blocks[0]!.directives.includes("consumer-app"));
  if (marked.length !== 1 || marked[0]!.mode !== "program" || marked[0]!.blocks.length !== 1) {
    throw new Error(`README.md must hold exactly one program marked <!-- example: consumer-app -->, found ${marked.length}`);
  }
  return { where: marked[0]!.where, code: `${marked[0]!.blocks[0]!.code}\n` };
}

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

export interface LayoutOptions {
  /** Also write test/consumer/app (bad input, ESM check) and the node16/bundler/ESM tsconfigs. Default true. */
  readonly checks?: boolean;
  /** main.ts; default the README's consumer program. */
  readonly main?: string;
  /** Make the template's tsconfig strictest ({@link STRICT}). Default true; false keeps the template's options. */
  readonly strictest?: boolean;
}

/** Fills cdktf-cli's typescript template into `app` as `cdktf init` does (no Terraform Cloud, no crash reports), tsconfig made strictest. */
export function layOutApp(app: string, options: LayoutOptions = {}): void {
  mkdirSync(app, { recursive: true });
  const fill = (text: string) =>
    text
      .replace(/\{\{ \$base \}\}/g, "consumer-app")
      .replace(/\{\{projectId\}\}/g, "00000000-0000-4000-8000-000000000000")
      .replace(/\{\{sendCrashReports\}\}/g, "false")
      .replace(/\{\{futureFlags\}\}\n?/g, "");
  for (const entry of readdirSync(TEMPLATE, { withFileTypes: true })) {
    // The template's jest setup is left out: no jest runs in the app.
    if (!entry.isFile() || [".hooks.sscaff.js", "jest.config.js", "setup.js"].includes(entry.name)) continue;
    writeFileSync(join(app, entry.name.replace("{{}}", "")), fill(readFileSync(join(TEMPLATE, entry.name), "utf8")));
  }
  const cdktfJson = readJson(join(app, "cdktf.json"));
  if (cdktfJson.app !== "npx ts-node main.ts") throw new Error(`the template's app command changed: ${cdktfJson.app}`);
  const tsconfig = readJson(join(app, "tsconfig.json"));
  if (tsconfig.compilerOptions.module !== "CommonJS" || tsconfig.compilerOptions.moduleResolution !== undefined) throw new Error("the template's module settings changed");
  if (options.strictest !== false) Object.assign(tsconfig.compilerOptions, STRICT);
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
  writeFileSync(join(app, "main.ts"), options.main ?? consumerMain().code);
  if (options.checks === false) return;
  const variants = {
    "tsconfig.node16.json": { module: "node16", moduleResolution: "node16" },
    "tsconfig.bundler.json": { module: "esnext", moduleResolution: "bundler" },
  };
  for (const [file, opts] of Object.entries(variants)) {
    writeFileSync(join(app, file), JSON.stringify({ extends: "./tsconfig.json", compilerOptions: { ...opts, noEmit: true, incremental: false } }, null, 2));
  }
  // The ES module check compiles on its own, as an .mts file under node16.
  writeFileSync(join(app, "tsconfig.esm.json"), JSON.stringify({ extends: "./tsconfig.json", compilerOptions: { module: "node16", moduleResolution: "node16", incremental: false, declaration: false }, include: [], files: ["esm-check.mts"] }, null, 2));
  for (const f of readdirSync(APP_SOURCES)) copyFileSync(join(APP_SOURCES, f), join(app, f));
}
