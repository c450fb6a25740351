/**
 * One measured run, in its own process so peak RSS belongs to it alone:
 *   review   — the full CLI pipeline (load, diff, IAM, exposure, findings, markdown + JSON)
 *   baseline — plain JSON load of both outputs and a structural per-resource diff, no analysis
 * Prints `{"ms":…, "cpuMs":…, "maxRssKiB":…, "changes":…}` on stdout (cpuMs: user + system CPU
 * time of the process, which load from other processes on a shared machine inflates far less).
 */
import { loadSynthDir } from "../../tools/review/load-synth";
import { deepEqual, diffSynth } from "../../tools/review/diff";
import { Redactor } from "../../tools/review/mask";
import { review } from "../../tools/review/review";
import { renderMarkdown } from "../../tools/review/render-markdown";
import { renderJson } from "../../tools/review/render-json";

const [mode, base, head] = process.argv.slice(2);

function runReview(): number {
  const redactor = new Redactor();
  const report = review(diffSynth(loadSynthDir(base), loadSynthDir(head), redactor), { source: "synth", failOn: ["destroy", "broadening", "high"], redactor });
  const md = renderMarkdown(report, redactor);
  const json = renderJson(report, redactor);
  if (!md.length || !json.length) throw new Error("empty report");
  return report.stacks.reduce((n, s) => n + s.changes.length, 0);
}

function runBaseline(): number {
  const b = new Map(loadSynthDir(base).map((s) => [s.name, s]));
  let changed = 0;
  for (const h of loadSynthDir(head)) {
    const before = b.get(h.name)?.resources;
    for (const [address, r] of h.resources) if (!before?.has(address) || !deepEqual(before.get(address)!.body, r.body)) changed++;
    for (const address of before?.keys() ?? []) if (!h.resources.has(address)) changed++;
  }
  return changed;
}

const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const changes = mode === "review" ? runReview() : runBaseline();
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKiB: process.resourceUsage().maxRSS, changes }));
