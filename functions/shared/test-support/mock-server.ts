import { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as an upstream mock saw it. */
export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly at: number;
}

export type MockHandler = (req: Recorded, res: ServerResponse) => void | Promise<void>;

export interface MockServer {
  readonly url: string;
  readonly requests: Recorded[];
  /** Handlers consumed one per request before falling back to the default: fault injection. */
  readonly queue: MockHandler[];
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 (random port) that records every request. */
export async function startMock(defaultHandler: MockHandler): Promise<MockServer> {
  const requests: Recorded[] = [];
  const queue: MockHandler[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rec: Recorded = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() };
      requests.push(rec);
      const handler = queue.shift() ?? defaultHandler;
      Promise.resolve(handler(rec, res)).catch((err: Error) => {
        if (!res.headersSent) sendJson(res, 500, { error: err.message });
      });
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    queue,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(text);
}

/** Canned faults for `MockServer.queue`. */
export const faults = {
  status: (status: number, headers: Record<string, string> = {}): MockHandler => (_req, res) => sendJson(res, status, { error: `injected ${status}` }, headers),
  /** Never answers within `ms`; the client's per-attempt timeout must fire. */
  hang: (ms: number): MockHandler => (_req, res) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        if (!res.destroyed) sendJson(res, 200, {});
        resolve();
      }, ms);
      // The client gives up first; don't keep the test process alive for the rest of `ms`.
      res.on("close", () => {
        clearTimeout(timer);
        resolve();
      });
    }),
  malformed: (): MockHandler => (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end('{"items": [ {"id": 1,');
  },
  /** Answers 200 with this JSON body instead of what the service would have said. */
  body: (body: unknown): MockHandler => (_req, res) => sendJson(res, 200, body),
  /**
   * The upstream acts on the request (via `serve`) but the answer never arrives: the
   * connection is reset, or a 500 is sent instead. The ambiguous failure of a create.
   */
  appliedThen: (serve: MockHandler, outcome: "reset" | 500): MockHandler => async (req, res) => {
    const swallow = { writeHead: () => swallow, setHeader: () => swallow, end: () => swallow, headersSent: false, destroyed: false } as unknown as ServerResponse;
    await serve(req, swallow);
    if (outcome === "reset") res.socket?.destroy();
    else sendJson(res, 500, { error: "injected 500 after applying" });
  },
  /** Passes the request through unchanged (to aim a fault at a later request). */
  pass: (serve: MockHandler): MockHandler => serve,
};

/** Forgets recorded requests and pending faults between tests. */
export function resetMocks(...mocks: MockServer[]): void {
  for (const m of mocks) {
    m.requests.length = 0;
    m.queue.length = 0;
  }
}

/** Stops function processes and closes mocks, skipping any that never started. */
export async function stopAll(...items: Array<{ stop(): Promise<void> } | { close(): Promise<void> } | undefined>): Promise<void> {
  for (const item of items) {
    if (!item) continue;
    await ("stop" in item ? item.stop() : item.close());
  }
}
