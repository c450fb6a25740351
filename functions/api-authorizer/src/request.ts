import { isIP } from "node:net";
import { type JsonObject, isObject, optionalString } from "../../shared/input";

/**
 * What API Gateway sends a CUSTOM_AUTHENTICATION function:
 * - single argument: {"type":"TOKEN","token":"<header or query value>"};
 * - multi argument:  {"type":"USER_DEFINED","data":{<argument>: <value>, ...}}, with the argument
 *   names this function understands: authorization, apiKey, signature, url, clientIp.
 * Anything unreadable becomes an empty request, which every check then denies.
 */
export interface AuthRequest {
  readonly bearer?: string;
  readonly apiKey?: string;
  readonly signature?: string;
  readonly url?: string;
  readonly clientIp?: string;
}

function bearerOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^Bearer\s+(.+)$/i.exec(value.trim());
  return m ? m[1].trim() : undefined;
}

/**
 * The caller's address from the `clientIp` argument (`request.headers[X-Forwarded-For]`): the
 * right-most entry, the one the nearest proxy appended. Proxies append the address they saw, so
 * every entry to its left came from the caller and can be forged; the left-most entry is never
 * trusted. A header sent several times arrives as an array: its values are read as one chain, in
 * order. Anything that is not an IP address gives none. Whether the gateway's own entry reaches an
 * authorizer's arguments is not documented (docs/oci-facts.md, API Gateway;
 * https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewaycontextvariables.htm).
 */
export function clientAddress(value: unknown): string | undefined {
  const chain = typeof value === "string" ? value : Array.isArray(value) && value.every((v) => typeof v === "string") ? value.join(",") : undefined;
  const last = chain?.split(",").pop()?.trim();
  return last && isIP(last) ? last : undefined;
}

export function parseAuthRequest(body: string): AuthRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {};
  }
  if (!isObject(parsed)) return {};
  if (parsed.type === "TOKEN") {
    const token = optionalString(parsed, "token")?.trim();
    return token ? { bearer: bearerOf(token) ?? token } : {};
  }
  if (parsed.type === "USER_DEFINED" && isObject(parsed.data)) {
    const data: JsonObject = parsed.data;
    return {
      bearer: bearerOf(optionalString(data, "authorization")),
      apiKey: optionalString(data, "apiKey")?.trim(),
      signature: optionalString(data, "signature")?.trim(),
      url: optionalString(data, "url"),
      clientIp: clientAddress(data.clientIp),
    };
  }
  return {};
}
