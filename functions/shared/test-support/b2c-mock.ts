import type { ServerResponse } from "node:http";
import { type MockHandler, type MockServer, type Recorded, sendJson, startMock } from "./mock-server";

/**
 * An in-memory Oracle B2C Service behind its Connect REST paths (/services/rest/connect/v1.4),
 * answering in the documented shapes:
 * - collections (GET /contacts?q=..., /incidents?q=..., /incidents/{id}/threads):
 *   {"items":[{"id","lookupName","links":[{"rel":"canonical","href"}]}], "hasMore", "links"},
 *   paged with a "next" link when more than `pageSize` records match;
 * - ROQL tabular queries (GET /queryResults/?query=SELECT ... FROM incidents WHERE ...):
 *   {"items":[{"tableName","count","columnNames","rows":[["1","..."]]}]}, values as strings;
 * - creates answer 201 with the new record's id and lookupName.
 * The q parameter understands `<field> = '<v>'` and `<field> IN ('<a>', '<b>')`; queryResults
 * understands `SELECT id, <field> FROM incidents WHERE <field> LIKE '<prefix>%'`. Requests
 * without the basic credentials or the OSvC-CREST-Application-Context header are refused, as
 * the real API does.
 */
export interface Thread {
  id: number;
  text: string;
  entryType?: unknown;
  contentType?: unknown;
}

export interface Incident {
  id: number;
  subject: string;
  threads: Thread[];
  [field: string]: unknown;
}

export interface Contact {
  id: number;
  name: unknown;
  phones: Array<{ number: string; phoneType?: unknown }>;
}

export interface B2cMockOptions {
  /** Records per collection page (the real default is 1000). */
  pageSize?: number;
  /** Behave like a site that drops phones sent inline on POST /contacts. */
  ignoreInlinePhones?: boolean;
}

/** The service's state and request handler, without a server of its own (see `createB2cService`). */
export interface B2cService {
  readonly contacts: Contact[];
  readonly incidents: Incident[];
  readonly options: B2cMockOptions;
  /**
   * Holds the next `count` requests matching `match` until all of them have arrived, then
   * serves them in arrival order: two deliveries that look up at the same moment both see the
   * state before either one writes.
   */
  gate(count: number, match: (req: Recorded) => boolean): void;
  /** The normal behaviour, for fault handlers that act first and then break the answer. */
  readonly serve: MockHandler;
}

export interface B2cMock extends MockServer, B2cService {
  readonly base: string;
}

export const B2C_PATH = "/services/rest/connect/v1.4";

export function getPath(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function merge(target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(patch)) {
    const cur = target[k];
    if (v && typeof v === "object" && !Array.isArray(v) && cur && typeof cur === "object" && !Array.isArray(cur)) merge(cur as Record<string, unknown>, v as Record<string, unknown>);
    else target[k] = v;
  }
}

/** `<field> = '<v>'` or `<field> IN ('<a>', ...)`, the two ROQL forms the functions send. */
function parseQ(q: string | null): { field: string; values: string[] } | undefined {
  if (!q) return undefined;
  const eq = /^([\w.]+)\s*=\s*'([^']*)'$/.exec(q);
  if (eq) return { field: eq[1], values: [eq[2]] };
  const inList = /^([\w.]+)\s+IN\s+\((.*)\)$/i.exec(q);
  if (!inList) return undefined;
  const values = [...inList[2].matchAll(/'([^']*)'/g)].map((m) => m[1]);
  return values.length > 0 ? { field: inList[1], values } : undefined;
}

const TABULAR = /^SELECT\s+id\s*,\s*([\w.]+)\s+FROM\s+incidents\s+WHERE\s+([\w.]+)\s+LIKE\s+'([^'%]*)%'\s*;?$/i;

/**
 * The service without a server: `serve` answers requests under `origin()` + B2C_PATH (the
 * origin its links name), accepting those whose Authorization header `authorized` accepts.
 * For hosts that route several upstreams through one server (the pipeline simulator);
 * `startB2cMock` is this behind a server of its own with one integration user.
 */
