/**
 * Type-check cost of the library versus bindings generated from the FULL
 * oracle/oci schema, measured in the same run.
 *
 *   npm run bench:typecheck [-- --runs 3 --schema ../shared/oci-provider/oracle-oci-7.27.0.schema.json]
 *
 * Baseline: a cdktf app that builds the README's upload pipeline from raw
 * bindings @cdktf/provider-generator emits for the full schema (907 resources,
 * 2,186 data sources), what `cdktf get` gives an oracle/oci app; the template's
 * tsconfig includes `.gen`, so `tsc` checks every binding. main.ts is
 * full-bindings-app.ts.txt.
 * Subjects, in the same run:
 * - consumer: the README's consumer app (test/consumer/layout.ts) importing the
 *   packed library's .d.ts from node_modules, with the same template tsconfig,
 *   and again under the strictest options (strict, exactOptionalPropertyTypes,
 *   noUncheckedIndexedAccess, skipLibCheck false);
 * - project: `tsc --noEmit -p .` of this whole repository.
 * Both apps live in a temporary directory outside the repository, with
 * node_modules holding only cdktf, constructs, @types/node (linked from this
 * checkout) and, for the consumer, the extracted tarball, as a fresh app has.
 * Runs alternate the subjects so load drift hits all of them. Also records the
 * tarball's size and file count. The full schema is read from ../shared
 * (developer machines); the project itself never needs it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateBindings } from "../../scripts/generate-bindings";
import { build } from "../../scripts/build";
import { layOutApp, STRICT } from "../../test/consumer/layout";
import { machineLine, markdownTable, writeSection } from "../lib/results";
import { cliArg, measureNode, median, Measurement } from "../lib/measure";

const ROOT = resolve(__dirname, "..", "..");
const TSC = join(ROOT, "node_modules", "typescript", "lib", "tsc.js");

/** The dependencies a fresh cdktf app has, linked from this checkout. */
function linkDependencies(app: string): void {
  mkdirSync(join(app, "node_modules", "@types"), { recursive: true });
  for (const dep of ["cdktf", "constructs", "@types/node"]) symlinkSync(join(ROOT, "node_modules", dep), join(app, "node_modules", dep), "dir");
}

