/**
 * The package surface: package.json "exports" is the single list of public
 * entry points; tsconfig "paths", "typesVersions" and jest's moduleNameMapper
 * must say the same, and the tenancy app (stacks/, main.ts) must use nothing else.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";

const ROOT = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const entries = Object.entries<{ types: string; default: string } | string>(pkg.exports).filter(([k]) => k !== "./package.json") as Array<[string, { types: string; default: string }]>;
const specifier = (subpath: string) => `oci-event-pipelines${subpath.slice(1)}`;
const sourceOf = (target: string) => target.replace(/^\.\/dist\//, "./").replace(/\.(d\.ts|js)$/, ".ts");

test("every construct module is an entry point named like its folder, plus the root, the bindings and the tools (validate, review, simulate, orm)", () => {
  const modules = readdirSync(join(ROOT, "constructs"), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(ROOT, "constructs", e.name, "index.ts")))
    .map((e) => `./${e.name}`);
  expect(entries.map(([k]) => k).sort()).toEqual([".", ...modules, "./oci", "./validate", "./review", "./simulate", "./orm"].sort());
  for (const [subpath, target] of entries) {
    expect(target.types.replace(/\.d\.ts$/, "")).toBe(target.default.replace(/\.js$/, ""));
    expect(existsSync(join(ROOT, sourceOf(target.default)))).toBe(true);
    if (subpath !== ".") expect(pkg.typesVersions["*"][subpath.slice(2)]).toEqual([target.types]);
  }
  expect(Object.keys(pkg.typesVersions["*"]).length).toBe(entries.length - 1);
  expect([pkg.main, pkg.types]).toEqual([pkg.exports["."].default, pkg.exports["."].types]);
});

test("tsconfig paths and jest's moduleNameMapper map exactly the entry points to their sources", () => {
  const config = ts.parseConfigFileTextToJson("tsconfig.json", readFileSync(join(ROOT, "tsconfig.json"), "utf8")).config;
  expect(config.compilerOptions.paths).toEqual(Object.fromEntries(entries.map(([k, t]) => [specifier(k), [sourceOf(t.default)]])));
  const mapper: Record<string, string> = require(join(ROOT, "jest.config.js")).moduleNameMapper;
  for (const [k, t] of entries) {
    const hit = Object.entries(mapper).find(([re]) => new RegExp(re).test(specifier(k)));
    expect(hit?.[1]).toBe(sourceOf(t.default).replace(/^\.\//, "<rootDir>/"));
  }
  expect(Object.keys(mapper).some((re) => new RegExp(re).test("oci-event-pipelines/events/rule"))).toBe(false);
});

test("the package ships only the build and the license; its only dependencies are the OCI SDK for Resource Manager; the peers admit the pins and every newer constructs 10.x", () => {
  expect(pkg.private).toBeUndefined();
  expect(pkg.files).toEqual(["dist/", "LICENSE"]);
  expect(pkg.bin).toEqual({ "oci-pipelines": "./dist/tools/cli.js" });
  // The OCI SDK modules `oci-pipelines orm deploy` calls Resource Manager with (loaded only by that command).
  expect(pkg.dependencies).toEqual({ "oci-common": "2.139.1", "oci-resourcemanager": "2.139.1" });
  expect(pkg.peerDependencies).toEqual({ cdktf: "^0.21.0", constructs: "^10.4.2" });
  expect([pkg.devDependencies.cdktf, pkg.devDependencies.constructs]).toEqual(["0.21.0", "10.4.2"]);
});

/** Every module specifier a file imports or requires. */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((f) => f.fileName);
}

/**
 * What the tenancy app may import: the public entry points, other packages,
 * its own stacks/ files (main.ts: ./stacks/...; stacks/: ./...), nothing else.
 */
function allowedImport(file: string, spec: string): boolean {
  if (spec.startsWith(".")) return file === "main.ts" ? spec.startsWith("./stacks/") : spec.startsWith("./");
  if (spec === "oci-event-pipelines" || spec.startsWith("oci-event-pipelines/")) return entries.some(([k]) => specifier(k) === spec);
  return true;
}

test("stacks/ and main.ts import the library only through its public entry points", () => {
  const files = ["main.ts", ...readdirSync(join(ROOT, "stacks")).filter((f) => f.endsWith(".ts")).map((f) => `stacks/${f}`)];
  const offending = files.flatMap((file) => importsOf(join(ROOT, file)).filter((spec) => !allowedImport(file, spec)).map((spec) => `${file}: "${spec}"`));
  expect(offending).toEqual([]);
  expect(files.flatMap((f) => importsOf(join(ROOT, f))).filter((s) => s.startsWith("oci-event-pipelines/")).length).toBeGreaterThan(10);
  // What the rule refuses:
  expect(allowedImport("stacks/x.ts", "../constructs/events")).toBe(false);
  expect(allowedImport("stacks/x.ts", "../.gen/providers/oci/events-rule")).toBe(false);
  expect(allowedImport("stacks/x.ts", "oci-event-pipelines/events/rule")).toBe(false);
  expect(allowedImport("main.ts", "./constructs/events")).toBe(false);
  expect(allowedImport("stacks/x.ts", "./shared")).toBe(true);
});
