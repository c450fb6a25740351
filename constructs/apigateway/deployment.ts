import { Construct } from "constructs";
import {
  ApigatewayDeployment,
  ApigatewayDeploymentSpecificationRequestPolicies,
  ApigatewayDeploymentSpecificationRoutes,
  apigatewayDeploymentSpecificationRoutesToTerraform,
} from "../../.gen/providers/oci/apigateway-deployment";
import { addCheck, checkCompartmentOcid, checkOcid, checkPattern, checkReference, deferredValue, reject, OciEnvironment, OciValidationError, OCID_TYPES, recordedErrorsOf } from "../core";
import { ILogGroup, LogGroup, ServiceLog } from "../logging";
import { Authorization } from "./authorization";
import { Authorizer } from "./authorizer";
import { ApiBindContext } from "./bind";
import { Backend } from "./backend";
import { CorsOptions, renderCors } from "./cors";
import { ApiDeploymentBase, IApiDeployment } from "./deployment-base";
import type { IApiGateway } from "./gateway-base";
import { MAX_DEPLOYMENTS_PER_GATEWAY, MAX_PATH_PREFIX_LENGTH, MAX_ROUTES_PER_DEPLOYMENT } from "./limits";
import { ApiLoggingOptions, DEFAULT_EXECUTION_LOG_LEVEL, renderLoggingPolicies } from "./logging-policy";
import { RateLimitOptions, renderRateLimit } from "./rate-limit";
import { renderRequestValidations } from "./request-validation";
import { checkMethods, checkRoutePath, RouteOptions } from "./route";

export interface ApiDeploymentOptions {
  /**
   * Path prefix of every route, e.g. `/sms` or `/v1`: starts with `/`, at
   * most 255 characters, no whitespace, no `{}`/`?`/`#`, no trailing slash
   * (except `/` itself), unique on the gateway. Changing it replaces the
   * deployment (and its URL).
   */
  readonly pathPrefix: string;
  /** Display name: 1-90 letters, digits, '.', '_' or '-'; also names the logs. Default: the construct id. */
  readonly displayName?: string;
  /** Compartment of the deployment. Default: the gateway's. */
  readonly compartmentId?: string;
  /**
   * How requests are authenticated: {@link Authorizer.function},
   * {@link Authorizer.functionWithParameters}, {@link Authorizer.jwt} or
   * {@link Authorizer.token}. Required unless {@link allowUnauthenticated}.
   */
  readonly authentication?: Authorizer;
  /** Explicit opt-out of authentication: every route is open to anyone. Default false. */
  readonly allowUnauthenticated?: boolean;
  /**
   * Explicit opt-in for routes with {@link Authorization.anonymous}: sets the
   * authentication policy's `is_anonymous_access_allowed`. Needs
   * {@link authentication}. Default false.
   */
  readonly allowAnonymousRoutes?: boolean;
  /** CORS for every route (a route's own `cors` replaces it). Default: none (browsers on other origins are refused). */
  readonly cors?: CorsOptions;
  /** Rate limit for the deployment. Default: none (OCI's service limits only). */
  readonly rateLimit?: RateLimitOptions;
  /** Access and execution logs in OCI Logging. Default: both on, execution level WARN, in a new log group. */
  readonly logging?: ApiLoggingOptions;
  /** Initial routes; more with {@link ApiDeployment.addRoute}. Default none (at least one is required by synthesis). */
  readonly routes?: readonly RouteOptions[];
}

export interface ApiDeploymentProps extends ApiDeploymentOptions {
  /** The gateway that serves the deployment (an `ApiGateway` or `ApiGateway.fromApiGatewayAttributes`). Changing it replaces the deployment. */
  readonly gateway: IApiGateway;
}

/** What {@link ApiDeployment.fromApiDeploymentAttributes} needs to know about an existing deployment. */
export interface ApiDeploymentAttributes {
  /** OCID of the deployment (`ocid1.apideployment.<realm>.<region>.<id>`). */
  readonly deploymentId: string;
  /** Compartment of the deployment. */
  readonly compartmentId: string;
}

