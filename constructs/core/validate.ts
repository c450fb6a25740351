import { IConstruct } from "constructs";
import { Token } from "cdktf";
import { byShapeOnly, recordedErrorsOf, reject } from "./errors";
import { regionOfSegment } from "./regions";

/**
 * Small input checks shared by every construct. Each records an error on
 * `scope` when the value is not allowed (see `reject`) and returns the value,
 * so construction goes on and one run reports every error. Unresolved tokens
 * (values only Terraform knows) are accepted: they cannot be checked at
 * synthesis time.
 */
export const isToken = (value: unknown): boolean => typeof value === "string" && Token.isUnresolved(value);

/** cdktf's encoding of a token inside a string (`${TfToken[TOKEN.12]}`): what splits a string into its literal parts. */
export const TOKEN_IN_STRING = /\$\{TfToken\[[^\]]+\]\}/;

export function checkOneOf<T>(scope: IConstruct, field: string, value: T, allowed: readonly T[]): T {
  if (!isToken(value) && !allowed.includes(value)) reject(scope, field, byShapeOnly(value), `must be one of ${allowed.join(", ")}`);
  return value;
}

export function checkRange(scope: IConstruct, field: string, value: number, min: number, max: number, unit = ""): number {
  if (isToken(value)) return value;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    reject(scope, field, value, `must be an integer from ${min} to ${max}${unit ? ` ${unit}` : ""}`);
  }
  return value;
}

export function checkPattern(scope: IConstruct, field: string, value: string, pattern: RegExp, what: string): string {
  if (isToken(value)) return value;
  if (typeof value !== "string" || !pattern.test(value)) reject(scope, field, value, what);
  return value;
}

export function checkLength(scope: IConstruct, field: string, value: string, min: number, max: number): string {
  if (isToken(value)) return value;
  if (typeof value !== "string" || value.length < min || value.length > max) {
    reject(scope, field, value, `must be ${min} to ${max} characters long`);
  }
  return value;
}

/** OCIDs: `ocid1.<resource-type>.<realm>.[region].<unique-id>`. */
const OCID = /^ocid1\.([a-z0-9]+)\.([a-z0-9-]+)\.([a-z0-9-]*)\.[a-z0-9._-]+$/;

/** Whether `value` is a literal OCID (of any resource type). */
export const isOcid = (value: unknown): boolean => typeof value === "string" && OCID.test(value);

/** The parts of a literal OCID, or undefined: resource type, realm, region segment (empty for global resources). */
export function parseOcid(value: unknown): { type: string; realm: string; region: string } | undefined {
  const m = typeof value === "string" ? OCID.exec(value) : null;
  return m ? { type: m[1]!, realm: m[2]!, region: m[3]! } : undefined;
}

/**
 * The OCID resource types OCI assigns to what the constructs reference (the
 * second part of `ocid1.<type>.<realm>...`; https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm,
 * docs/oci-facts.md#identifiers-regions-and-realms). A field that takes either of two kinds lists both.
 */
export const OCID_TYPES = {
  compartment: ["compartment", "tenancy"],
  tenancy: ["tenancy"],
  vcn: ["vcn"],
  subnet: ["subnet"],
  networkSecurityGroup: ["networksecuritygroup"],
  vault: ["vault"],
  key: ["key"],
  vaultSecret: ["vaultsecret"],
  logGroup: ["loggroup"],
  log: ["log"],
  functionApplication: ["fnapp"],
  function: ["fnfunc"],
  topic: ["onstopic"],
  stream: ["stream"],
  streamPool: ["streampool"],
  queue: ["queue"],
  apiGateway: ["apigateway"],
  apiDeployment: ["apideployment"],
  /** A Certificates-service certificate or an API Gateway certificate resource (both serve a gateway's custom domain). */
  gatewayCertificate: ["certificate", "apigatewaycertificate"],
  apmDomain: ["apmdomain"],
  eventRule: ["eventrule"],
  dynamicGroup: ["dynamicgroup"],
} as const satisfies Record<string, readonly string[]>;

