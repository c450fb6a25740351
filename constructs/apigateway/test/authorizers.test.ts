import { ApiGateway, Authorizer, TokenKeys } from "..";
import { Duration, redact } from "../../core";
import { policyStatements, rejected, synthValid, TEST_COMPARTMENT } from "../../testing";
import { FakeFunction } from "./fake-function";
import { FN_COMPARTMENT, gatewayInvoke, gatewayStack, okRoute, specOf } from "./fixtures";

const P = "pipeline-dev/gateway/api";
const SECRET = "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaaclientsecret";
const SECRET_CMP = "ocid1.compartment.oc1..aaaaaaaasecurity";
const N = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
const JWK = { format: "JSON_WEB_KEY", kid: "key-1", alg: "RS256", n: N, e: "AQAB" } as const;
const PEM_KEY = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----\n";

/** A gateway, an authorizer-function double in FN_COMPARTMENT, and a deployment built from `auth`. */
function deploy(auth: (fn: FakeFunction) => Authorizer) {
  const { stack, gateway } = gatewayStack();
  const fn = new FakeFunction(stack, "authorizer", FN_COMPARTMENT);
  const api = gateway.addDeployment("api", { pathPrefix: "/api", authentication: auth(fn), logging: { accessLog: false, executionLog: false } });
  api.addRoute(okRoute("/x"));
  const doc = synthValid(stack);
  return { doc, fn, authentication: specOf(doc).request_policies.authentication };
}

/** The validation errors building a deployment with `auth` records (fails the test when there are none). */
function authError(auth: (fn: FakeFunction) => Authorizer, gateway?: ApiGateway): string {
  const g = gateway ?? gatewayStack().gateway;
  const fn = new FakeFunction(g, "authorizer", FN_COMPARTMENT);
  const errors = rejected(g, () => g.addDeployment("api", { pathPrefix: "/api", authentication: auth(fn) }));
  if (!errors) throw new Error("expected a validation error");
  return errors;
}

describe("Authorizer.function (single argument)", () => {
  test("token header: renders CUSTOM_AUTHENTICATION and grants the gateway invoke on the authorizer", () => {
    const { doc, fn, authentication } = deploy((f) => Authorizer.function(f, { tokenHeader: "Authorization" }));
    expect(authentication).toEqual({ type: "CUSTOM_AUTHENTICATION", function_id: fn.functionId, token_header: "Authorization", is_anonymous_access_allowed: false });
    expect(policyStatements(doc)).toEqual([gatewayInvoke(FN_COMPARTMENT, TEST_COMPARTMENT)]);
  });

  test("token query parameter and a validation-failure response", () => {
    const { fn, authentication } = deploy((f) =>
      Authorizer.function(f, { tokenQueryParam: "access_token", validationFailure: { responseCode: 403, responseMessage: "forbidden", responseHeaders: { "WWW-Authenticate": 'Bearer realm="sms"' } } }),
    );
    expect(authentication).toEqual({
      type: "CUSTOM_AUTHENTICATION",
      function_id: fn.functionId,
      token_query_param: "access_token",
      is_anonymous_access_allowed: false,
      validation_failure_policy: {
        type: "MODIFY_RESPONSE",
        response_code: "403",
        response_message: "forbidden",
        response_header_transformations: { set_headers: { items: [{ name: "WWW-Authenticate", values: ['Bearer realm="sms"'], if_exists: "OVERWRITE" }] } },
      },
    });
  });

  test.each([
    [{}, 'authentication.tokenHeader = {} is not allowed: give exactly one of tokenHeader or tokenQueryParam'],
    [{ tokenHeader: "Authorization", tokenQueryParam: "t" }, 'authentication.tokenHeader = {"tokenHeader":"Authorization","tokenQueryParam":"t"} is not allowed: give exactly one of tokenHeader or tokenQueryParam'],
    [{ tokenHeader: "X Token" }, 'authentication.tokenHeader = "X Token" is not allowed: must be an HTTP header name'],
    [{ tokenHeader: "X:Token" }, 'authentication.tokenHeader = "X:Token" is not allowed: must be an HTTP header name'],
    [{ tokenQueryParam: "a&b" }, 'authentication.tokenQueryParam = "a&b" is not allowed: must be a query parameter name'],
    [{ tokenHeader: "X-Token", validationFailure: { responseCode: 200 } }, "authentication.validationFailure.responseCode = 200 is not allowed: must be an HTTP status from 300 to 599 (a redirect or an error, never 2xx)"],
    [{ tokenHeader: "X-Token", validationFailure: { responseCode: 600 } }, "authentication.validationFailure.responseCode = 600 is not allowed: must be an HTTP status from 300 to 599"],
    [{ tokenHeader: "X-Token", validationFailure: { responseCode: 401, responseHeaders: { "a b": "x" } } }, 'authentication.validationFailure.responseHeaders = "a b" is not allowed: must be an HTTP header name'],
  ])("rejects %j", (options, message) => {
    expect(authError((f) => Authorizer.function(f, options as any))).toContain(`${P}: ${message}`);
  });

  test("accepts a redirect as the failure response", () => {
    const { authentication } = deploy((f) => Authorizer.function(f, { tokenHeader: "X-Token", validationFailure: { responseCode: 302, responseHeaders: { Location: "https://login.example.com" } } }));
    expect(authentication.validation_failure_policy).toEqual({
      type: "MODIFY_RESPONSE",
      response_code: "302",
      response_header_transformations: { set_headers: { items: [{ name: "Location", values: ["https://login.example.com"], if_exists: "OVERWRITE" }] } },
    });
  });
});

