/**
 * Type-check cost of the project versus bindings generated from the FULL
 * oracle/oci schema, measured in the same run.
 *
 *   npm run bench:typecheck [-- --runs 3 --schema ../shared/oci-provider/oracle-oci-7.27.0.schema.json]
 *
 * Baseline: `tsc --noEmit` over every binding @cdktf/provider-generator emits
 * for the full schema (907 resources, 2,186 data sources), generated into
 * bench/.work/full. Subject: `tsc --noEmit -p .` of the whole project
 * (constructs, stacks, functions, tools and the committed subset bindings).
 * The full schema is read from ../shared (developer machines); the project
 * itself never needs it.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateBindings } from "../../scripts/generate-bindings";
import { machineLine, markdownTable, writeSection } from "../lib/results";
import { cliArg, measureNode, median, Measurement } from "../lib/measure";

const ROOT = resolve(__dirname, "..", "..");
const TSC = join(ROOT, "node_modules", "typescript", "lib", "tsc.js");

async function main() {
  const runs = Number(cliArg("runs", "3"));
  const schema = resolve(cliArg("schema", join(ROOT, "..", "shared", "oci-provider", "oracle-oci-7.27.0.schema.json")));
  if (!existsSync(schema)) throw new Error(`full schema not found at ${schema}; pass --schema`);
  const work = join(ROOT, "bench", ".work", "full");
  mkdirSync(work, { recursive: true });
  const genStart = Date.now();
  const dir = await generateBindings(schema, work, /(\d+\.\d+\.\d+)/.exec(schema)?.[1] ?? "7.27.0");
  const genSeconds = (Date.now() - genStart) / 1000;
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { target: "ES2022", module: "commonjs", strict: true, skipLibCheck: true, noEmit: true, types: ["node"], typeRoots: [join(ROOT, "node_modules", "@types")] }, include: [join(dir, "**", "*.ts")] }, null, 1),
  );

  const measure = (cwd: string, project: string) => {
    const results: Measurement[] = [];
    for (let i = 0; i < runs; i++) results.push(measureNode(TSC, ["--noEmit", "-p", project], cwd, ["--max-old-space-size=16384"]));
    return results;
  };
  const full = measure(work, join(work, "tsconfig.json"));
  const project = measure(ROOT, join(ROOT, "tsconfig.json"));
  const errors = (m: Measurement[]) => (m[0].output.match(/error TS\d+/g) ?? []).length;

  const row = (name: string, m: Measurement[]) => [name, median(m.map((x) => x.seconds)).toFixed(2), median(m.map((x) => x.peakMiB)).toFixed(0), String(errors(m))];
  const fullS = median(full.map((x) => x.seconds));
  const projS = median(project.map((x) => x.seconds));
  const fullM = median(full.map((x) => x.peakMiB));
  const projM = median(project.map((x) => x.peakMiB));
  const md = [
    "## Type-check: project vs full oracle/oci bindings (`bench/typecheck`)",
    "",
    machineLine() + ` Median of ${runs} clean \`tsc --noEmit\` runs each. Full bindings generated in ${genSeconds.toFixed(1)} s.`,
    "",
    markdownTable(["subject", "wall time (s)", "peak RSS (MiB)", "tsc errors"], [row("baseline: full-schema bindings only", full), row("project: everything + subset bindings", project)]),
    "",
    `**Project is ${(fullS / projS).toFixed(1)}x faster and uses ${(fullM / projM).toFixed(1)}x less memory than type-checking the full bindings** (goal: at least 10x faster, under 1 GB peak: ${fullS / projS >= 10 && projM < 1024 ? "met" : "NOT met"}).`,
  ].join("\n");
  writeSection("typecheck", md);
  console.log(md);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
