/**
 * README code examples, compiled and run from the README files themselves.
 *
 * Every fenced ```ts block of README.md, constructs/ * /README.md,
 * functions/README.md, stacks/README.md and tools/ * /README.md is an example.
 * How a block is read (HTML comments right above it, invisible on GitHub):
 *
 * - A block containing `new App(` is a **program**: it runs as written, with
 *   CDKTF_OUTDIR pointing at a temporary directory, and every stack it
 *   synthesizes is checked against the oracle/oci schema.
 * - Any other block is a **fragment**: it runs with `app` (a cdktf App),
 *   `stack` (a TerraformStack) and `env` (that stack's OciEnvironment, env
 *   `dev`, compartment `TEST_COMPARTMENT` of oci-event-pipelines/testing) in
 *   scope, except the names it declares itself; then every stack of `app` is
 *   synthesized with construct validations on and checked against the schema.
 * - `<!-- preamble ... -->`: code run before the block, in its scope, for the
 *   block's other free names (`const alerts = new NotificationTopic(...)`).
 *   It may import what it needs; it must not import a name the block imports.
 * - `<!-- example: continues -->`: the block continues the previous block of
 *   the same README (one scope, compiled and run together).
 * - `<!-- example: typecheck-only -->`: compiled, not run (function code that
 *   needs the Fn runtime, say). Use it only for such code.
 * - `<!-- example: consumer-app -->` (README.md, one program): also the
 *   `main.ts` of the consumer test (test/consumer/run.ts), which runs it
 *   against the packed library in a fresh cdktf app.
 *
 * Blocks of README.md and constructs/ * /README.md import the library only as a
 * consumer does (`oci-event-pipelines/<module>`, `cdktf`, `constructs`, `node:*`);
 * other READMEs may also import relative to their own folder.
 *
 * All examples are type-checked in one TypeScript program, under a strict
 * consumer's options (strict, exactOptionalPropertyTypes,
 * noUncheckedIndexedAccess), against the public entry points mapped to the
 * sources (tsconfig.json "paths"). Errors name the README path and line.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import * as ts from "typescript";
import { App, TerraformStack, Testing } from "cdktf";
import { testOutdir, testStack } from "oci-event-pipelines/testing";
import { formatIssues, projectValidator, readSynthesizedStacks } from "oci-event-pipelines/validate";

export const ROOT = resolve(__dirname, "..", "..");

/** The READMEs whose ```ts blocks are examples (repository-relative). */
export function readmeFiles(): string[] {
  const inFolders = (parent: string) =>
    readdirSync(join(ROOT, parent), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(ROOT, parent, e.name, "README.md")))
      .map((e) => `${parent}/${e.name}/README.md`)
      .sort();
  return ["README.md", ...inFolders("constructs"), "functions/README.md", "stacks/README.md", ...inFolders("tools")].filter((f) => existsSync(join(ROOT, f)));
}

export type ExampleMode = "fragment" | "program" | "typecheck-only";

export interface CodeSpan {
  /** 1-based README line of the first code line. */
  readonly line: number;
  readonly code: string;
}

export interface ReadmeBlock extends CodeSpan {
  readonly file: string;
  /** 0-based position among the file's ```ts blocks. */
  readonly index: number;
  readonly preamble?: CodeSpan;
  readonly directives: readonly string[];
}

/** Blocks compiled and run together (a block and the blocks that continue it). */
export interface Example {
  readonly file: string;
  readonly blocks: readonly ReadmeBlock[];
  readonly mode: ExampleMode;
  /** `<file>:<line>` of the first block. */
  readonly where: string;
}

const DIRECTIVES = new Set(["continues", "typecheck-only", "consumer-app"]);

