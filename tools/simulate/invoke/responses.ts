/**
 * The recorded-responses file `--invoke` answers upstream calls from, and the
 * secret values and resource attributes a run uses. Format (every key optional):
 *
 *   {
 *     "secrets":    { "<secret_name | address | stack:address>": "<value>" },
 *     "attributes": { "<address | stack:address>": { "<attribute>": "<value>" } },
 *     "responses":  [ { "match": "<METHOD|*> <url pattern with *>", "status": 200,
 *                       "headers": { ... }, "body": <JSON value or string>, "once": false } ]
 *   }
 *
 * Responses are tried in order; the first whose method and URL pattern match
 * answers (`once: true` entries answer one request only). Entries of the file
 * come before everything built in: during a run (runner.ts, `Upstreams`) the
 * simulated B2C Service, then the static defaults (default-responses.ts) for
 * the stateless upstreams (Oracle Integration, ORDS, the shop API), which end
 * with a catch-all 200 that the report flags.
 */
import { DEFAULT_RESPONSES } from "./default-responses";
import { wildcardMatch } from "../matching";
import { isObject, Json, readJsonFile } from "../model";
import { AttributeOverrides } from "../routing";
import { SimulationInputError } from "../types";

export interface RecordedResponse {
  readonly match: string;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Json;
  readonly once?: boolean;
  readonly catchAll?: boolean;
}

export interface RecordedResponses {
  readonly secrets: Readonly<Record<string, string>>;
  readonly attributes: AttributeOverrides;
  readonly responses: readonly RecordedResponse[];
}

export const EMPTY_RESPONSES: RecordedResponses = { secrets: {}, attributes: {}, responses: [] };

function parseResponses(raw: Json, source: string): RecordedResponses {
  const bad = (what: string) => new SimulationInputError(`${source}: ${what}`);
  if (!isObject(raw)) throw bad("expected a JSON object with secrets, attributes and/or responses");
  const secrets: Record<string, string> = {};
  if (raw.secrets !== undefined) {
    if (!isObject(raw.secrets)) throw bad("secrets must be an object of name -> value");
    for (const [k, v] of Object.entries(raw.secrets)) {
      if (typeof v !== "string") throw bad(`secrets.${k} must be a string`);
      secrets[k] = v;
    }
  }
  const attributes: Record<string, Record<string, string>> = {};
  if (raw.attributes !== undefined) {
    if (!isObject(raw.attributes)) throw bad("attributes must be an object of address -> { attribute: value }");
    for (const [address, attrs] of Object.entries(raw.attributes)) {
      if (!isObject(attrs) || Object.values(attrs).some((v) => typeof v !== "string")) throw bad(`attributes.${address} must map attribute names to strings`);
      attributes[address] = attrs as Record<string, string>;
    }
  }
  const responses: RecordedResponse[] = [];
  if (raw.responses !== undefined) {
    if (!Array.isArray(raw.responses)) throw bad("responses must be a list");
    raw.responses.forEach((r, i) => {
      if (!isObject(r) || typeof r.match !== "string" || !/^\S+\s+\S+$/.test(r.match)) throw bad(`responses[${i}].match must be "<METHOD|*> <url pattern>"`);
      const status = r.status ?? 200;
      if (typeof status !== "number" || status < 100 || status > 599) throw bad(`responses[${i}].status must be an HTTP status (100-599)`);
      if (r.headers !== undefined && (!isObject(r.headers) || Object.values(r.headers).some((v) => typeof v !== "string"))) throw bad(`responses[${i}].headers must map names to strings`);
      responses.push({ match: r.match, status, headers: r.headers as Record<string, string> | undefined, body: r.body, once: r.once === true, catchAll: r.catchAll === true });
    });
  }
  return { secrets, attributes, responses };
}

/** Reads a recorded-responses file. */
export function readResponses(file: string): RecordedResponses {
  return parseResponses(readJsonFile(file, "responses file"), file);
}

/** Answers requests from `recorded` first, then the defaults; `once` entries are used up. */
export class ResponseBook {
  private readonly entries: RecordedResponse[];
  private readonly used = new Set<RecordedResponse>();

  constructor(recorded: RecordedResponses, withDefaults = true) {
    this.entries = [...recorded.responses, ...(withDefaults ? DEFAULT_RESPONSES : [])];
  }

  answer(method: string, url: string): { response: RecordedResponse; label: string } | undefined {
    for (const r of this.entries) {
      if (this.used.has(r)) continue;
      const [m, pattern] = r.match.split(/\s+/, 2);
      if ((m === "*" || m.toUpperCase() === method.toUpperCase()) && wildcardMatch(pattern, url)) {
        if (r.once) this.used.add(r);
        return { response: r, label: r.catchAll ? `catch-all (no recorded response for ${method} ${url})` : r.match };
      }
    }
    return undefined;
  }
}
