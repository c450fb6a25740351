/**
 * oci-pipelines validate [<outdir>]      (npm run validate [-- <outdir>])
 * Checks every synthesized stack in cdktf.out (or <outdir>) against the
 * committed oracle/oci schema.
 *
 * Exit codes: 0 every stack valid, 1 issues found (listed), 2 no readable synth output.
 */
import { formatIssues, listSynthesizedStacks, validateSynthOutput } from "./index";

const USAGE = `Usage: validate [<outdir>]   check every stack of a cdktf synth output (default cdktf.out) against the oracle/oci schema`;

export async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (argv.length > 1 || argv.some((a) => a.startsWith("-"))) {
    console.error(`validate: expected at most one output directory, got ${argv.join(" ")}\n\n${USAGE}`);
    return 2;
  }
  const outdir = argv[0] ?? "cdktf.out";
  try {
    const stacks = listSynthesizedStacks(outdir);
    const issues = validateSynthOutput(outdir);
    if (issues.length) {
      console.error(formatIssues(issues));
      console.error(`\n${issues.length} issue(s) in ${new Set(issues.map((i) => i.stack)).size} of ${stacks.length} stack(s)`);
      return 1;
    }
    console.log(`${stacks.length} stack(s) valid against the oracle/oci schema: ${stacks.map((s) => s.name).join(", ")}`);
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
}

if (require.main === module) main(process.argv.slice(2)).then((code) => (process.exitCode = code));