export interface OcidCheckOptions {
  /** The region the referenced resource must be in (a regional resource used from this region); checked when the OCID names its region. */
  readonly region?: string;
  /** Who requires that region, for the message. Default "the environment's region". */
  readonly regionOwner?: string;
}

/** Why `value` is not an OCID of one of `types` (in `options.region`), or undefined. */
export function ocidProblem(value: unknown, types?: string | readonly string[], options: OcidCheckOptions = {}): string | undefined {
  if (isToken(value)) return undefined;
  const list = types === undefined ? [] : typeof types === "string" ? [types] : [...types];
  const parts = parseOcid(value);
  const form = list.length ? list.map((t) => `ocid1.${t}.<realm>.<region>.<id>`).join(" or ") : "ocid1.<type>.<realm>.<region>.<id>";
  if (!parts) return `must be an OCID of the form ${form}`;
  if (list.length && !list.includes(parts.type)) return `must be an OCID of the form ${form} (this is a ${parts.type} OCID)`;
  const theirs = parts.region ? regionOfSegment(parts.region) : undefined;
  if (options.region && theirs && !isToken(options.region) && theirs !== options.region) {
    return `must be in ${options.regionOwner ?? "the environment's region"} ${options.region} (this ${parts.type} is in ${theirs})`;
  }
  return undefined;
}

/** Checks that `value` is a literal OCID of one of `types` (any type when omitted), or a token. */
export function checkOcid(scope: IConstruct, field: string, value: string, types?: string | readonly string[], options: OcidCheckOptions = {}): string {
  const problem = ocidProblem(value, types, options);
  if (problem) reject(scope, field, value, problem);
  return value;
}

/** Checks every OCID of a list (`field[i]`); optional lists may be undefined. */
export function checkOcids(scope: IConstruct, field: string, values: readonly string[] | undefined, types: string | readonly string[], options: OcidCheckOptions = {}): string[] {
  if (values === undefined) return [];
  if (!Array.isArray(values)) {
    reject(scope, field, values, "must be a list of OCIDs");
    return [];
  }
  values.forEach((v, i) => checkOcid(scope, `${field}[${i}]`, v, types, options));
  return [...values];
}

/**
 * The OCID `member` of a resource passed as an interface prop (`subnet` ->
 * `subnet.subnetId`), checked like {@link checkOcid} under `<field>.<member>`.
 * A value that is not such a resource (what plain JavaScript lets through:
 * `undefined`, an OCID string, `{}`) is recorded as `field` with `allowed`,
 * and gives undefined. A reference whose own construct recorded errors (an
 * importer that refused its OCID) is not reported a second time here.
 */
export function checkReference<K extends string>(
  scope: IConstruct,
  field: string,
  value: unknown,
  member: K,
  types: string | readonly string[],
  allowed: string,
  options: OcidCheckOptions = {},
): string | undefined {
  const id = typeof value === "object" && value !== null ? (value as Partial<Record<K, unknown>>)[member] : undefined;
  if (typeof id !== "string") {
    reject(scope, field, value, allowed);
    return undefined;
  }
  if (hasRecordedErrors(value)) return id;
  return checkOcid(scope, `${field}.${member}`, id, types, options);
}

/** {@link checkReference} for a list prop (`subnets[i]`); optional lists may be undefined. */
export function checkReferences<K extends string>(
  scope: IConstruct,
  field: string,
  values: unknown,
  member: K,
  types: string | readonly string[],
  allowed: string,
  options: OcidCheckOptions = {},
): string[] {
  if (values === undefined) return [];
  if (!Array.isArray(values)) {
    reject(scope, field, values, `must be a list: ${allowed}`);
    return [];
  }
  return values.flatMap((v, i) => checkReference(scope, `${field}[${i}]`, v, member, types, allowed, options) ?? []);
}

