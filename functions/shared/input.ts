import { BadInputError } from "./errors";

/** Parsing helpers that turn malformed input into a BadInputError naming the offending field. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function parseJsonObject(body: string, what: string): JsonObject {
  if (body.trim() === "") throw new BadInputError(`${what}: request body is empty`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (err) {
    throw new BadInputError(`${what}: body is not valid JSON (${(err as Error).message})`);
  }
  if (!isObject(parsed)) throw new BadInputError(`${what}: body must be a JSON object`);
  return parsed;
}

export function requireString(obj: JsonObject, field: string, what: string): string {
  const value = obj[field];
  if (typeof value !== "string" || value.trim() === "") throw new BadInputError(`${what}: missing or empty string field "${field}"`);
  return value;
}

export function optionalString(obj: JsonObject, field: string): string | undefined {
  const value = obj[field];
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function requireObject(obj: JsonObject, field: string, what: string): JsonObject {
  const value = obj[field];
  if (!isObject(value)) throw new BadInputError(`${what}: missing object field "${field}"`);
  return value;
}