describe("Authorizer.functionWithParameters (multi-argument)", () => {
  test("renders parameters and the cache key", () => {
    const { doc, fn, authentication } = deploy((f) =>
      Authorizer.functionWithParameters(f, {
        parameters: { signature: "request.headers[X-Sms-Signature]", account: "request.query[account]", id: "request.path[id]", tenant: "request.subdomain[tenant]", host: "request.host" },
        cacheKey: ["signature", "account"],
      }),
    );
    expect(authentication).toEqual({
      type: "CUSTOM_AUTHENTICATION",
      function_id: fn.functionId,
      parameters: { signature: "request.headers[X-Sms-Signature]", account: "request.query[account]", id: "request.path[id]", tenant: "request.subdomain[tenant]", host: "request.host" },
      cache_key: ["signature", "account"],
      is_anonymous_access_allowed: false,
    });
    expect(policyStatements(doc)).toEqual([gatewayInvoke(FN_COMPARTMENT)]);
  });

  test.each([
    [{ parameters: {} }, "authentication.parameters = {} is not allowed: at least one argument is required"],
    [{ parameters: { "1st": "request.host" } }, 'authentication.parameters = "1st" is not allowed: argument names must be letters, digits or \'_\', starting with a letter or \'_\''],
    [{ parameters: { body: "request.body" } }, 'authentication.parameters.body = "request.body" is not allowed: must be request.headers[<name>], request.query[<name>], request.path[<name>], request.subdomain[<name>] or request.host'],
    [{ parameters: { sig: "headers[X-Sig]" } }, 'authentication.parameters.sig = "headers[X-Sig]" is not allowed: must be request.headers[<name>]'],
    [{ parameters: { sig: "request.headers[X Sig]" } }, 'authentication.parameters.sig = "request.headers[X Sig]" is not allowed: header must be an HTTP header name'],
    [{ parameters: { q: "request.query[a b]" } }, 'authentication.parameters.q = "request.query[a b]" is not allowed: query parameter must be a query parameter name'],
    [{ parameters: { p: "request.path[a-b]" } }, "authentication.parameters.p = \"request.path[a-b]\" is not allowed: path parameter names are letters, digits or '_'"],
    [{ parameters: { sig: "request.headers[X-Sig]" }, cacheKey: ["signature"] }, 'authentication.cacheKey = "signature" is not allowed: must be an argument name from parameters (sig)'],
    [{ parameters: { sig: "request.headers[X-Sig]" }, cacheKey: [] }, "authentication.cacheKey = [] is not allowed: must name at least one argument, or be left out"],
    [{ parameters: { sig: "request.headers[X-Sig]" }, cacheKey: ["sig", "sig"] }, 'authentication.cacheKey = ["sig","sig"] is not allowed: must not repeat an argument'],
  ])("rejects %j", (options, message) => {
    expect(authError((f) => Authorizer.functionWithParameters(f, options as any))).toContain(`${P}: ${message}`);
  });
});

