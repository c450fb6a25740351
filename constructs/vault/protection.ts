import { IConstruct } from "constructs";
import { TerraformResourceLifecycle } from "cdktf";
import { reject } from "../core";

/**
 * Terraform lifecycle of a vault, key or secret: `prevent_destroy = true`
 * unless the props opt out with `allowDestroy: true`. Losing a vault or key
 * loses every secret encrypted with it, so a plan that would destroy one must
 * fail until someone changes the code, visibly, in review.
 */
export function destroyProtection(scope: IConstruct, allowDestroy: boolean | undefined): TerraformResourceLifecycle | undefined {
  if (allowDestroy !== undefined && typeof allowDestroy !== "boolean") reject(scope, "allowDestroy", allowDestroy, "must be true or false");
  return allowDestroy ? undefined : { preventDestroy: true };
}

/** Display names of vaults and keys: OCI requires one; it need not be unique. */
export function checkDisplayName(scope: IConstruct, value: string): string {
  if (typeof value !== "string" || !value.trim()) reject(scope, "displayName", value, "a non-empty display name is required by OCI");
  return value;
}
