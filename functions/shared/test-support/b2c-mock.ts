import { type MockServer, sendJson, startMock } from "./mock-server";

/**
 * An in-memory Oracle B2C Service behind its Connect REST paths (/services/rest/connect/v1.4):
 * contacts (query by phones.number, create, add phone), incidents (query by a field, create with
 * inline threads, PATCH) and incident threads (list with expand, add). Requests without the basic
 * credentials or the OSvC-CREST-Application-Context header are refused, as the real API does.
 */
export interface Incident {
  id: number;
  subject: string;
  threads: Array<{ text: string; entryType?: unknown }>;
  [field: string]: unknown;
}

export interface B2cMock extends MockServer {
  readonly base: string;
  readonly contacts: Array<{ id: number; name: unknown; phones: string[] }>;
  readonly incidents: Incident[];
}

export const B2C_PATH = "/services/rest/connect/v1.4";

function getPath(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function merge(target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(patch)) {
    const cur = target[k];
    if (v && typeof v === "object" && !Array.isArray(v) && cur && typeof cur === "object" && !Array.isArray(cur)) merge(cur as Record<string, unknown>, v as Record<string, unknown>);
    else target[k] = v;
  }
}

/** Parses the one ROQL shape the functions send: `<field>='<value>'`. */
function parseQ(path: string): { field: string; value: string } | undefined {
  const q = new URL(path, "http://x").searchParams.get("q");
  const m = q ? /^([\w.]+)\s*=\s*'([^']*)'$/.exec(q) : null;
  return m ? { field: m[1], value: m[2] } : undefined;
}

export async function startB2cMock(username: string, password: string): Promise<B2cMock> {
  const contacts: B2cMock["contacts"] = [];
  const incidents: Incident[] = [];
  let nextId = 100;
  const auth = "Basic " + Buffer.from(`${username}:${password}`).toString("base64");
  const server = await startMock((req, res) => {
    if (req.headers.authorization !== auth) return sendJson(res, 401, { title: "Unauthorized" });
    if (!req.headers["osvc-crest-application-context"]) return sendJson(res, 400, { title: "OSvC-CREST-Application-Context header is required" });
    if (!req.path.startsWith(B2C_PATH)) return sendJson(res, 404, {});
    const path = req.path.slice(B2C_PATH.length);
    const route = path.split("?")[0];
    const body = req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {};
    let m: RegExpExecArray | null;

    if (req.method === "GET" && route === "/contacts") {
      const q = parseQ(path);
      if (q?.field !== "phones.number") return sendJson(res, 400, { title: "unsupported query" });
      return sendJson(res, 200, { items: contacts.filter((c) => c.phones.includes(q.value)).map((c) => ({ id: c.id, lookupName: "SMS User" })) });
    }
    if (req.method === "POST" && route === "/contacts") {
      const contact = { id: nextId++, name: body.name, phones: [] as string[] };
      contacts.push(contact);
      return sendJson(res, 201, { id: contact.id, lookupName: "SMS User" });
    }
    if (req.method === "POST" && (m = /^\/contacts\/(\d+)\/phones$/.exec(route))) {
      const contact = contacts.find((c) => c.id === Number(m![1]));
      if (!contact) return sendJson(res, 404, {});
      contact.phones.push(String(body.number));
      return sendJson(res, 201, { number: body.number });
    }
    if (req.method === "GET" && route === "/incidents") {
      const q = parseQ(path);
      if (!q) return sendJson(res, 400, { title: "unsupported query" });
      return sendJson(res, 200, { items: incidents.filter((i) => getPath(i, q.field) === q.value).map((i) => ({ id: i.id, lookupName: `REF-${i.id}` })) });
    }
    if (req.method === "POST" && route === "/incidents") {
      const incident = { ...body, id: nextId++, threads: (body.threads as Incident["threads"]) ?? [] } as Incident;
      incidents.push(incident);
      return sendJson(res, 201, { id: incident.id, lookupName: `REF-${incident.id}`, referenceNumber: `REF-${incident.id}` });
    }
    const incident = (m = /^\/incidents\/(\d+)/.exec(route)) ? incidents.find((i) => i.id === Number(m![1])) : undefined;
    if (m && !incident) return sendJson(res, 404, { title: "incident not found" });
    if (incident && req.method === "PATCH" && /^\/incidents\/\d+$/.test(route)) {
      merge(incident, body);
      res.writeHead(200).end();
      return;
    }
    if (incident && req.method === "GET" && route.endsWith("/threads")) {
      return sendJson(res, 200, { items: incident.threads.map((t, i) => ({ id: i + 1, ...t })) });
    }
    if (incident && req.method === "POST" && route.endsWith("/threads")) {
      incident.threads.push(body as Incident["threads"][number]);
      return sendJson(res, 201, { id: incident.threads.length });
    }
    sendJson(res, 404, { title: `no route ${req.method} ${route}` });
  });
  return Object.assign(server, { base: server.url + B2C_PATH, contacts, incidents });
}
