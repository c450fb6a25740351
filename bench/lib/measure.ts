import { spawnSync } from "node:child_process";
import { join } from "node:path";

export interface Measurement {
  seconds: number;
  peakMiB: number;
  status: number | null;
  output: string;
}

/** Runs a Node script in a child process and reports wall time and peak RSS. */
export function measureNode(script: string, args: string[], cwd: string, nodeArgs: string[] = []): Measurement {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...nodeArgs, "-r", join(__dirname, "maxrss.js"), script, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const m = /__MAXRSS_KB__=(\d+)/.exec(r.stderr ?? "");
  return { seconds, peakMiB: m ? Number(m[1]) / 1024 : NaN, status: r.status, output: `${r.stdout}${r.stderr}`.replace(/\n?__MAXRSS_KB__=\d+\n?/, "") };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The value after `--<name>` on the command line, or `fallback`. */
export function cliArg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
