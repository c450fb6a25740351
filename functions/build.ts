/**
 * Bundles each function into one minified file, functions/<name>/dist/func.js, which is all the
 * function image needs (entrypoint `node dist/func.js`).
 *
 *   npx tsx functions/build.ts                 # every function
 *   npx tsx functions/build.ts event-forwarder # just the named ones
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { build, type Plugin } from "esbuild";

export const FUNCTION_NAMES = ["event-forwarder", "order-processor", "sms-to-incident", "alarm-to-incident", "api-authorizer"] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export const FUNCTIONS_DIR = __dirname;

export interface BuildOutput {
  readonly name: string;
  readonly outfile: string;
  readonly bytes: number;
}

/**
 * Node 20 has fetch, Request and Headers built in. oci-common pulls in `isomorphic-fetch` only to
 * polyfill them (a no-op on Node 20), and `node-fetch` only for instance-principal certificates,
 * a path functions never take; together they are ~40% of the bundle. Both resolve to the
 * built-in fetch instead.
 */
const builtinFetch: Plugin = {
  name: "builtin-fetch",
  setup(b) {
    b.onResolve({ filter: /^(isomorphic-fetch|node-fetch)$/ }, (args) => ({ path: args.path, namespace: "builtin-fetch" }));
    b.onLoad({ filter: /.*/, namespace: "builtin-fetch" }, () => ({
      contents: "module.exports = globalThis.fetch; module.exports.default = globalThis.fetch;",
      loader: "js",
    }));
  },
};

/** Bundles one entry file. Written via rename so parallel builds (jest workers) never see a half file. */
export async function bundle(entry: string, outfile: string): Promise<BuildOutput> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    write: false,
    logLevel: "warning",
    plugins: [builtinFetch],
  });
  const code = result.outputFiles[0].contents;
  mkdirSync(dirname(outfile), { recursive: true });
  const tmp = `${outfile}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, outfile);
  return { name: entry, outfile, bytes: code.byteLength };
}

export function distFile(name: FunctionName): string {
  return join(FUNCTIONS_DIR, name, "dist", "func.js");
}

export async function buildFunction(name: FunctionName): Promise<BuildOutput> {
  const out = await bundle(join(FUNCTIONS_DIR, name, "src", "func.ts"), distFile(name));
  return { ...out, name };
}

export async function buildFunctions(names: readonly FunctionName[] = FUNCTION_NAMES): Promise<BuildOutput[]> {
  return Promise.all(names.map(buildFunction));
}

function isFunctionName(name: string): name is FunctionName {
  return (FUNCTION_NAMES as readonly string[]).includes(name);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !isFunctionName(a));
  if (unknown.length > 0) {
    console.error(`unknown function(s): ${unknown.join(", ")}; known: ${FUNCTION_NAMES.join(", ")}`);
    process.exit(2);
  }
  buildFunctions(args.length > 0 ? (args as FunctionName[]) : FUNCTION_NAMES).then(
    (outputs) => {
      for (const o of outputs) console.log(`${o.name.padEnd(18)} ${(o.bytes / 1024).toFixed(1).padStart(8)} KiB  ${o.outfile}`);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
