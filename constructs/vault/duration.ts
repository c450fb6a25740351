import { IConstruct } from "constructs";
import { reject, isToken } from "../core";

const DAYS = /^P([1-9][0-9]*)D$/;

/**
 * An ISO-8601 duration in whole days (`P30D`) from `min` to `max` days: the
 * only form OCI accepts for secret rotation and expiry intervals.
 */
export function checkIsoDays(scope: IConstruct, field: string, value: string, min: number, max: number): string {
  if (isToken(value)) return value;
  const match = typeof value === "string" ? DAYS.exec(value) : null;
  const days = match ? Number(match[1]) : NaN;
  if (!match || days < min || days > max) reject(scope, field, value, `must be an ISO-8601 duration in days from P${min}D to P${max}D (e.g. P30D)`);
  return value;
}
