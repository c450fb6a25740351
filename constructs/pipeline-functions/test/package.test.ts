/**
 * The library compiles the functions' configuration declarations, and nothing
 * else of the functions: no FDK, HTTP, Vault or B2C client code reaches the
 * package (tsconfig.build.json; the consumer test checks the tarball).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as ts from "typescript";

const ROOT = resolve(__dirname, "..", "..", "..");

/** Every repository file reachable by relative imports from `entry`. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
    const specifiers = source.statements.flatMap((s) => ((ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? [s.moduleSpecifier.text] : []));
    for (const fileName of specifiers) {
      if (!fileName.startsWith(".")) continue;
      const base = resolve(dirname(file), fileName);
      const target = [`${base}.ts`, join(base, "index.ts")].find((f) => existsSync(f));
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

test("from functions/, the constructs reach only the configuration declarations and the pure modules they use", () => {
  const reached = [...closure(join(ROOT, "constructs", "index.ts"))].map((f) => relative(ROOT, f)).filter((f) => f.startsWith("functions/"));
  expect(reached.sort()).toEqual([
    "functions/alarm-to-incident/src/config.ts",
    "functions/api-authorizer/src/config.ts",
    "functions/event-forwarder/src/config.ts",
    "functions/order-processor/src/config.ts",
    "functions/shared/b2c-config.ts",
    "functions/shared/config.ts",
    "functions/shared/errors.ts",
    "functions/sms-to-incident/src/config.ts",
    "functions/shared/url-policy.ts",
  ].sort());
  const build = ts.parseConfigFileTextToJson("tsconfig.build.json", readFileSync(join(ROOT, "tsconfig.build.json"), "utf8")).config;
  expect(build.include).toContain("functions/*/src/config.ts");
});