/** Deployments per gateway, in creation order (the gateway limit and prefix uniqueness span constructs). */
const DEPLOYMENTS = new WeakMap<IApiGateway, ApiDeployment[]>();

const DISPLAY_NAME = /^[A-Za-z0-9._-]{1,90}$/;
const PATH_PREFIX = /^\/([A-Za-z0-9\-._~!$&'()*+,;=:@%]+(\/[A-Za-z0-9\-._~!$&'()*+,;=:@%]+)*)?$/;

/**
 * An API deployment (`oci_apigateway_deployment`): a path prefix on a
 * gateway, its authentication, CORS, rate limit and logs, and its routes
 * (added with {@link addRoute}; rendered at synthesis, so routes added later
 * count). Authentication is required unless explicitly opted out.
 */
export class ApiDeployment extends ApiDeploymentBase {
  /** A deployment that exists outside this app, e.g. to enable its logs here (`ServiceLog` with `resourceId: deployment.deploymentId`). Creates no resource. */
  public static fromApiDeploymentAttributes(scope: Construct, id: string, attributes: ApiDeploymentAttributes): IApiDeployment {
    return new ImportedApiDeployment(scope, id, attributes);
  }

  public readonly resource: ApigatewayDeployment;
  /** OCID of the deployment. */
  public readonly deploymentId: string;
  /** Base URL of the deployment (`https://<gateway hostname><pathPrefix>`). */
  public readonly endpoint: string;
  public readonly gateway: IApiGateway;
  public readonly pathPrefix: string;
  public readonly compartmentId: string;
  public readonly displayName: string;
  /** The log group of the access and execution logs (undefined when both are off). */
  public readonly logGroup?: ILogGroup;
  private readonly routes: ApigatewayDeploymentSpecificationRoutes[] = [];
  private readonly routeKeys = new Map<string, string>();
  private readonly authenticated: boolean;
  private readonly allowAnonymousRoutes: boolean;

  constructor(scope: Construct, id: string, props: ApiDeploymentProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    this.gateway = props.gateway;
    this.displayName = checkPattern(this, "displayName", props.displayName ?? id, DISPLAY_NAME, "must be 1-90 letters, digits, '.', '_' or '-'");
    const gatewayId = checkReference(this, "gateway", props.gateway, "gatewayId", OCID_TYPES.apiGateway, "must be an API gateway (an ApiGateway, or ApiGateway.fromApiGatewayAttributes)");
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? props.gateway?.compartmentId);
    this.pathPrefix = this.checkPathPrefix(props.pathPrefix);
    const siblings = gatewayId === undefined ? [] : this.checkGatewaySlot();

    if (props.authentication && props.allowUnauthenticated) {
      reject(this, "allowUnauthenticated", true, "contradicts the authentication given; remove one of them");
    }
    if (!props.authentication && !props.allowUnauthenticated) {
      reject(this, "authentication", undefined, "a deployment needs an authorizer (Authorizer.function, functionWithParameters, jwt or token); set allowUnauthenticated: true to opt out explicitly");
    }
    if (props.allowAnonymousRoutes && !props.authentication) {
      reject(this, "allowAnonymousRoutes", true, "needs authentication: without it every route is already open");
    }
    const authentication = props.authentication instanceof Authorizer ? props.authentication : undefined;
    if (props.authentication !== undefined && !authentication) {
      reject(this, "authentication", props.authentication, "must be Authorizer.function(...), Authorizer.functionWithParameters(...), Authorizer.jwt(...) or Authorizer.token(...)");
    }
    this.authenticated = !!props.authentication;
    this.allowAnonymousRoutes = props.allowAnonymousRoutes ?? false;

    const requestPolicies: ApigatewayDeploymentSpecificationRequestPolicies = {
      authentication: authentication && {
        ...authentication.bind(this.bindContext("authentication")),
        isAnonymousAccessAllowed: this.allowAnonymousRoutes,
      },
      cors: props.cors ? renderCors(this, "cors", props.cors) : undefined,
      rateLimiting: props.rateLimit ? renderRateLimit(this, props.rateLimit) : undefined,
    };

