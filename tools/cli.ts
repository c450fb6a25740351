#!/usr/bin/env node
/**
 * `oci-pipelines <command> [options]`: the package's command-line entry (its `bin`).
 *
 * Convention for a tool: it lives in `tools/<tool>/cli.ts` and exports
 *
 *     export async function main(argv: string[]): Promise<number>
 *
 * which takes the arguments after the command name and resolves to the exit
 * code (0 ok, 1 the tool's check failed, 2 usage or input error). It never
 * calls process.exit, and it runs itself only when it is the entry module:
 *
 *     if (require.main === module) main(process.argv.slice(2)).then((code) => (process.exitCode = code));
 *
 * so `tsx tools/<tool>/cli.ts` keeps working and this dispatcher can import it.
 * Adding a tool is one line in COMMANDS; each tool is loaded only when run.
 */

interface Command {
  /** One line for `oci-pipelines --help`. */
  readonly summary: string;
  readonly load: () => Promise<{ main(argv: string[]): Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  validate: { summary: "[<outdir>]  check a cdktf synth output (default cdktf.out) against the oracle/oci schema", load: () => import("./validate/cli") },
  review: { summary: "--base <dir|git ref> [--head <dir>] | --plan <file> ...  pull-request plan review", load: () => import("./review/cli") },
  simulate: { summary: "--event <file> | --alarm <ref> --state FIRING|OK | --message <file> --topic <ref> | --http \"POST /path\"  what a synthesized pipeline would run", load: () => import("./simulate/cli") },
  orm: { summary: "package [--out <dir>] | deploy <env> [--stack <name>]... [--plan-only | --apply]  OCI Resource Manager", load: () => import("./orm/cli") },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    "Usage: oci-pipelines <command> [options]",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "`oci-pipelines <command> --help` shows a command's options.",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? console.error : console.log)(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`oci-pipelines: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")})\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).main(rest);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(process.env.OCI_PIPELINES_DEBUG ? e : `oci-pipelines: ${(e as Error).message ?? e}`);
      process.exitCode = 2;
    },
  );
}
