import { ConfigError } from "./errors";

/**
 * Upstream endpoints carry credentials, so they must be HTTPS. Plain HTTP is accepted only for
 * loopback hosts, which never leave the machine: that is what lets the tests (and a local `fn
 * start`) point the functions at mock servers on 127.0.0.1 without weakening production.
 */
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

export function requireSecureUrl(raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${what} is not a valid URL`);
  }
  // Credentials embedded in a URL would end up in logs and error messages.
  if (url.username || url.password) throw new ConfigError(`${what} must not embed credentials; use a Vault secret`);
  if (url.protocol === "https:") return url;
  if (url.protocol === "http:" && isLoopbackHost(url.hostname)) return url;
  throw new ConfigError(`${what} must use https (http is allowed only for 127.0.0.1/localhost), got ${url.protocol}//${url.host}`);
}