/** Packs the library and installs the tarball into `app`'s node_modules as npm would (extracted, no scripts). */
function installPackedLibrary(work: string, app: string): { size: number; unpackedSize: number; entryCount: number; filename: string } {
  build();
  const packed = JSON.parse(execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" }))[0];
  const target = join(app, "node_modules", "oci-event-pipelines");
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", join(work, packed.filename), "-C", target, "--strip-components=1"]);
  return packed;
}

async function main() {
  const runs = Number(cliArg("runs", "3"));
  const schema = resolve(cliArg("schema", join(ROOT, "..", "shared", "oci-provider", "oracle-oci-7.27.0.schema.json")));
  if (!existsSync(schema)) throw new Error(`full schema not found at ${schema}; pass --schema`);
  const work = mkdtempSync(join(tmpdir(), "oci-bench-typecheck-"));
  try {
    await measure(work, runs, schema);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function measure(work: string, runs: number, schema: string) {
  // Baseline app: full bindings + the raw pipeline, with the template's own tsconfig.
  const full = join(work, "full-bindings-app");
  const genStart = Date.now();
  await generateBindings(schema, full, /(\d+\.\d+\.\d+)/.exec(schema)?.[1] ?? "7.27.0");
  const genSeconds = (Date.now() - genStart) / 1000;
  layOutApp(full, { checks: false, strictest: false, main: readFileSync(join(__dirname, "full-bindings-app.ts.txt"), "utf8") });
  linkDependencies(full);

  // Consumer app: the packed library in node_modules; tsconfig.json is the template's, tsconfig.strictest.json adds STRICT.
  const consumer = join(work, "consumer-app");
  layOutApp(consumer, { checks: false, strictest: false });
  writeFileSync(join(consumer, "tsconfig.strictest.json"), JSON.stringify({ extends: "./tsconfig.json", compilerOptions: STRICT }, null, 2));
  linkDependencies(consumer);
  const packed = installPackedLibrary(work, consumer);

  const tsc = (dir: string, config = "tsconfig.json"): Measurement => measureNode(TSC, ["--noEmit", "--incremental", "false", "-p", join(dir, config)], dir, ["--max-old-space-size=16384"]);
  const results = { baseline: [] as Measurement[], project: [] as Measurement[], consumer: [] as Measurement[], strictest: [] as Measurement[] };
  // The machine is shared: the 1-minute load average before each subject says how quiet the run was.
  const loads: number[] = [];
  const sample = () => loads.push(loadavg()[0]!);
  for (let i = 0; i < runs; i++) {
    sample();
    results.baseline.push(tsc(full));
    sample();
    results.consumer.push(tsc(consumer));
    results.strictest.push(tsc(consumer, "tsconfig.strictest.json"));
    results.project.push(tsc(ROOT));
    sample();
    const s = (m: Measurement[]) => m[i]!.seconds.toFixed(1);
    console.log(`run ${i + 1}/${runs}: baseline ${s(results.baseline)} s, consumer ${s(results.consumer)} s, strictest ${s(results.strictest)} s, project ${s(results.project)} s`);
  }
  const errors = (m: Measurement[]) => (m[0]!.output.match(/error TS\d+/g) ?? []).length;
  const seconds = (m: Measurement[]) => median(m.map((x) => x.seconds));
  const peak = (m: Measurement[]) => median(m.map((x) => x.peakMiB));
  for (const m of [results.consumer, results.strictest]) if (errors(m)) throw new Error(`the consumer app does not type-check:\n${m[0]!.output}`);
  const row = (name: string, m: Measurement[]) => [name, seconds(m).toFixed(2), peak(m).toFixed(0), String(errors(m))];

  const projectRatio = seconds(results.baseline) / seconds(results.project);
  const consumerRatio = seconds(results.baseline) / seconds(results.consumer);
  const strictestRatio = seconds(results.baseline) / seconds(results.strictest);
  const md = [
    "## Type-check: library and project vs full oracle/oci bindings (`bench/typecheck`)",
    "",
    machineLine() +
      ` Median of ${runs} clean \`tsc --noEmit\` runs each, the subjects alternating; 1-minute load average ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on the shared machine. Full bindings generated in ${genSeconds.toFixed(1)} s.`,
    "",
    markdownTable(
      ["subject", "wall time (s)", "peak RSS (MiB)", "tsc errors"],
      [
        row("baseline: cdktf app on full-schema bindings (`cdktf get` style, template tsconfig)", results.baseline),
        row("consumer: the same app on the packed library's .d.ts (template tsconfig)", results.consumer),
        row("consumer, strictest: + exactOptionalPropertyTypes, noUncheckedIndexedAccess, skipLibCheck false", results.strictest),
        row("project: this repository, everything + subset bindings", results.project),
      ],
    ),
    "",
    `Package: \`${packed.filename}\`, ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${packed.entryCount} files.`,
    "",
    `**The consumer app type-checks ${consumerRatio.toFixed(1)}x faster than the same app on full bindings** with the same tsconfig (goal: at least 30x: ${consumerRatio >= 30 ? "met" : "NOT met"}); ` +
      `${strictestRatio.toFixed(1)}x with the strictest options, where every declaration file (@types/node, cdktf, the library) is checked too. ` +
      `**The whole project is ${projectRatio.toFixed(1)}x faster and uses ${(peak(results.baseline) / peak(results.project)).toFixed(1)}x less memory** (goal: at least 10x, under 1 GB peak: ${projectRatio >= 10 && peak(results.project) < 1024 ? "met" : "NOT met"}). ` +
      "The baseline's errors are the generated full bindings' own.",
  ].join("\n");
  writeSection("typecheck", md);
  console.log(md);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
