import { UpstreamError } from "./errors";
import { type JsonObject, isObject } from "./input";
import { log } from "./log";

/**
 * The two answer shapes of the Connect REST API the functions read, checked strictly. Anything
 * else is an upstream error (the invocation fails and is redelivered) with a log line naming
 * what was wrong, never "no match": reading an unknown shape as "not found" is how one SMS
 * would create one more contact every time.
 *
 * - Collection (GET /contacts?q=..., /incidents?q=..., /incidents/{id}/threads):
 *   {"items":[{"id":1,"lookupName":"...","links":[...]}, ...], "hasMore":false, "links":[...]}
 *   https://docs.oracle.com/en/cloud/saas/b2c-service/cxsvc/c_osvc_manage_collections.html
 * - ROQL tabular query (GET /queryResults/?query=...), one entry per query:
 *   {"items":[{"tableName":"incidents","count":1,"columnNames":["id","..."],"rows":[["1","..."]]}]}
 *   https://docs.oracle.com/en/cloud/saas/b2c-service/cxsvc/op-services-rest-connect-v1.4-queryresults-get.html
 */
export interface CollectionPage {
  readonly items: readonly JsonObject[];
  /** Absolute URL of the next page, when the answer says there are more (hasMore). */
  readonly next?: string;
}

/** Only key names and types go to the log: values can hold customer data. */
function describe(body: unknown): string {
  if (Array.isArray(body)) return `an array of ${body.length}`;
  if (!isObject(body)) return body === null ? "null" : typeof body;
  return `an object with keys [${Object.keys(body).slice(0, 10).join(", ")}]`;
}

function unexpectedShape(label: string, problem: string, body: unknown): UpstreamError {
  const message = `${label} answered in an unexpected shape: ${problem}`;
  log.error("B2C answer not understood", { upstream: label, problem, got: describe(body) });
  return new UpstreamError(message);
}

export function parseCollection(body: unknown, label: string): CollectionPage {
  if (!isObject(body) || !Array.isArray(body.items)) throw unexpectedShape(label, 'expected a collection {"items":[...]}', body);
  const items = body.items as unknown[];
  items.forEach((item, i) => {
    if (!isObject(item)) throw unexpectedShape(label, `item ${i} is not an object`, body);
    if ("columnNames" in item || "rows" in item) throw unexpectedShape(label, "got a queryResults (tabular) answer where a collection was expected", body);
  });
  if (body.hasMore !== undefined && typeof body.hasMore !== "boolean") throw unexpectedShape(label, '"hasMore" is not a boolean', body);
  if (body.hasMore !== true) return { items: items as JsonObject[] };
  const next = Array.isArray(body.links) ? (body.links as unknown[]).find((l) => isObject(l) && l.rel === "next" && typeof l.href === "string") : undefined;
  if (!isObject(next)) throw unexpectedShape(label, '"hasMore" is true but there is no "next" link', body);
  return { items: items as JsonObject[], next: next.href as string };
}

export function requireId(id: unknown, label: string): number {
  if (typeof id !== "number" || !Number.isInteger(id) || id <= 0) throw new UpstreamError(`${label} returned no usable id`);
  return id;
}

/** Record ids of a collection page; every item must carry one. */
export function collectionIds(page: CollectionPage, label: string): number[] {
  return page.items.map((item, i) => {
    if (typeof item.id !== "number" || !Number.isInteger(item.id) || item.id <= 0) throw unexpectedShape(label, `item ${i} has no usable "id"`, { items: page.items });
    return item.id;
  });
}

/** Rows of the first (only) query of a queryResults answer, each with exactly `columns` values. */
export function parseTabular(body: unknown, label: string, columns: number): Array<Array<string | null>> {
  if (!isObject(body) || !Array.isArray(body.items) || body.items.length < 1) throw unexpectedShape(label, 'expected a queryResults answer {"items":[{"columnNames","rows"}]}', body);
  const result = body.items[0] as unknown;
  if (!isObject(result) || !Array.isArray(result.columnNames) || !Array.isArray(result.rows)) {
    throw unexpectedShape(label, 'the query result has no "columnNames"/"rows" (a collection answer where a queryResults one was expected?)', body);
  }
  if (result.columnNames.length !== columns) throw unexpectedShape(label, `expected ${columns} columns, got ${result.columnNames.length}`, body);
  return (result.rows as unknown[]).map((row, i) => {
    if (!Array.isArray(row) || row.length !== columns || !row.every((v) => v === null || typeof v === "string")) {
      throw unexpectedShape(label, `row ${i} is not ${columns} string values`, body);
    }
    return row as Array<string | null>;
  });
}

/** queryResults returns every value as a string, ids included. */
export function tabularId(value: string | null, label: string): number {
  const n = value !== null && /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new UpstreamError(`${label} returned a row without a usable id`);
  return n;
}
