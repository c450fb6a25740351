import { IConstruct } from "constructs";

/**
 * A rejected input. The message always names the construct path, the field,
 * the offending value and what is allowed, so a failed `cdktf synth` points
 * straight at the line to fix.
 */
export class OciValidationError extends Error {
  constructor(
    public readonly path: string,
    public readonly field: string,
    public readonly value: unknown,
    public readonly allowed: string,
  ) {
    super(`${path}: ${field} = ${describeValue(value)} is not allowed: ${allowed}`);
    this.name = "OciValidationError";
  }
}

/** Renders a value for an error message: short, JSON-like, never multi-line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "(not set)";
  if (typeof value === "string") return JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
  try {
    const json = JSON.stringify(value);
    return json.length > 120 ? `${json.slice(0, 117)}...` : json;
  } catch {
    return String(value);
  }
}

/** Throws an {@link OciValidationError} for `scope` (a construct or an already-known path). */
export function fail(scope: IConstruct | string, field: string, value: unknown, allowed: string): never {
  throw new OciValidationError(typeof scope === "string" ? scope : scope.node.path, field, value, allowed);
}
