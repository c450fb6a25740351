import { UpstreamError } from "../../shared/errors";
import { basicAuth } from "../../shared/http";
import { registerSecret } from "../../shared/log";
import type { Runtime } from "../../shared/runtime";
import { parseCredentials } from "../../shared/secrets";
import type { TargetAuth } from "./settings";

/**
 * Produces the Authorization header for the integration endpoint. Basic credentials come
 * straight from Vault; for ORDS OAuth2 the client credentials are exchanged for a bearer token,
 * kept until shortly before it expires.
 */
export class TargetAuthorizer {
  private token: { value: string; expiresAt: number } | undefined;

  constructor(
    private readonly rt: Pick<Runtime<unknown>, "http" | "secrets">,
    private readonly auth: TargetAuth,
  ) {}

  async header(deadline?: number): Promise<string | undefined> {
    const auth = this.auth;
    if (auth.kind === "none") return undefined;
    const creds = parseCredentials(await this.rt.secrets.get(auth.secretId, deadline), "TARGET_CREDENTIALS_SECRET_OCID");
    if (auth.kind === "basic") return basicAuth(creds.username, creds.password);
    if (this.token && this.token.expiresAt > Date.now()) return `Bearer ${this.token.value}`;
    const res = await this.rt.http.json<{ access_token?: unknown; expires_in?: unknown }>(
      {
        method: "POST",
        url: auth.tokenUrl.href,
        label: "ORDS token",
        replay: "replayable",
        headers: { Authorization: basicAuth(creds.username, creds.password), "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        body: "grant_type=client_credentials",
      },
      deadline,
    );
    const value = res.body.access_token;
    if (typeof value !== "string" || value === "") throw new UpstreamError("ORDS token response has no access_token");
    registerSecret(value);
    const lifetimeS = typeof res.body.expires_in === "number" ? res.body.expires_in : 3600;
    // Renew a minute early so a token never expires between being read and being used.
    this.token = { value, expiresAt: Date.now() + Math.max(0, lifetimeS - 60) * 1000 };
    return `Bearer ${value}`;
  }

  /** Forgets cached credentials after the target rejected them (rotation, revocation). */
  reset(): void {
    this.token = undefined;
    if (this.auth.kind !== "none") this.rt.secrets.invalidate(this.auth.secretId);
  }
}
