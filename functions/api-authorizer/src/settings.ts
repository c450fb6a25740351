import { BlockList, isIP } from "node:net";
import { parseConfig } from "../../shared/config";
import { CONFIG } from "./config";

export interface Settings {
  /** `credentials`: token and/or signature checks (every configured check must pass); `ip-allow-list`: the sender's address alone. */
  readonly mode: "credentials" | "ip-allow-list";
  readonly tokenSecretId?: string;
  readonly signature?: { readonly secretId: string; readonly url?: string };
  readonly allowlist?: BlockList;
  readonly principal: string;
  readonly scopes: readonly string[];
  readonly ttlSeconds: number;
  readonly realm: string;
}

/** "a.b.c.d", "10.0.0.0/8", "2001:db8::/32" (checked by the declaration) into a matcher. */
function parseAllowlist(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [addr, bits] = entry.split("/") as [string, string | undefined];
    const type = isIP(addr) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(addr, type);
    else list.addSubnet(addr, Number(bits), type);
  }
  return list;
}

/** The authorizer's settings, parsed from its configuration by the one declaration (./config.ts). */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const c = parseConfig(CONFIG, env);
  return {
    mode: c.mode,
    tokenSecretId: c.tokenSecret,
    signature: c.signatureSecret ? { secretId: c.signatureSecret, url: c.signatureUrl } : undefined,
    allowlist: c.ipAllowList.length > 0 ? parseAllowlist(c.ipAllowList) : undefined,
    principal: c.principal,
    scopes: c.scopes,
    ttlSeconds: c.ttlSeconds,
    realm: c.realm,
  };
}