/** The ```ts blocks of one README with their directives and preambles. */
export function extractBlocks(file: string, text = readFileSync(resolve(ROOT, file), "utf8")): ReadmeBlock[] {
  const lines = text.split("\n");
  const blocks: ReadmeBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!fence) {
      i++;
      continue;
    }
    const close = new RegExp(`^\\s*${fence[2]![0]}{${fence[2]!.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end]!)) end++;
    if (fence[3] === "ts" || fence[3] === "typescript") {
      const { directives, preamble } = commentsAbove(lines, i, file);
      blocks.push({ file, index: blocks.length, line: i + 2, code: lines.slice(i + 1, end).join("\n"), directives, ...(preamble ? { preamble } : {}) });
    }
    i = end + 1;
  }
  return blocks;
}

/** The `<!-- example: ... -->` and `<!-- preamble ... -->` comments directly above line `fenceIndex`. */
function commentsAbove(lines: string[], fenceIndex: number, file: string): { directives: string[]; preamble?: CodeSpan } {
  const directives: string[] = [];
  let preamble: CodeSpan | undefined;
  let j = fenceIndex - 1;
  for (;;) {
    while (j >= 0 && lines[j]!.trim() === "") j--;
    if (j < 0 || !lines[j]!.trim().endsWith("-->")) break;
    let start = j;
    while (start >= 0 && !lines[start]!.includes("<!--")) start--;
    if (start < 0) break;
    const text = lines.slice(start, j + 1).join("\n");
    const directive = /^\s*<!--\s*example:\s*([\w\s,-]+?)\s*-->\s*$/.exec(text);
    const pre = /^\s*<!--\s*preamble\s*\n([\s\S]*?)\n?\s*-->\s*$/.exec(text);
    if (directive) {
      for (const d of directive[1]!.split(/[\s,]+/)) {
        if (!DIRECTIVES.has(d)) throw new Error(`${file}:${start + 1}: unknown example directive "${d}" (known: ${[...DIRECTIVES].join(", ")})`);
        directives.push(d);
      }
    } else if (pre) {
      preamble = { line: start + 2, code: pre[1]! };
    } else break;
    j = start - 1;
  }
  return { directives, ...(preamble ? { preamble } : {}) };
}

/** Every example of the given READMEs, continued blocks folded into the one they continue. */
export function examples(files: readonly string[] = readmeFiles()): Example[] {
  return foldBlocks(files.flatMap((file) => extractBlocks(file)));
}

/** Groups blocks into examples: a `continues` block joins the example before it. */
export function foldBlocks(blocks: readonly ReadmeBlock[]): Example[] {
  const out: Example[] = [];
  for (const block of blocks) {
    const file = block.file;
    const previous = out[out.length - 1];
    if (block.directives.includes("continues")) {
      if (!previous || previous.file !== file) throw new Error(`${file}:${block.line}: "continues" but there is no earlier block in this README`);
      out[out.length - 1] = { ...previous, blocks: [...previous.blocks, block] };
      continue;
    }
    const mode: ExampleMode = block.directives.includes("typecheck-only") ? "typecheck-only" : /\bnew App\(/.test(block.code) ? "program" : "fragment";
    out.push({ file, blocks: [block], mode, where: `${file}:${block.line}` });
  }
  return out;
}

/** Top-level names an example declares (imports, variables, functions, classes); `values: true` leaves out the imports. */
export function declaredNames(code: string, values = false): Set<string> {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const names = new Set<string>();
  const bind = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const e of name.elements) if (!ts.isOmittedExpression(e)) bind(e.name);
  };
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s) && s.importClause && !values) {
      if (s.importClause.name) names.add(s.importClause.name.text);
      const nb = s.importClause.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) names.add(nb.name.text);
      if (nb && ts.isNamedImports(nb)) nb.elements.forEach((e) => names.add(e.name.text));
    } else if (ts.isVariableStatement(s)) s.declarationList.declarations.forEach((d) => bind(d.name));
    else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && s.name) names.add(s.name.text);
  }
  return names;
}

/** The names a fragment gets from the harness, with their types. */
const STANDARD_SCOPE = [
  { name: "app", type: "__readme_cdktf.App" },
  { name: "stack", type: "__readme_cdktf.TerraformStack" },
  { name: "env", type: "__readme_core.OciEnvironment" },
] as const;

/** The names the harness provides to an example: the standard ones it does not declare (and no env without the harness's stack). */
function providedNames(example: Example, code: string): string[] {
  if (example.mode === "program") return [];
  const declared = declaredNames(code);
  return STANDARD_SCOPE.map((s) => s.name).filter((n) => !declared.has(n) && !((n === "env" || n === "stack") && declared.has("stack")));
}

export interface VirtualSource {
  /** Absolute file name, in the README's folder so relative imports resolve from there. */
  readonly fileName: string;
  readonly text: string;
  /** README line of each virtual line (1-based); 0 for harness lines. */
  readonly lineMap: readonly number[];
  readonly provided: readonly string[];
}

export function virtualSource(example: Example, n: number): VirtualSource {
  const parts: Array<{ code: string; line: number }> = [];
  for (const b of example.blocks) {
    if (b.preamble) parts.push(b.preamble);
    parts.push(b);
  }
  const provided = providedNames(example, parts.map((p) => p.code).join("\n"));
  const header = [
    `import type * as __readme_cdktf from "cdktf";`,
    `import type * as __readme_core from "oci-event-pipelines/core";`,
    ...STANDARD_SCOPE.filter((s) => provided.includes(s.name)).map((s) => `declare const ${s.name}: ${s.type};`),
  ];
  const lines = [...header];
  const lineMap: number[] = header.map(() => 0);
  for (const p of parts) {
    p.code.split("\n").forEach((l, k) => {
      lines.push(l);
      lineMap.push(p.line + k);
    });
  }
  lines.push("export {};");
  lineMap.push(0);
  const fileName = join(ROOT, dirname(example.file), `__readme_example_${n}.ts`);
  return { fileName, text: lines.join("\n"), lineMap, provided };
}

/** The consumer-strict options README examples compile under, with the repository's entry-point paths. */
function compilerOptions(): ts.CompilerOptions {
  const configFile = join(ROOT, "tsconfig.json");
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configFile, ts.sys.readFile).config, ts.sys, ROOT, undefined, configFile);
  return {
    ...parsed.options,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    types: ["node"],
    noEmit: true,
  };
}

/** Public import specifiers a consumer-facing example may use. */
export function isPublicSpecifier(spec: string): boolean {
  if (["cdktf", "constructs"].includes(spec) || spec.startsWith("node:")) return true;
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  return Object.keys(pkg.exports).some((k) => k !== "./package.json" && `oci-event-pipelines${k.slice(1)}` === spec);
}

const consumerFacing = (file: string) => file === "README.md" || file.startsWith("constructs/");

/** Import rule violations, as `<file>:<line>: ...` lines. */
export function importProblems(list: readonly Example[]): string[] {
  const problems: string[] = [];
  for (const ex of list) {
    if (!consumerFacing(ex.file)) continue;
    for (const b of ex.blocks) {
      for (const span of [b.preamble, b].filter((s): s is CodeSpan => !!s)) {
        span.code.split("\n").forEach((l, k) => {
          const m = /^\s*import\b[^"']*["']([^"']+)["']/.exec(l);
          if (m && !isPublicSpecifier(m[1]!)) problems.push(`${ex.file}:${span.line + k}: imports "${m[1]}": README examples import the library as a consumer does (oci-event-pipelines/<module>, cdktf, constructs, node:*)`);
        });
      }
    }
  }
  return problems;
}

/** Type-checks every example in one program; returns the diagnostics as `<README>:<line>:<col> TS<code>: <message>`. */
export function typecheckExamples(list: readonly Example[]): string[] {
  const sources = list.map((ex, n) => virtualSource(ex, n));
  const byName = new Map(sources.map((s) => [s.fileName, s]));
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, lang, ...rest) => {
    const v = byName.get(resolve(name));
    return v ? ts.createSourceFile(name, v.text, lang, true, ts.ScriptKind.TS) : getSourceFile.call(host, name, lang, ...rest);
  };
  host.fileExists = (name) => byName.has(resolve(name)) || fileExists.call(host, name);
  host.readFile = (name) => byName.get(resolve(name))?.text ?? readFile.call(host, name);
  const program = ts.createProgram({ rootNames: sources.map((s) => s.fileName), options, host });
  const out: string[] = [];
  for (const [i, s] of sources.entries()) {
    const file = program.getSourceFile(s.fileName)!;
    for (const d of [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]) {
      const { line, character } = file.getLineAndCharacterOfPosition(d.start ?? 0);
      const readmeLine = s.lineMap[line] || list[i]!.blocks[0]!.line;
      out.push(`${list[i]!.file}:${readmeLine}:${character + 1} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    }
  }
  return out;
}

