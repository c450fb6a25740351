/**
 * Where OCI emits identity (IAM) events. IAM resources are created and changed
 * only in the tenancy's home region, and users, groups and federation
 * resources live in the tenancy itself (the root compartment); see
 * docs/oci-facts.md#events ("IAM events"):
 * https://docs.oracle.com/iaas/Content/Identity/regions/managingregions.htm and
 * https://docs.oracle.com/iaas/tools/terraform-provider-oci/latest/docs/r/identity_user.html
 */
const IDENTITY_PREFIXES = ["com.oraclecloud.identitycontrolplane.", "com.oraclecloud.compartments."];

/**
 * Identity resources that always sit in the root compartment. Policies and
 * compartments can be attached to / nested under any compartment, so their
 * events may come from a sub-compartment.
 */
const TENANCY_LEVEL = /^com\.oraclecloud\.identitycontrolplane\.(create|update|delete|activate|deactivate|add|remove|upload)?(user|users|group|dynamicgroup|identityprovider|idpgroupmapping|usertogroup|userfromgroup|userstate|usercapabilities|apikey|authtoken|customersecretkey|smtpcredential|swiftpassword|mfatotpdevice)(\.begin|\.end)?$/;

/** Whether an eventType (not a pattern) is an identity event, emitted in the home region only. */
export function isIdentityEventType(eventType: string): boolean {
  return IDENTITY_PREFIXES.some((p) => eventType.startsWith(p));
}

/** Whether an identity eventType concerns a resource that lives in the root compartment. */
export function isTenancyLevelEventType(eventType: string): boolean {
  return TENANCY_LEVEL.test(eventType);
}
