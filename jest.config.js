const { exports: entryPoints } = require("./package.json");

/**
 * The package's public entry points (package.json "exports"), mapped to their
 * sources, so tests import `oci-event-pipelines/<module>` as stacks/ does
 * (tsconfig.json "paths" holds the same map for tsc and tsx).
 */
const publicEntryPoints = Object.fromEntries(
  Object.entries(entryPoints)
    .filter(([subpath]) => subpath !== "./package.json")
    .map(([subpath, target]) => [
      `^${("oci-event-pipelines" + subpath.slice(1)).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`,
      target.default.replace(/^\.\/dist\//, "<rootDir>/").replace(/\.js$/, ".ts"),
    ]),
);

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>"],
  testMatch: ["**/test/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/cdktf.out/", "/bench/.work/", "/dist/"],
  modulePathIgnorePatterns: ["<rootDir>/dist/"],
  moduleNameMapper: publicEntryPoints,
  // swc strips types without type-checking, so the suite stays fast;
  // `npm run typecheck` (tsc --noEmit) is the type gate and runs in `npm test`.
  transform: { "^.+\\.tsx?$": ["@swc/jest", { jsc: { target: "es2022", parser: { syntax: "typescript" } }, module: { type: "commonjs" } }] },
  moduleFileExtensions: ["ts", "js", "json"],
};