export interface ExampleRun {
  readonly example: Example;
  /** The example's top-level variables, functions and classes, by name. */
  readonly scope: Readonly<Record<string, any>>;
  /** Synthesized documents by stack name. */
  readonly stacks: Readonly<Record<string, any>>;
  /** The document of the example's only stack (throws when it made several). */
  readonly doc: any;
}

/** Runs an example (see the header for the modes), synthesizes and schema-checks what it built. */
export function runExample(example: Example, n = 0): ExampleRun {
  if (example.mode === "typecheck-only") throw new Error(`${example.where}: marked typecheck-only, it does not run`);
  const source = virtualSource(example, n);
  const js = ts.transpileModule(source.text, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true }, fileName: source.fileName }).outputText;
  const folder = dirname(source.fileName);
  const load = (spec: string) => require(spec.startsWith(".") ? resolve(folder, spec) : spec);
  const module = { exports: {} as Record<string, unknown> };

  let outdir: string | undefined;
  const savedOutdir = process.env.CDKTF_OUTDIR;
  const scope: Record<string, unknown> = {};
  let app: App | undefined;
  try {
    if (example.mode === "program") {
      outdir = mkdtempSync(join(tmpdir(), "readme-example-"));
      process.env.CDKTF_OUTDIR = outdir;
    } else if (source.provided.includes("stack")) {
      const t = testStack();
      app = t.app;
      Object.assign(scope, { app: t.app, stack: t.stack, env: t.env });
    } else {
      app = Testing.app({ outdir: testOutdir() });
      scope.app = app;
    }
    const names = source.provided as string[];
    const own = [...declaredNames(example.blocks.flatMap((b) => [b.preamble?.code ?? "", b.code]).join("\n"), true)];
    const capture = `\nmodule.exports.__readmeScope = { ${own.join(", ")} };`;
    try {
      new Function("require", "exports", "module", ...names, js + capture)(load, module.exports, module, ...names.map((name) => scope[name]));
    } catch (e) {
      throw new Error(`${example.where}: the example threw: ${(e as Error).message}`);
    }

    const stacks: Record<string, any> = {};
    if (outdir) {
      if (existsSync(join(outdir, "manifest.json"))) for (const s of readSynthesizedStacks(outdir)) stacks[s.name] = s.doc;
    } else {
      for (const s of app!.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c))) {
        try {
          stacks[s.node.id] = JSON.parse(Testing.synth(s, true));
        } catch (e) {
          throw new Error(`${example.where}: synthesis failed: ${(e as Error).message}`);
        }
      }
    }
    const issues = Object.entries(stacks).flatMap(([name, doc]) => projectValidator().validate(doc, name));
    if (issues.length) throw new Error(`${example.where}: the synthesized Terraform fails the oracle/oci schema check:\n${formatIssues(issues)}`);
    return {
      example,
      scope: (module.exports.__readmeScope ?? {}) as Record<string, any>,
      stacks,
      get doc() {
        const all = Object.values(stacks);
        if (all.length !== 1) throw new Error(`${example.where} synthesized ${all.length} stacks, not one`);
        return all[0];
      },
    };
  } finally {
    if (outdir) {
      if (savedOutdir === undefined) delete process.env.CDKTF_OUTDIR;
      else process.env.CDKTF_OUTDIR = savedOutdir;
      rmSync(outdir, { recursive: true, force: true });
    }
  }
}

const runs = new Map<string, ExampleRun>();

/**
 * The run of the example holding the `index`-th (0-based) ```ts block of a
 * README, for tests that assert on what the README shows. Cached per process.
 */
export function readmeExample(file: string, index = 0): ExampleRun {
  const key = `${file}#${index}`;
  const cached = runs.get(key);
  if (cached) return cached;
  const example = examples([file]).find((ex) => ex.blocks.some((b) => b.index === index));
  if (!example) throw new Error(`${file} has no ts block #${index}`);
  const result = runExample(example);
  runs.set(key, result);
  return result;
}
