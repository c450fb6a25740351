/**
 * Synthesis benchmarks.
 *
 *   npm run bench:synth [-- --runs 3]
 *
 * 1. `synth`: N pipelines (an Events rule to a topic with three subscriptions
 *    and a function) for N = 10, 100, 1,000, written with the constructs and,
 *    as the baseline, with the raw generated classes producing the same
 *    resources; same run, fresh process per measurement.
 * 2. `synth-app`: the whole tenancy app (foundation + six pipelines) for three
 *    environments (dev, prod and a staging entry).
 * Times cover construction and synthesis inside the process (not Node/tsx
 * start-up); memory is the process's peak RSS.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { machineLine, markdownTable, writeSection } from "../lib/results";
import { cliArg, measureNode, median } from "../lib/measure";

const ROOT = resolve(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const runs = Number(cliArg("runs", "3"));

interface Sample {
  seconds: number;
  peakMiB: number;
  resources: number;
  stacks: number;
}

function once(variant: string, n: number): Sample {
  const outdir = mkdtempSync(join(tmpdir(), "bench-synth-"));
  try {
    const m = measureNode(TSX, [join(__dirname, "child.ts"), variant, String(n), outdir], ROOT);
    if (m.status !== 0) throw new Error(`${variant} ${n} failed:\n${m.output}`);
    const r = JSON.parse(m.output.trim().split("\n").pop()!);
    return { seconds: r.seconds, peakMiB: r.peakMiB, resources: r.resources, stacks: r.stacks };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const summarize = (results: Sample[]): Sample => ({
  seconds: median(results.map((r) => r.seconds)),
  peakMiB: median(results.map((r) => r.peakMiB)),
  resources: results[0].resources,
  stacks: results[0].stacks,
});

/**
 * Constructs and raw runs alternate, and the ratio is the median of the
 * per-pair ratios: on a shared 2-core machine the load drifts between runs,
 * and pairing adjacent runs keeps that drift out of the comparison.
 */
function comparePaired(n: number): { c: Sample; r: Sample; ratio: number } {
  const cs: Sample[] = [];
  const rs: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    cs.push(once("constructs", n));
    rs.push(once("raw", n));
  }
  return { c: summarize(cs), r: summarize(rs), ratio: median(cs.map((c, i) => c.seconds / rs[i].seconds)) };
}

const rows: Array<Array<string | number>> = [];
const byN: Record<number, { c: Sample; r: Sample; ratio: number }> = {};
for (const n of [10, 100, 1000]) {
  const { c, r, ratio } = (byN[n] = comparePaired(n));
  rows.push([n, c.resources, r.resources, c.seconds.toFixed(2), r.seconds.toFixed(2), `${ratio.toFixed(2)}x`, c.peakMiB.toFixed(0), r.peakMiB.toFixed(0)]);
  console.log(rows[rows.length - 1].join(" | "));
}
const overhead = Math.max(...[10, 100, 1000].map((n) => byN[n].ratio));
const scaling = byN[1000].c.seconds / byN[100].c.seconds;
writeSection(
  "synth",
  [
    "## Synthesis: constructs vs raw generated classes (`bench/synth`)",
    "",
    `${machineLine()} Median of ${runs} runs, each in a fresh process, constructs and raw alternating; ratio = median of the paired per-run ratios; time = construction + synthesis, memory = peak RSS of the process (tsx and cdktf loaded in both).`,
    "",
    markdownTable(["pipelines", "resources (constructs)", "resources (raw)", "constructs (s)", "raw baseline (s)", "ratio (paired median)", "constructs peak (MiB)", "raw peak (MiB)"], rows),
    "",
    `Worst construct overhead: **${overhead.toFixed(2)}x raw** (goal at most 1.5x: ${overhead <= 1.5 ? "met" : "NOT met"}). Scaling: 1,000 pipelines take **${scaling.toFixed(1)}x** the time of 100 (goal at most 12x: ${scaling <= 12 ? "met" : "NOT met"}). Both variants emit the same resources (the raw app mirrors what the constructs generate: the application with its invoke log and one grants policy); the construct run also does every validation, the grant engine's work and, since every OciEnvironment guards synthesis, the offline schema check of the stacks it wrote.`,
  ].join("\n"),
);

const app = summarize(Array.from({ length: runs }, () => once("app", 0)));
writeSection(
  "synth-app",
  [
    "## Synthesis of the whole tenancy app, three environments (`bench/synth`)",
    "",
    `${machineLine()} Median of ${runs} runs in fresh processes: foundation + six pipeline stacks for dev, prod and staging, including the pre-write validation of every stack and the schema check of what was written.`,
    "",
    markdownTable(["stacks", "resources", "time (s)", "peak RSS (MiB)"], [[app.stacks, app.resources, app.seconds.toFixed(2), app.peakMiB.toFixed(0)]]),
    "",
    `Goal under 10 s and 1 GB: ${app.seconds < 10 && app.peakMiB < 1024 ? "met" : "NOT met"}.`,
  ].join("\n"),
);
console.log(`app: ${JSON.stringify(app)}`);
