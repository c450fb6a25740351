/**
 * npm run validate [-- <outdir>]
 * Checks every synthesized stack in cdktf.out (or <outdir>) against the
 * committed oracle/oci schema; exits 1 and lists the issues when any is found.
 */
import { formatIssues, listSynthesizedStacks, validateSynthOutput } from "./index";

const outdir = process.argv[2] ?? "cdktf.out";
try {
  const stacks = listSynthesizedStacks(outdir);
  const issues = validateSynthOutput(outdir);
  if (issues.length) {
    console.error(formatIssues(issues));
    console.error(`\n${issues.length} issue(s) in ${new Set(issues.map((i) => i.stack)).size} of ${stacks.length} stack(s)`);
    process.exit(1);
  }
  console.log(`${stacks.length} stack(s) valid against the oracle/oci schema: ${stacks.map((s) => s.name).join(", ")}`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