describe("Authorizer.jwt", () => {
  test("remote JWKS with defaults: Authorization header, Bearer scheme, claims required by default", () => {
    const { doc, authentication } = deploy(() =>
      Authorizer.jwt({
        issuers: ["https://idcs-123.identity.oraclecloud.com/"],
        audiences: ["sms-webhook"],
        tokenHeader: "Authorization",
        publicKeys: TokenKeys.remoteJwks("https://idcs-123.identity.oraclecloud.com/admin/v1/SigningCert/jwk", { maxCacheDuration: Duration.hours(2) }),
        maxClockSkew: Duration.seconds(30),
        verifyClaims: [{ key: "tenant", values: ["acme"] }, { key: "email_verified", required: false }],
      }),
    );
    expect(authentication).toEqual({
      type: "JWT_AUTHENTICATION",
      token_header: "Authorization",
      token_auth_scheme: "Bearer",
      issuers: ["https://idcs-123.identity.oraclecloud.com/"],
      audiences: ["sms-webhook"],
      max_clock_skew_in_seconds: 30,
      verify_claims: [
        { key: "tenant", values: ["acme"], is_required: true },
        { key: "email_verified", is_required: false },
      ],
      public_keys: { type: "REMOTE_JWKS", uri: "https://idcs-123.identity.oraclecloud.com/admin/v1/SigningCert/jwk", max_cache_duration_in_hours: 2, is_ssl_verify_disabled: false },
      is_anonymous_access_allowed: false,
    });
    expect(policyStatements(doc)).toEqual([]);
  });

  test("static keys (JWK and PEM) and a token query parameter", () => {
    const { authentication } = deploy(() =>
      Authorizer.jwt({ issuers: ["iss"], audiences: ["aud"], tokenQueryParam: "jwt", publicKeys: TokenKeys.staticKeys(JWK, { format: "PEM", kid: "key-2", key: PEM_KEY }) }),
    );
    expect(authentication).toEqual({
      type: "JWT_AUTHENTICATION",
      token_query_param: "jwt",
      issuers: ["iss"],
      audiences: ["aud"],
      public_keys: {
        type: "STATIC_KEYS",
        keys: [
          { format: "JSON_WEB_KEY", kid: "key-1", kty: "RSA", alg: "RS256", n: N, e: "AQAB", use: "sig", key_ops: ["verify"] },
          { format: "PEM", kid: "key-2", key: PEM_KEY },
        ],
      },
      is_anonymous_access_allowed: false,
    });
  });

  const base = { issuers: ["iss"], audiences: ["aud"], tokenHeader: "Authorization", publicKeys: TokenKeys.remoteJwks("https://issuer.example.com/jwks") };
  test.each([
    [{ issuers: [] }, "authentication.issuers = [] is not allowed: at least one non-empty value is required"],
    [{ audiences: undefined }, "authentication.audiences = (not set) is not allowed: at least one non-empty value is required"],
    [{ audiences: [" "] }, 'authentication.audiences = [" "] is not allowed: at least one non-empty value is required'],
    [{ tokenHeader: undefined }, "authentication.tokenHeader = {} is not allowed: give exactly one of tokenHeader or tokenQueryParam"],
    [{ tokenHeader: undefined, tokenQueryParam: "t", tokenAuthScheme: "Bearer" }, 'authentication.tokenAuthScheme = "Bearer" is not allowed: applies only to a token header, not to tokenQueryParam'],
    // A header value (scheme and token) is shaped like a credential, so it is never echoed.
    [{ tokenAuthScheme: "Bearer token" }, `authentication.tokenAuthScheme = "${redact("Bearer token")}" is not allowed: must be an HTTP authentication scheme such as Bearer`],
    [{ maxClockSkew: Duration.seconds(601) }, 'authentication.maxClockSkew = "601 seconds" is not allowed: must be a Duration (Duration.seconds(n), ...) of seconds: from 0 seconds to 600 seconds (10 minutes)'],
    [{ maxClockSkew: Duration.seconds(-1) }, 'authentication.maxClockSkew = "-1 seconds" is not allowed: must be a Duration (Duration.seconds(n), ...) of seconds: from 0 seconds to 600 seconds (10 minutes)'],
    [{ maxClockSkew: 30 }, "authentication.maxClockSkew = 30 is not allowed: must be a Duration (Duration.seconds(n), ...) of seconds"],
    [{ verifyClaims: [{ key: "a" }, { key: "a" }] }, 'authentication.verifyClaims[1].key = "a" is not allowed: each claim is checked once'],
    [{ verifyClaims: [{ key: "a", values: [] }] }, "authentication.verifyClaims[0].values = [] is not allowed: must list at least one value, or be left out to accept any value"],
    [{ verifyClaims: [{ key: "a b" }] }, 'authentication.verifyClaims[0].key = "a b" is not allowed: must be a claim name'],
    [{ publicKeys: TokenKeys.remoteJwks("http://issuer.example.com/jwks") }, 'authentication.publicKeys.uri = "http://issuer.example.com/jwks" is not allowed: must use https://'],
    [{ publicKeys: TokenKeys.remoteJwks("https://i.example.com/jwks", { maxCacheDuration: Duration.hours(25) }) }, 'authentication.publicKeys.maxCacheDuration = "25 hours" is not allowed: must be a Duration (Duration.hours(n), ...) of whole hours: from 1 hour to 24 hours'],
    [{ publicKeys: TokenKeys.remoteJwks("https://i.example.com/jwks", { maxCacheDuration: Duration.minutes(90) }) }, 'authentication.publicKeys.maxCacheDuration = "90 minutes" is not allowed: must be a Duration (Duration.hours(n), ...) of whole hours: from 1 hour to 24 hours'],
    [{ publicKeys: TokenKeys.staticKeys() }, "authentication.publicKeys.keys = [] is not allowed: at least one static public key is required"],
    [{ publicKeys: TokenKeys.staticKeys(JWK, { ...JWK }) }, 'authentication.publicKeys.keys = "key-1" is not allowed: each key needs its own kid'],
    [{ publicKeys: TokenKeys.staticKeys({ ...JWK, alg: "HS256" as any }) }, 'authentication.publicKeys.keys[0].alg = "HS256" is not allowed: must be one of RS256, RS384, RS512'],
    [{ publicKeys: TokenKeys.staticKeys({ ...JWK, n: "not base64!" }) }, 'authentication.publicKeys.keys[0].n = "not base64!" is not allowed: must be the base64url RSA modulus'],
    [{ publicKeys: TokenKeys.staticKeys({ ...JWK, e: "" }) }, 'authentication.publicKeys.keys[0].e = "" is not allowed: must be the base64url RSA exponent'],
    [{ publicKeys: TokenKeys.staticKeys({ ...JWK, kid: "" }) }, 'authentication.publicKeys.keys[0].kid = "" is not allowed: must be 1-255 printable ASCII characters'],
    [{ publicKeys: TokenKeys.staticKeys({ format: "PEM", kid: "k", key: "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----" }) }, "authentication.publicKeys.keys[0].key = ", "never a private key"],
    [{ publicKeys: TokenKeys.remoteDiscovery("https://i.example.com/.well-known/openid-configuration", { clientId: "c", clientSecret: { secretId: SECRET, compartmentId: SECRET_CMP }, clientSecretVersionNumber: 1 }) }, 'authentication.publicKeys.publicKeys = "REMOTE_DISCOVERY" is not allowed: JWT authentication takes TokenKeys.remoteJwks or TokenKeys.staticKeys; use Authorizer.token for discovery'],
  ])("rejects %#", (override, message, extra = "") => {
    const error = authError(() => Authorizer.jwt({ ...base, ...(override as any) }));
    expect(error).toContain(`${P}: ${message}`);
    expect(error).toContain(extra);
  });
});

