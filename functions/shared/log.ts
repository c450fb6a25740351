/**
 * One-line JSON logs on stdout (Fn ships stdout/stderr to OCI Logging).
 *
 * Every secret value the process learns is registered here, and every line is scrubbed of all
 * registered values just before it is written, so a secret cannot leak through an error message
 * that happens to quote a header or an upstream body.
 */
const secrets = new Set<string>();
const REDACTED = "[redacted]";

/** Registers a value (and nothing shorter than 4 chars, which would shred ordinary text). */
export function registerSecret(value: string): void {
  if (value.length >= 4) secrets.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) {
    if (out.includes(s)) out = out.split(s).join(REDACTED);
  }
  return out;
}

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const wanted = (process.env.LOG_LEVEL ?? "info").toLowerCase() as Level;
  return ORDER[wanted] ?? ORDER.info;
}

let minLevel = threshold();

/** Re-reads LOG_LEVEL; used by tests that change the environment in-process. */
export function resetLogLevel(): void {
  minLevel = threshold();
}

function write(level: Level, msg: string, fields?: Record<string, unknown>): void {
  if (ORDER[level] < minLevel) return;
  const line = JSON.stringify({ level, msg, fn: process.env.FN_FN_NAME, ...fields });
  const safe = redact(line);
  if (level === "error" || level === "warn") process.stderr.write(safe + "\n");
  else process.stdout.write(safe + "\n");
}

export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => write("debug", msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write("info", msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write("warn", msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write("error", msg, fields),
};
