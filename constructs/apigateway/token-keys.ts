import {
  ApigatewayDeploymentSpecificationRequestPoliciesAuthenticationPublicKeys,
  ApigatewayDeploymentSpecificationRequestPoliciesAuthenticationPublicKeysKeys,
  ApigatewayDeploymentSpecificationRequestPoliciesAuthenticationValidationPolicy,
} from "../../.gen/providers/oci/apigateway-deployment";
import { byShapeOnly, checkCompartmentOcid, checkReference, Duration, DurationBounds, hasRecordedErrors, isToken, OCID_TYPES } from "../core";
import { Condition, Grant, Principals } from "../iam";
import { ApiBindContext, checkUrl, durationAt, rejectAt } from "./bind";

/** Signature algorithms OCI accepts for JSON Web Keys. */
export const JWK_ALGORITHMS = ["RS256", "RS384", "RS512"] as const;
export type JwkAlgorithm = (typeof JWK_ALGORITHMS)[number];

/** How long a fetched key set may be cached (`max_cache_duration_in_hours`): whole hours from 1 to 24 (this library's bound, from the OCI console). */
export const KEY_CACHE_DURATION: DurationBounds = { unit: "hours", min: Duration.hours(1), max: Duration.hours(24) };

/** A static public key that verifies token signatures (public keys are not secrets). */
export type StaticPublicKey =
  /** An RSA JSON Web Key: modulus `n` and exponent `e`, base64url. */
  | { readonly format: "JSON_WEB_KEY"; readonly kid: string; readonly alg: JwkAlgorithm; readonly n: string; readonly e: string }
  /** A PEM-encoded public key (`-----BEGIN PUBLIC KEY-----`). */
  | { readonly format: "PEM"; readonly kid: string; readonly key: string };

export interface RemoteJwksOptions {
  /** How long the gateway caches the key set, whole hours from 1 to 24 (`Duration.hours(1)`). Default: OCI's. */
  readonly maxCacheDuration?: Duration;
  /** Explicit opt-in that turns off TLS certificate verification of the key-set URI. Default false. */
  readonly allowSslVerifyDisabled?: boolean;
}

/** A secret in OCI Vault the gateway reads (a `Secret` from `../vault` fits). */
export interface GatewayReadableSecret {
  /** OCID of the secret. */
  readonly secretId: string;
  /** Compartment of the secret: where the gateway's read grant is placed. */
  readonly compartmentId: string;
}

export interface RemoteDiscoveryOptions extends RemoteJwksOptions {
  /** OAuth 2.0 client id the gateway presents to the authorization server. */
  readonly clientId: string;
  /** Vault secret holding the client secret; the gateway is granted read on exactly this secret. */
  readonly clientSecret: GatewayReadableSecret;
  /** Version of {@link clientSecret} to use (OCI pins one version), at least 1. */
  readonly clientSecretVersionNumber: number;
}

const KID = /^[\x21-\x7e]{1,255}$/;
const PEM = /^-----BEGIN (RSA )?PUBLIC KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END (RSA )?PUBLIC KEY-----\s*$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Where token signatures are verified against: a remote JWKS endpoint, static
 * keys, or (token authentication only) an OpenID discovery document with
 * client credentials for introspection.
 */
export abstract class TokenKeys {
  /** Keys fetched from a JSON Web Key Set URI (https, reachable without authentication). */
  static remoteJwks(uri: string, options: RemoteJwksOptions = {}): TokenKeys {
    return new RemoteJwksKeys(uri, options);
  }

  /** Keys given here (at least one; `kid`s unique). */
  static staticKeys(...keys: StaticPublicKey[]): TokenKeys {
    return new StaticKeys(keys);
  }

  /** An OpenID discovery URI (`.../.well-known/openid-configuration`); only for `Authorizer.token`. */
  static remoteDiscovery(discoveryUri: string, options: RemoteDiscoveryOptions): TokenKeys {
    return new RemoteDiscoveryKeys(discoveryUri, options);
  }

  /** `public_keys` of a JWT_AUTHENTICATION policy. */
  abstract bindPublicKeys(ctx: ApiBindContext): ApigatewayDeploymentSpecificationRequestPoliciesAuthenticationPublicKeys;
  /** `validation_policy` of a TOKEN_AUTHENTICATION policy. */
  abstract bindValidationPolicy(ctx: ApiBindContext): ApigatewayDeploymentSpecificationRequestPoliciesAuthenticationValidationPolicy;
}

function cacheHours(ctx: ApiBindContext, duration: Duration | undefined): number | undefined {
  return durationAt(ctx, "maxCacheDuration", duration, KEY_CACHE_DURATION);
}

class RemoteJwksKeys extends TokenKeys {
  constructor(
    private readonly uri: string,
    private readonly options: RemoteJwksOptions,
  ) {
    super();
  }

  private render(ctx: ApiBindContext) {
    return {
      type: "REMOTE_JWKS",
      uri: checkUrl(ctx, "uri", this.uri),
      maxCacheDurationInHours: cacheHours(ctx, this.options.maxCacheDuration),
      isSslVerifyDisabled: this.options.allowSslVerifyDisabled ?? false,
    };
  }

  bindPublicKeys(ctx: ApiBindContext) {
    return this.render(ctx);
  }

  bindValidationPolicy(ctx: ApiBindContext) {
    return this.render(ctx);
  }
}