describe("Authorizer.token", () => {
  test("remote discovery: client secret from Vault, read grant for the gateway on that secret only", () => {
    const { doc, authentication } = deploy(() =>
      Authorizer.token({
        issuers: ["https://idcs-123.identity.oraclecloud.com/"],
        audiences: ["sms-webhook"],
        tokenHeader: "Authorization",
        validation: TokenKeys.remoteDiscovery("https://idcs-123.identity.oraclecloud.com/.well-known/openid-configuration", {
          clientId: "sms-webhook-client",
          clientSecret: { secretId: SECRET, compartmentId: SECRET_CMP },
          clientSecretVersionNumber: 3,
        }),
        validationFailure: { responseCode: 401 },
      }),
    );
    expect(authentication).toEqual({
      type: "TOKEN_AUTHENTICATION",
      token_header: "Authorization",
      token_auth_scheme: "Bearer",
      validation_policy: {
        type: "REMOTE_DISCOVERY",
        source_uri_details: { type: "DISCOVERY_URI", uri: "https://idcs-123.identity.oraclecloud.com/.well-known/openid-configuration" },
        client_details: { type: "CUSTOM", client_id: "sms-webhook-client", client_secret_id: SECRET, client_secret_version_number: "3" },
        is_ssl_verify_disabled: false,
        additional_validation_policy: { issuers: ["https://idcs-123.identity.oraclecloud.com/"], audiences: ["sms-webhook"] },
      },
      validation_failure_policy: { type: "MODIFY_RESPONSE", response_code: "401" },
      is_anonymous_access_allowed: false,
    });
    expect(policyStatements(doc)).toEqual([
      `Allow any-user to read secret-bundles in compartment id ${SECRET_CMP} where ALL {request.principal.type = 'ApiGateway', request.resource.compartment.id = '${TEST_COMPARTMENT}', target.secret.id = '${SECRET}'}`,
    ]);
  });

  test("remote JWKS and static keys as validation policies", () => {
    const jwks = deploy(() => Authorizer.token({ issuers: ["i"], audiences: ["a"], tokenQueryParam: "t", validation: TokenKeys.remoteJwks("https://i.example.com/jwks", { allowSslVerifyDisabled: true }), verifyClaims: [{ key: "scope", values: ["sms"] }] }));
    expect(jwks.authentication).toEqual({
      type: "TOKEN_AUTHENTICATION",
      token_query_param: "t",
      validation_policy: {
        type: "REMOTE_JWKS",
        uri: "https://i.example.com/jwks",
        is_ssl_verify_disabled: true,
        additional_validation_policy: { issuers: ["i"], audiences: ["a"], verify_claims: [{ key: "scope", values: ["sms"], is_required: true }] },
      },
      is_anonymous_access_allowed: false,
    });
    const keys = deploy(() => Authorizer.token({ issuers: ["i"], audiences: ["a"], tokenHeader: "X-Token", tokenAuthScheme: "Token", validation: TokenKeys.staticKeys(JWK) }));
    expect(keys.authentication.validation_policy.keys).toEqual([{ format: "JSON_WEB_KEY", kid: "key-1", kty: "RSA", alg: "RS256", n: N, e: "AQAB", use: "sig", key_ops: ["verify"] }]);
    expect(keys.authentication.token_auth_scheme).toBe("Token");
  });

  const discovery = (o: object) => TokenKeys.remoteDiscovery("https://i.example.com/.well-known/openid-configuration", { clientId: "c", clientSecret: { secretId: SECRET, compartmentId: SECRET_CMP }, clientSecretVersionNumber: 1, ...o });
  test.each([
    [{ validation: discovery({ clientId: "" }) }, 'authentication.validation.clientId = "" is not allowed: a non-empty OAuth 2.0 client id is required'],
    // Whatever stands where a secret's OCID belongs may be the secret itself: never echoed.
    [{ validation: discovery({ clientSecret: { secretId: "my-secret", compartmentId: SECRET_CMP } }) }, `authentication.validation.clientSecret.secretId = "${redact("my-secret")}" is not allowed: must be an OCID of the form ocid1.vaultsecret.`],
    [{ validation: discovery({ clientSecret: "s3cr3t-client-value" }) }, `authentication.validation.clientSecret = "${redact("s3cr3t-client-value")}" is not allowed: must be the Vault secret holding the client secret (a Secret, or Secret.fromSecretAttributes), never the client secret itself`],
    [{ validation: discovery({ clientSecretVersionNumber: 0 }) }, "authentication.validation.clientSecretVersionNumber = 0 is not allowed: must be a secret version number (an integer, at least 1)"],
    [{ validation: TokenKeys.remoteDiscovery("http://i.example.com/.well-known/openid-configuration", { clientId: "c", clientSecret: { secretId: SECRET, compartmentId: SECRET_CMP }, clientSecretVersionNumber: 1 }) }, 'authentication.validation.discoveryUri = "http://i.example.com/.well-known/openid-configuration" is not allowed: must use https://'],
    [{ validation: undefined }, "authentication.validation = (not set) is not allowed: must be TokenKeys.remoteJwks(...), TokenKeys.staticKeys(...) or TokenKeys.remoteDiscovery(...)"],
    [{ validationFailure: { responseCode: 204 } }, "authentication.validationFailure.responseCode = 204 is not allowed"],
  ])("rejects %#", (override, message) => {
    const error = authError(() => Authorizer.token({ issuers: ["i"], audiences: ["a"], tokenHeader: "Authorization", validation: TokenKeys.remoteJwks("https://i.example.com/jwks"), ...(override as any) }));
    expect(error).toContain(`${P}: ${message}`);
  });
});
