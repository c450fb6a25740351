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
 * The gateway appends the address it saw to X-Forwarded-For, so the last entry is the only one
 * the caller cannot forge; earlier entries are whatever the client sent.
 */
export function clientAddress(value: string | undefined): string | undefined {
  const last = value?.split(",").pop()?.trim();
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
      clientIp: clientAddress(optionalString(data, "clientIp")),
    };
  }
  return {};
}
