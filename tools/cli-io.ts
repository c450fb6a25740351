/**
 * What the tools' `main(argv, io)` functions share (see ./cli.ts for their
 * convention): where they write, and how a command line they cannot run is told
 * apart from a failure of the tool's own check.
 */

/** Where a tool writes: the process's streams, or a test's buffers. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The process's own standard output and standard error. */
export const processIo: Io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/** A command line the tool cannot run as given: exit code 2, followed by the tool's usage text. */
export class UsageError extends Error {}

/** Whether `e` is node:util `parseArgs` refusing the arguments (an unknown option, a missing value, ...). */
export const isParseArgsError = (e: unknown): boolean => (e as { code?: unknown } | null)?.code?.toString().startsWith("ERR_PARSE_ARGS") === true;
