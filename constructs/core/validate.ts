import { IConstruct } from "constructs";
import { Token } from "cdktf";
import { fail } from "./errors";

/**
 * Small input checks shared by every construct. Unresolved tokens (values only
 * Terraform knows) are accepted: they cannot be checked at synthesis time.
 */
export const isToken = (value: unknown): boolean => typeof value === "string" && Token.isUnresolved(value);

export function checkOneOf<T>(scope: IConstruct, field: string, value: T, allowed: readonly T[]): T {
  if (!isToken(value) && !allowed.includes(value)) fail(scope, field, value, `must be one of ${allowed.join(", ")}`);
  return value;
}

export function checkRange(scope: IConstruct, field: string, value: number, min: number, max: number, unit = ""): number {
  if (isToken(value)) return value;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(scope, field, value, `must be an integer from ${min} to ${max}${unit ? ` ${unit}` : ""}`);
  }
  return value;
}

export function checkPattern(scope: IConstruct, field: string, value: string, pattern: RegExp, what: string): string {
  if (isToken(value)) return value;
  if (typeof value !== "string" || !pattern.test(value)) fail(scope, field, value, what);
  return value;
}

export function checkLength(scope: IConstruct, field: string, value: string, min: number, max: number): string {
  if (isToken(value)) return value;
  if (typeof value !== "string" || value.length < min || value.length > max) {
    fail(scope, field, value, `must be ${min} to ${max} characters long`);
  }
  return value;
}

/** OCIDs: `ocid1.<resource-type>.<realm>.[region].<unique-id>`. */
const OCID = /^ocid1\.[a-z0-9]+\.[a-z0-9-]+\.[a-z0-9-]*\.[a-z0-9._-]+$/;

/** Whether `value` is a literal OCID (of any resource type). */
export const isOcid = (value: unknown): boolean => typeof value === "string" && OCID.test(value);

export function checkOcid(scope: IConstruct, field: string, value: string, resourceType?: string): string {
  if (isToken(value)) return value;
  const ok = typeof value === "string" && OCID.test(value) && (!resourceType || value.startsWith(`ocid1.${resourceType}.`));
  if (!ok) fail(scope, field, value, `must be an OCID of the form ocid1.${resourceType ?? "<type>"}.<realm>.<region>.<id>`);
  return value;
}

/** Compartment locations accept a compartment or the tenancy OCID (the root compartment). */
export function checkCompartmentOcid(scope: IConstruct, field: string, value: string): string {
  if (isToken(value)) return value;
  if (typeof value !== "string" || !OCID.test(value) || !/^ocid1\.(compartment|tenancy)\./.test(value)) {
    fail(scope, field, value, "must be a compartment or tenancy OCID (ocid1.compartment.oc1..<id> or ocid1.tenancy.oc1..<id>)");
  }
  return value;
}