/** Whether `value` is a construct that recorded errors of its own (e.g. an importer that refused its OCID). */
export const hasRecordedErrors = (value: unknown): boolean =>
  typeof value === "object" && value !== null && typeof (value as IConstruct).node?.path === "string" && recordedErrorsOf(value as IConstruct).length > 0;

/** Compartment locations accept a compartment or the tenancy OCID (the root compartment). */
export function checkCompartmentOcid(scope: IConstruct, field: string, value: string): string {
  if (isToken(value)) return value;
  const parts = parseOcid(value);
  if (!parts || !(OCID_TYPES.compartment as readonly string[]).includes(parts.type)) {
    const got = parts ? ` (this is a ${parts.type} OCID)` : "";
    reject(scope, field, value, `must be a compartment or tenancy OCID (ocid1.compartment.oc1..<id> or ocid1.tenancy.oc1..<id>)${got}`);
  }
  return value;
}

/**
 * Why `value` is not a plain e-mail address OCI can deliver to, or undefined:
 * `local@domain`, at most 254 characters; the local part dot-separated atoms
 * of letters, digits and ``!#$%&'*+/=?^_`{|}~-`` (at most 64); the domain two
 * or more DNS labels (1-63 letters, digits or inner '-'), no trailing dot, an
 * alphabetic top-level label. No display name, no `mailto:`, no quoting.
 */
export function emailProblem(value: unknown): string | undefined {
  const rule = "must be an e-mail address (name@domain.tld, at most 254 characters)";
  if (typeof value !== "string") return rule;
  if (/^mailto:/i.test(value)) return `${rule}: drop the mailto: prefix`;
  if (/[<>"\s]/.test(value)) return `${rule}: the bare address only, without a display name, quotes or spaces`;
  if (value.length > 254) return rule;
  const at = value.lastIndexOf("@");
  if (at < 1) return rule;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/.test(local)) {
    return `${rule}: the part before @ must be letters, digits or !#$%&'*+/=?^_\`{|}~- in dot-separated non-empty runs, at most 64 characters`;
  }
  if (domain.endsWith(".")) return `${rule}: the domain must not end with a dot`;
  const labels = domain.split(".");
  if (labels.length < 2 || labels.some((l) => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l))) {
    return `${rule}: the domain must be two or more labels of 1-63 letters, digits or inner '-', with no empty label`;
  }
  if (!/^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/.test(labels[labels.length - 1]!)) return `${rule}: the top-level domain must be alphabetic`;
  return undefined;
}

/**
 * Why `hostname` (of a URL) can only be reached from a private network, or
 * undefined: loopback, RFC 1918, link-local, carrier-grade NAT, unique-local
 * and unspecified addresses, and the special-use names `localhost`, `.local`
 * and `.internal`. A DNS name is judged by its name only (it is not resolved).
 */
export function privateHostReason(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return `${hostname} is the local machine`;
  if (host.endsWith(".local") || host.endsWith(".internal")) return `${hostname} is a private-network name`;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    if (a === 127 || a === 0) return `${hostname} is a loopback or unspecified address`;
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return `${hostname} is a private (RFC 1918) address`;
    if (a === 169 && b === 254) return `${hostname} is a link-local address`;
    if (a === 100 && b >= 64 && b <= 127) return `${hostname} is a carrier-grade NAT (RFC 6598) address`;
    return undefined;
  }
  if (host.includes(":")) {
    if (host === "::1" || host === "::") return `${hostname} is a loopback or unspecified address`;
    if (/^f[cd][0-9a-f]{0,2}:/.test(host)) return `${hostname} is a unique-local (private) IPv6 address`;
    if (/^fe[89ab][0-9a-f]?:/.test(host)) return `${hostname} is a link-local IPv6 address`;
  }
  return undefined;
}