    const logging = props.logging ?? {};
    const accessLog = logging.accessLog ?? true;
    const executionLog = logging.executionLog ?? true;
    const loggingPolicies = renderLoggingPolicies(this, "logging", {
      accessLog,
      executionLog,
      executionLogLevel: logging.executionLogLevel ?? DEFAULT_EXECUTION_LOG_LEVEL,
    });

    this.resource = new ApigatewayDeployment(this, "deployment", {
      compartmentId: this.compartmentId,
      gatewayId: gatewayId ?? "",
      pathPrefix: this.pathPrefix,
      displayName: this.displayName,
      specification: {
        requestPolicies: requestPolicies.authentication || requestPolicies.cors || requestPolicies.rateLimiting ? requestPolicies : undefined,
        loggingPolicies,
        // Rendered at synthesis so that routes added after construction are included.
        routes: deferredValue(() => this.routes.map((r) => apigatewayDeploymentSpecificationRoutesToTerraform(r))),
      },
      freeformTags: env.tags(),
    });
    this.deploymentId = this.resource.id;
    this.endpoint = this.resource.endpoint;

    if (accessLog || executionLog) {
      this.logGroup = logging.logGroup ?? new LogGroup(this, "logs", { displayName: `${this.displayName}-logs`, compartmentId: this.compartmentId, description: `API Gateway logs of deployment ${this.displayName}` });
      const common = { logGroup: this.logGroup, resourceId: this.deploymentId, retention: logging.retention };
      if (accessLog) new ServiceLog(this, "access-log", { ...common, source: "apiGatewayAccess", displayName: `${this.displayName}-access` });
      if (executionLog) new ServiceLog(this, "execution-log", { ...common, source: "apiGatewayExecution", displayName: `${this.displayName}-execution` });
    } else if (logging.logGroup) {
      reject(this, "logging.logGroup", logging.logGroup, "has no effect with accessLog and executionLog both false");
    } else if (logging.retention !== undefined) {
      reject(this, "logging.retention", logging.retention, "has no effect with accessLog and executionLog both false");
    }

