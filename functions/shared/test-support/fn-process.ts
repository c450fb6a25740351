import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { type Agent, type ClientRequest, request } from "node:http";
import { buildFunction, distFile, type FunctionName } from "../../build";

/**
 * Runs a bundled function the way Fn does: `node dist/func.js` with FN_LISTENER pointing at a
 * Unix socket and FN_FORMAT=http-stream, then talks to it over that socket with real HTTP
 * requests to POST /call, carrying the Fn-Call-Id / Fn-Deadline headers Fn sends.
 */
export interface FnResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  json<T = Record<string, unknown>>(): T;
  /** The status API Gateway would return (Fn-Http-Status), defaulting to the socket status. */
  readonly gatewayStatus: number;
}

export interface InvokeOptions {
  readonly headers?: Record<string, string>;
  /** Simulates an API Gateway invocation: these become Fn-Http-H-* plus method and URL. */
  readonly gateway?: { readonly url: string; readonly method?: string; readonly headers?: Record<string, string> };
  readonly agent?: Agent;
  readonly deadlineMs?: number;
  /**
   * Sends the body in pieces of this many bytes, each written after the previous one was
   * flushed and a short pause, so the function reads it in several network chunks (and a
   * multi-byte character can straddle two reads, as happens with large or slow uploads).
   */
  readonly chunkBytes?: number;
}

export interface FnProcess {
  readonly pid: number;
  readonly socketPath: string;
  stdout(): string;
  stderr(): string;
  invoke(body: string | object | Buffer, options?: InvokeOptions): Promise<FnResponse>;
  stop(): Promise<void>;
}

const builds = new Map<FunctionName, Promise<unknown>>();

/** Builds each function at most once per test worker. */
export function ensureBuilt(name: FunctionName): Promise<unknown> {
  let p = builds.get(name);
  if (!p) {
    p = buildFunction(name);
    builds.set(name, p);
  }
  return p;
}

let counter = 0;

export function socketPathFor(name: string): string {
  return `/tmp/fn-${name}-${process.pid}-${Date.now().toString(36)}-${counter++}.sock`;
}

export async function waitForSocket(path: string, child: ChildProcess, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!existsSync(path)) {
    if (child.exitCode !== null) throw new Error(`function exited with code ${child.exitCode} before listening`);
    if (Date.now() - started > timeoutMs) throw new Error(`socket ${path} did not appear within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

export function invokeSocket(socketPath: string, body: string | object | Buffer, options: InvokeOptions = {}): Promise<FnResponse> {
  const payload = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === "string" ? body : JSON.stringify(body), "utf8");
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "Fn-Call-Id": `call-${Date.now().toString(36)}-${counter++}`,
    "Fn-Deadline": new Date(Date.now() + (options.deadlineMs ?? 30_000)).toISOString(),
    ...options.headers,
  };
  if (options.gateway) {
    headers["Fn-Intent"] = "httprequest";
    headers["Fn-Http-Method"] = options.gateway.method ?? "POST";
    headers["Fn-Http-Request-Url"] = options.gateway.url;
    for (const [k, v] of Object.entries(options.gateway.headers ?? {})) headers[`Fn-Http-H-${k}`] = v;
  }
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path: "/call", method: "POST", headers, agent: options.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const fnStatus = res.headers["fn-http-status"];
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          json: <T>() => JSON.parse(text) as T,
          gatewayStatus: typeof fnStatus === "string" ? Number(fnStatus) : (res.statusCode ?? 0),
        });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (!options.chunkBytes) {
      req.end(payload);
      return;
    }
    writeInChunks(req, payload, options.chunkBytes).catch(reject);
  });
}

async function writeInChunks(req: ClientRequest, payload: Buffer, size: number): Promise<void> {
  for (let at = 0; at < payload.length; at += size) {
    const piece = payload.subarray(at, at + size);
    await new Promise<void>((resolve, reject) => req.write(piece, (err) => (err ? reject(err) : resolve())));
    // Let the piece leave the process before the next one, so the reads stay separate.
    await new Promise((r) => setTimeout(r, 2));
  }
  req.end();
}

export async function startFunction(name: FunctionName, env: Record<string, string>): Promise<FnProcess> {
  await ensureBuilt(name);
  const socketPath = socketPathFor(name);
  let out = "";
  let err = "";
  const child = spawn(process.execPath, [distFile(name)], {
    env: { PATH: process.env.PATH ?? "", FN_LISTENER: `unix:${socketPath}`, FN_FORMAT: "http-stream", FN_FN_NAME: name, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (c: Buffer) => (out += c.toString("utf8")));
  child.stderr?.on("data", (c: Buffer) => (err += c.toString("utf8")));
  try {
    await waitForSocket(socketPath, child);
  } catch (e) {
    child.kill("SIGKILL");
    throw new Error(`${(e as Error).message}\nstdout: ${out}\nstderr: ${err}`);
  }
  return {
    pid: child.pid ?? -1,
    socketPath,
    stdout: () => out,
    stderr: () => err,
    invoke: (body, options) => invokeSocket(socketPath, body, options),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(socketPath, { force: true });
      rmSync(`${socketPath}.tmp`, { force: true });
    },
  };
}

/** Resident set size of a process in bytes, from /proc (Linux, which is what Fn runs on). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!m) throw new Error("VmRSS not found");
  return Number(m[1]) * 1024;
}
