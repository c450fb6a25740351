/**
 * oci-pipelines review --base <dir|git ref> --head <dir>   (two cdktf synth outputs; npm run review -- …)
 * oci-pipelines review --plan [stack=]plan.json [--plan …]  (terraform show -json output)
 *   [--format markdown|json|both] [--out file] [--json-out file] [--fail-on broadening,high,destroy]
 *
 * Exit codes: 0 reviewed (gate passed), 1 a --fail-on condition holds, 2 usage or input error.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { Io, isParseArgsError, processIo, UsageError } from "../cli-io";
import { StackInput } from "./model";
import { Redactor } from "./mask";
import { loadSynthDir } from "./load-synth";
import { loadPlanFile } from "./load-plan";
import { diffSynth } from "./diff";
import { isGitRef, synthesizeGitRef } from "./git-ref";
import { review } from "./review";
import { parseFailOn } from "./gate";
import { renderMarkdown } from "./render-markdown";
import { renderJson } from "./render-json";

const USAGE = `Usage:
  review --base <dir|git ref> [--head <dir>]   compare two cdktf synth outputs (head defaults to cdktf.out;
                                               a git ref is synthesized in a temporary worktree)
  review --plan [<stack>=]<plan.json> ...      review terraform show -json plan files (one stack each)
Options:
  --format markdown|json|both   what to produce (default markdown)
  --out <file>                  write the markdown (or, with --format json, the JSON) here instead of stdout
  --json-out <file>             write the JSON here (required with --format both unless --out is a .md file)
  --fail-on <conditions>        exit 1 when any holds: broadening, high, destroy (repeatable or comma list)
  --help                        show this help`;


type Format = "markdown" | "json" | "both";

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Loads the synth pair; a base that is not a directory must be a git ref. */
function loadSynthInputs(base: string, head: string, redactor: Redactor, io: Io): StackInput[] {
  if (!existsSync(head) || !statSync(head).isDirectory()) throw new UsageError(`--head ${head}: not a directory (run \`npm run synth\` first)`);
  if (existsSync(base) && statSync(base).isDirectory()) return diffSynth(loadSynthDir(base), loadSynthDir(head), redactor);
  if (!isGitRef(base)) throw new UsageError(`--base ${base}: neither a directory nor a git ref`);
  const synthesized = synthesizeGitRef(base);
  const deps = { head: "", cache: "with its own dependencies (cached install of its lockfile)", installed: "with its own dependencies (installed: its lockfile differs)", none: "without node_modules" };
  if (synthesized.dependencies !== "head") io.stderr(`review: base ${base} synthesized ${deps[synthesized.dependencies]}\n`);
  try {
    return diffSynth(loadSynthDir(synthesized.outdir), loadSynthDir(head), redactor);
  } finally {
    synthesized.cleanup();
  }
}

function loadPlanInputs(plans: readonly string[], redactor: Redactor): StackInput[] {
  const inputs = plans.map((p) => loadPlanFile(p, redactor));
  const seen = new Set<string>();
  for (const i of inputs) {
    if (seen.has(i.stack)) throw new UsageError(`two plans are named "${i.stack}": name them with --plan <stack>=<file>`);
    seen.add(i.stack);
  }
  return inputs;
}

/** Runs the review; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        base: { type: "string" },
        head: { type: "string" },
        plan: { type: "string", multiple: true },
        format: { type: "string", default: "markdown" },
        out: { type: "string" },
        "json-out": { type: "string" },
        "fail-on": { type: "string", multiple: true },
        help: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const format = values.format as Format;
    if (!["markdown", "json", "both"].includes(format)) throw new UsageError(`--format must be markdown, json or both (got ${format})`);
    const plans = values.plan ?? [];
    if (plans.length && (values.base || values.head)) throw new UsageError("give either --plan or --base/--head, not both");
    if (!plans.length && !values.base) throw new UsageError("nothing to review: give --base <dir|ref> [--head <dir>] or --plan <file>");
    const failOn = parseFailOn(values["fail-on"] ?? []);
    let jsonOut = values["json-out"];
    if (format === "both" && !jsonOut) {
      if (!values.out?.endsWith(".md")) throw new UsageError("--format both needs --json-out <file> (or an --out ending in .md)");
      jsonOut = values.out.replace(/\.md$/, ".json");
    }

    const redactor = new Redactor();
    const inputs = plans.length ? loadPlanInputs(plans, redactor) : loadSynthInputs(values.base!, values.head ?? "cdktf.out", redactor, io);
    const report = review(inputs, { source: plans.length ? "plan" : "synth", failOn, redactor });

    if (format !== "json") {
      const md = renderMarkdown(report, redactor);
      if (values.out) write(values.out, md);
      else io.stdout(md);
    }
    if (format !== "markdown") {
      const json = renderJson(report, redactor);
      const target = jsonOut ?? (format === "json" ? values.out : undefined);
      if (target) write(target, json);
      else io.stdout(json);
    }
    const s = report.summary;
    io.stderr(
      `oci-plan-review: ${s.add} to add, ${s.change} to change, ${s.replace} to replace, ${s.destroy} to destroy; ${s.broadening} broadening; ${s.newFindings.critical + s.newFindings.high} new high/critical finding(s)${s.topRisks[0] ? `; worst: ${s.topRisks[0].severity} ${s.topRisks[0].stack} ${s.topRisks[0].address}` : ""}\n`,
    );
    if (report.gate.failed) {
      io.stderr(`gate failed (--fail-on ${report.gate.failOn.join(",")}):\n${report.gate.reasons.map((r) => `  - ${r}`).join("\n")}\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    const usage = e instanceof UsageError || isParseArgsError(e);
    io.stderr(`review: ${(e as Error).message}\n${usage ? `\n${USAGE}\n` : ""}`);
    return 2;
  }
}

if (require.main === module) main(process.argv.slice(2)).then((code) => (process.exitCode = code));