class StaticKeys extends TokenKeys {
  constructor(private readonly keys: readonly StaticPublicKey[]) {
    super();
  }

  private render(ctx: ApiBindContext): ApigatewayDeploymentSpecificationRequestPoliciesAuthenticationPublicKeysKeys[] {
    if (!this.keys.length) rejectAt(ctx, "keys", [], "at least one static public key is required");
    const kids = this.keys.map((k) => k.kid);
    const repeated = kids.find((kid, i) => kids.indexOf(kid) !== i);
    if (repeated !== undefined) rejectAt(ctx, "keys", byShapeOnly(repeated), "each key needs its own kid");
    return this.keys.map((k, i) => {
      if (typeof k.kid !== "string" || !KID.test(k.kid)) rejectAt(ctx, `keys[${i}].kid`, k.kid, "must be 1-255 printable ASCII characters without spaces");
      if (k.format === "PEM") {
        if (!isToken(k.key) && !PEM.test(k.key)) rejectAt(ctx, `keys[${i}].key`, k.key, "must be a PEM public key (-----BEGIN PUBLIC KEY----- ... -----END PUBLIC KEY-----), never a private key");
        return { format: "PEM", kid: k.kid, key: k.key };
      }
      if (k.format !== "JSON_WEB_KEY") {
        rejectAt(ctx, `keys[${i}].format`, (k as { format: unknown }).format, "must be JSON_WEB_KEY or PEM");
        return { format: String((k as { format: unknown }).format), kid: (k as { kid: string }).kid };
      }
      if (!JWK_ALGORITHMS.includes(k.alg)) rejectAt(ctx, `keys[${i}].alg`, k.alg, `must be one of ${JWK_ALGORITHMS.join(", ")}`);
      if (!BASE64URL.test(k.n)) rejectAt(ctx, `keys[${i}].n`, k.n, "must be the base64url RSA modulus");
      if (!BASE64URL.test(k.e)) rejectAt(ctx, `keys[${i}].e`, k.e, "must be the base64url RSA exponent (usually AQAB)");
      return { format: "JSON_WEB_KEY", kid: k.kid, kty: "RSA", alg: k.alg, n: k.n, e: k.e, use: "sig", keyOps: ["verify"] };
    });
  }

  bindPublicKeys(ctx: ApiBindContext) {
    return { type: "STATIC_KEYS", keys: this.render(ctx) };
  }

  bindValidationPolicy(ctx: ApiBindContext) {
    return { type: "STATIC_KEYS", keys: this.render(ctx) };
  }
}

class RemoteDiscoveryKeys extends TokenKeys {
  constructor(
    private readonly uri: string,
    private readonly options: RemoteDiscoveryOptions,
  ) {
    super();
  }

  bindPublicKeys(ctx: ApiBindContext) {
    rejectAt(ctx, "publicKeys", "REMOTE_DISCOVERY", "JWT authentication takes TokenKeys.remoteJwks or TokenKeys.staticKeys; use Authorizer.token for discovery");
    return { type: "REMOTE_JWKS", uri: this.uri };
  }

  bindValidationPolicy(ctx: ApiBindContext) {
    const o = this.options;
    if (typeof o.clientId !== "string" || !o.clientId.trim()) rejectAt(ctx, "clientId", o.clientId, "a non-empty OAuth 2.0 client id is required");
    const secret = o.clientSecret;
    const allowed = "must be the Vault secret holding the client secret (a Secret, or Secret.fromSecretAttributes), never the client secret itself";
    // An imported secret that refused its own OCIDs has reported them; a hand-made reference is checked here.
    const secretId = checkReference(ctx.deployment, `${ctx.field}.clientSecret`, secret, "secretId", OCID_TYPES.vaultSecret, allowed);
    if (secretId !== undefined && !hasRecordedErrors(secret)) checkCompartmentOcid(ctx.deployment, `${ctx.field}.clientSecret.compartmentId`, secret.compartmentId);
    if (!Number.isInteger(o.clientSecretVersionNumber) || o.clientSecretVersionNumber < 1) {
      rejectAt(ctx, "clientSecretVersionNumber", o.clientSecretVersionNumber, "must be a secret version number (an integer, at least 1)");
    }
    // The gateway itself reads the client secret: same principal form as for function invocation
    // (https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewaycreatingpolicies.htm; docs/oci-facts.md#iam-policies-dynamic-groups-home-region).
    if (secret && typeof secret === "object") {
      Grant.addToPrincipal({
        grantee: Principals.apiGateway(ctx.gatewayCompartmentId, ctx.deployment),
        verb: "read",
        resourceType: "secret-bundles",
        compartmentId: secret.compartmentId,
        conditions: [Condition.eq("target.secret.id", secret.secretId)],
        target: ctx.deployment,
      });
    }
    return {
      type: "REMOTE_DISCOVERY",
      sourceUriDetails: { type: "DISCOVERY_URI", uri: checkUrl(ctx, "discoveryUri", this.uri) },
      clientDetails: { type: "CUSTOM", clientId: o.clientId, clientSecretId: secret?.secretId, clientSecretVersionNumber: String(o.clientSecretVersionNumber) },
      maxCacheDurationInHours: cacheHours(ctx, o.maxCacheDuration),
      isSslVerifyDisabled: o.allowSslVerifyDisabled ?? false,
    };
  }
}