export function createB2cService(authorized: (authorization: string | undefined) => boolean, origin: () => string, options: B2cMockOptions = {}): B2cService {
  const contacts: Contact[] = [];
  const incidents: Incident[] = [];
  const gates: Array<{ count: number; match: (req: Recorded) => boolean; waiting: Array<() => void> }> = [];
  let nextId = 100;
  let nextThreadId = 1;

  const link = (path: string) => ({ rel: "canonical", href: `${origin()}${B2C_PATH}${path}` });
  /** A collection answer for `records`, paged from `offset`. */
  const collection = (res: ServerResponse, path: string, offset: number, records: Array<Record<string, unknown>>) => {
    const size = options.pageSize ?? 1000;
    const page = records.slice(offset, offset + size);
    const hasMore = offset + size < records.length;
    const url = new URL(path, "http://x");
    const links: Array<{ rel: string; href: string }> = [{ rel: "canonical", href: `${origin()}${B2C_PATH}${url.pathname}` }];
    if (hasMore) {
      url.searchParams.set("offset", String(offset + size));
      links.push({ rel: "next", href: `${origin()}${B2C_PATH}${url.pathname}${url.search}` });
    }
    sendJson(res, 200, { items: page, hasMore, links });
  };

  const serve: MockHandler = async (req, res) => {
    const gate = gates.find((g) => g.match(req));
    if (gate) {
      await new Promise<void>((release) => {
        gate.waiting.push(release);
        if (gate.waiting.length === gate.count) {
          gates.splice(gates.indexOf(gate), 1);
          gate.waiting.forEach((r) => r());
        }
      });
    }
    if (!authorized(req.headers.authorization)) return sendJson(res, 401, { title: "Unauthorized" });
    if (!req.headers["osvc-crest-application-context"]) return sendJson(res, 400, { title: "OSvC-CREST-Application-Context header is required" });
    if (!req.path.startsWith(B2C_PATH)) return sendJson(res, 404, {});
    const path = req.path.slice(B2C_PATH.length);
    const url = new URL(path, "http://x");
    const route = url.pathname;
    const offset = Number(url.searchParams.get("offset") ?? "0");
    const body = req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {};
    let m: RegExpExecArray | null;

    if (req.method === "GET" && route === "/contacts") {
      const q = parseQ(url.searchParams.get("q"));
      if (q?.field !== "phones.number") return sendJson(res, 400, { title: "unsupported query" });
      const found = contacts.filter((c) => c.phones.some((p) => q.values.includes(p.number)));
      return collection(res, path, offset, found.map((c) => ({ id: c.id, lookupName: "SMS User", links: [link(`/contacts/${c.id}`)] })));
    }
    if (req.method === "POST" && route === "/contacts") {
      const phones = !options.ignoreInlinePhones && Array.isArray(body.phones) ? (body.phones as Contact["phones"]).map((p) => ({ number: String(p.number), phoneType: p.phoneType })) : [];
      const contact: Contact = { id: nextId++, name: body.name, phones };
      contacts.push(contact);
      return sendJson(res, 201, { id: contact.id, lookupName: "SMS User", links: [link(`/contacts/${contact.id}`)] });
    }
    if (req.method === "POST" && (m = /^\/contacts\/(\d+)\/phones$/.exec(route))) {
      const contact = contacts.find((c) => c.id === Number(m![1]));
      if (!contact) return sendJson(res, 404, {});
      contact.phones.push({ number: String(body.number), phoneType: body.phoneType });
      return sendJson(res, 201, { number: body.number });
    }
    if (req.method === "GET" && route === "/incidents") {
      const q = parseQ(url.searchParams.get("q"));
      if (!q) return sendJson(res, 400, { title: "unsupported query" });
      const found = incidents.filter((i) => q.values.includes(getPath(i, q.field) as string));
      return collection(res, path, offset, found.map((i) => ({ id: i.id, lookupName: `REF-${i.id}`, links: [link(`/incidents/${i.id}`)] })));
    }
    if (req.method === "GET" && (route === "/queryResults/" || route === "/queryResults")) {
      const t = TABULAR.exec(url.searchParams.get("query") ?? "");
      if (!t || t[1].toLowerCase() !== t[2].toLowerCase()) return sendJson(res, 400, { title: "unsupported ROQL query" });
      const field = t[1];
      const rows = incidents.map((i) => [String(i.id), getPath(i, field)] as const).filter(([, v]) => typeof v === "string" && v.startsWith(t[3]));
      return sendJson(res, 200, { items: [{ tableName: "incidents", count: rows.length, columnNames: ["id", field.split(".").pop()], rows }] });
    }
    if (req.method === "POST" && route === "/incidents") {
      const threads = ((body.threads as Thread[] | undefined) ?? []).map((t) => ({ ...t, id: nextThreadId++ }));
      const incident = { ...body, id: nextId++, threads } as Incident;
      incidents.push(incident);
      return sendJson(res, 201, { id: incident.id, lookupName: `REF-${incident.id}`, referenceNumber: `REF-${incident.id}`, links: [link(`/incidents/${incident.id}`)] });
    }
    const incident = (m = /^\/incidents\/(\d+)/.exec(route)) ? incidents.find((i) => i.id === Number(m![1])) : undefined;
    if (m && !incident) return sendJson(res, 404, { title: "incident not found" });
    if (incident && req.method === "PATCH" && /^\/incidents\/\d+$/.test(route)) {
      merge(incident, body);
      res.writeHead(200).end();
      return;
    }
    if (incident && req.method === "GET" && route.endsWith("/threads")) {
      return collection(res, path, offset, incident.threads.map((t) => ({ ...t, links: [link(`/incidents/${incident.id}/threads/${t.id}`)] })));
    }
    if (incident && req.method === "POST" && route.endsWith("/threads")) {
      const thread = { ...(body as unknown as Thread), id: nextThreadId++ };
      incident.threads.push(thread);
      return sendJson(res, 201, { id: thread.id, links: [link(`/incidents/${incident.id}/threads/${thread.id}`)] });
    }
    sendJson(res, 404, { title: `no route ${req.method} ${route}` });
  };
  return {
    contacts,
    incidents,
    options,
    serve,
    gate: (count: number, match: (req: Recorded) => boolean) => void gates.push({ count, match, waiting: [] }),
  };
}

export async function startB2cMock(username: string, password: string, options: B2cMockOptions = {}): Promise<B2cMock> {
  const auth = "Basic " + Buffer.from(`${username}:${password}`).toString("base64");
  let origin = "";
  const service = createB2cService((authorization) => authorization === auth, () => origin, options);
  const server = await startMock(service.serve);
  origin = server.url;
  return Object.assign(server, { base: server.url + B2C_PATH, ...service });
}

/** Requests that look up incidents by reference (q=... on the collection). */
export const isIncidentLookup = (req: Recorded) => req.method === "GET" && /\/incidents\?q=/.test(req.path);