    // A rejected deployment takes no slot, so fixing it does not also change the errors of its siblings.
    if (!recordedErrorsOf(this).length) siblings.push(this);
    addCheck(this, () => {
      const n = this.routes.length;
      if (n === 0) return [new OciValidationError(this.node.path, "routes", [], "a deployment needs at least one route (addRoute)")];
      if (n > MAX_ROUTES_PER_DEPLOYMENT) {
        return [new OciValidationError(this.node.path, "routes", `${n} routes`, `a deployment takes at most ${MAX_ROUTES_PER_DEPLOYMENT} routes (OCI limit); split the API over several deployments`)];
      }
      return [];
    });
    const routes = props.routes ?? [];
    if (!Array.isArray(routes)) reject(this, "routes", routes, "must be a list of routes (or left out and added with addRoute)");
    else for (const route of routes) this.addRoute(route);
  }

  /**
   * Adds a route. Checks the path, methods and policies, rejects a (path,
   * method) pair the deployment already serves, and binds the backend (a
   * function backend grants the gateway's compartment invoke). A route
   * with a refused input is not added (its errors are recorded).
   */
  public addRoute(route: RouteOptions): void {
    const errorsBefore = recordedErrorsOf(this).length;
    // Long paths are shortened in field names; the error's value shows the path itself.
    const label = typeof route.path === "string" && route.path.length > 80 ? `${route.path.slice(0, 77)}...` : route.path;
    const field = `routes[${label}]`;
    const shape = checkRoutePath(this, `${field}.path`, route.path);
    const methods = checkMethods(this, `${field}.methods`, route.methods);
    for (const method of methods) {
      const clash = [...this.routeKeys.keys()].find((k) => {
        const [p, m] = k.split(" ");
        return p === shape && (m === method || m === "ANY" || method === "ANY");
      });
      if (clash) reject(this, `${field}.methods`, method, `the deployment already serves ${this.routeKeys.get(clash)}; each (path, method) pair is served once`);
    }
    const validBackend = route.backend instanceof Backend;
    if (!validBackend) reject(this, `${field}.backend`, route.backend, "must be Backend.function(...), Backend.http(...) or Backend.stockResponse(...)");

    const authorization = this.checkAuthorization(field, route.authorization);
    const validations = renderRequestValidations(this, field, route);
    const requestPolicies = {
      authorization: authorization?.render(),
      cors: route.cors && renderCors(this, `${field}.cors`, route.cors),
      ...validations,
    };
    const backend = validBackend ? route.backend.bind(this.bindContext(`${field}.backend`)) : undefined;
    const loggingPolicies = route.logging && renderLoggingPolicies(this, `${field}.logging`, route.logging);
    if (recordedErrorsOf(this).length > errorsBefore) return;

    for (const method of methods) this.routeKeys.set(`${shape} ${method}`, `${method} ${route.path}`);
    this.routes.push({
      path: route.path,
      methods,
      backend: backend!,
      requestPolicies: Object.values(requestPolicies).some((v) => v !== undefined) ? requestPolicies : undefined,
      loggingPolicies,
    });
  }

  private bindContext(field: string): ApiBindContext {
    return { deployment: this, gatewayCompartmentId: this.gateway.compartmentId, field };
  }

  /** The route's authorization: explicit on authenticated deployments, absent on open ones. */
  private checkAuthorization(field: string, given: Authorization | undefined): Authorization | undefined {
    if (given !== undefined && !(given instanceof Authorization)) {
      reject(this, `${field}.authorization`, given, "must be Authorization.authenticationOnly(), Authorization.anyOf(...) or Authorization.anonymous()");
      return undefined;
    }
    if (!this.authenticated) {
      if (given) reject(this, `${field}.authorization`, given.type, "needs deployment authentication; this deployment is open (allowUnauthenticated)");
      return undefined;
    }
    const authorization = given ?? Authorization.authenticationOnly();
    const problem = authorization.problem();
    if (problem) reject(this, `${field}.authorization`, problem[0], problem[1]);
    if (authorization.type === "ANONYMOUS" && !this.allowAnonymousRoutes) {
      reject(this, `${field}.authorization`, "ANONYMOUS", "set allowAnonymousRoutes: true on the deployment to opt in to unauthenticated routes explicitly");
    }
    return authorization;
  }

  private checkPathPrefix(prefix: string): string {
    if (typeof prefix === "string" && prefix.length > MAX_PATH_PREFIX_LENGTH) {
      reject(this, "pathPrefix", prefix, `must be at most ${MAX_PATH_PREFIX_LENGTH} characters (it has ${prefix.length})`);
    }
    return checkPattern(this, "pathPrefix", prefix, PATH_PREFIX, "must start with '/', have no empty segments, whitespace, '{', '}', '?' or '#', and no trailing slash (except '/' itself)");
  }

  /** The gateway's other deployments, after checking this one's prefix is free and the gateway has room. */
  private checkGatewaySlot(): ApiDeployment[] {
    const list = DEPLOYMENTS.get(this.gateway) ?? [];
    DEPLOYMENTS.set(this.gateway, list);
    const same = list.find((d) => d.pathPrefix === this.pathPrefix);
    if (same) reject(this, "pathPrefix", this.pathPrefix, `must be unique on gateway ${this.gateway.node.path}; ${same.node.path} already uses it`);
    if (list.length >= MAX_DEPLOYMENTS_PER_GATEWAY) {
      reject(this, "gateway", this.gateway, `a gateway takes at most ${MAX_DEPLOYMENTS_PER_GATEWAY} deployments (OCI limit); it already has ${list.length}: use another gateway`);
    }
    return list;
  }
}

/** A deployment created outside this app, known by OCID. */
class ImportedApiDeployment extends ApiDeploymentBase {
  public readonly deploymentId: string;
  public readonly compartmentId: string;

  constructor(scope: Construct, id: string, attributes: ApiDeploymentAttributes) {
    super(scope, id);
    this.deploymentId = checkOcid(this, "deploymentId", attributes.deploymentId, OCID_TYPES.apiDeployment);
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", attributes.compartmentId);
  }
}
