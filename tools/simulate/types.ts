/** What a simulation produces: deliveries (each a tree of hops), rules that did not match, findings. */

/** A resource of the synthesized app, as reports name it. */
export interface ResourceRef {
  readonly stack: string;
  /** Terraform address `type.name`. */
  readonly address: string;
  readonly constructPath?: string;
  /** `display_name` or `name`, when the resource has one. */
  readonly displayName?: string;
  readonly region?: string;
}

/** What a hop delivers: the HTTP body and headers the receiver gets. */
export interface Payload {
  /** `cloudevent` (Events), `notification` (Notifications message), `alarm` (alarm message via a topic), `gateway-request`, `authorizer-input`. */
  readonly kind: "cloudevent" | "notification" | "alarm" | "gateway-request" | "authorizer-input";
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  /** For functions behind API Gateway: the request the FDK exposes (method, URL, headers). */
  readonly gateway?: { readonly method: string; readonly url: string; readonly headers: Readonly<Record<string, string>> };
}

/** One request a function sent to an upstream while invoked (`--invoke`). */
export interface UpstreamCall {
  readonly method: string;
  /** The URL as configured (the real host, not the loopback mock that answered). */
  readonly url: string;
  /** Headers, credentials masked. */
  readonly headers: Readonly<Record<string, string>>;
  /** Body, every secret value replaced by `***`. */
  readonly body: string;
  /** The status the stand-in answered. */
  readonly status: number;
  /**
   * What answered: `responses file: <match>`, the simulated B2C Service, `built-in: <match>`
   * (default-responses.ts), or `catch-all (...)` when nothing knew the call.
   */
  readonly answeredBy: string;
}

/** The result of running a function bundle through the FDK. */
export interface InvocationResult {
  /** The project function that ran (`event-forwarder`, ...), from the image name. */
  readonly bundle?: string;
  /** Why nothing ran (not a project function, --invoke not given, ...). */
  readonly skipped?: string;
  /** FDK status (200, or 502 when the function failed). */
  readonly status?: number;
  /** What API Gateway would return (`Fn-Http-Status`). */
  readonly gatewayStatus?: number;
  /** The function's response body (secrets masked). */
  readonly response?: string;
  readonly upstream?: readonly UpstreamCall[];
  /** Vault secrets the function read (by secret name), never their values. */
  readonly secretsRead?: readonly string[];
  /** Log lines the function wrote (secrets masked), for failures. */
  readonly logs?: readonly string[];
}

export type Hop =
  | {
      readonly kind: "subscription";
      readonly resource: ResourceRef;
      readonly protocol: string;
      /** The endpoint; a sensitive variable shows as `var.<name> (sensitive)`. */
      readonly endpoint: string;
      readonly note?: string;
      readonly then: Hop[];
    }
  | { readonly kind: "function"; readonly resource: ResourceRef; readonly image?: string; readonly payload: Payload; invocation?: InvocationResult }
  | { readonly kind: "stream"; readonly resource: ResourceRef; readonly payload: Payload; readonly note: string }
  | { readonly kind: "http-backend"; readonly url: string; readonly payload: Payload }
  | { readonly kind: "stock-response"; readonly status: number; readonly body?: string }
  | { readonly kind: "external"; readonly target: string; readonly note: string };

export type FunctionHop = Extract<Hop, { kind: "function" }>;

/** One action that fires (an Events rule action, an alarm destination, a published message, an HTTP route). */
export interface Delivery {
  readonly stack: string;
  /** Terraform address of the Events rule (events). */
  readonly rule?: string;
  /** Terraform address of the alarm (alarm transitions). */
  readonly alarm?: string;
  /** Terraform address of the topic a message was published to. */
  readonly topic?: string;
  /** Terraform address of the API deployment, and the route (`POST /incoming`) (HTTP requests). */
  readonly deployment?: string;
  readonly route?: string;
  readonly constructPath?: string;
  readonly displayName?: string;
  readonly action: "ONS" | "FAAS" | "OSS" | "HTTP";
  /** Terraform address (or OCID, for a target outside the app) of the topic, function, stream or backend. */
  readonly target: string;
  /** Stack of the target when it is another stack (a cross-stack reference). */
  readonly targetStack?: string;
  readonly targetConstructPath?: string;
  /** API Gateway: the authorizer function invoked before the route, with the input it gets. */
  readonly authorizer?: FunctionHop;
  /** API Gateway: what the gateway answers when the authorizer denies, and the scopes the route requires (ANY_OF). */
  readonly gatewayPolicy?: { readonly onDeny: { readonly status: number; readonly body?: string }; readonly requiredScopes?: readonly string[] };
  /** API Gateway: what the caller gets back (with --invoke, or when the gateway answers itself). */
  response?: { readonly status: number; readonly body?: string; readonly reason: string };
  /** Assumptions the match rests on (a compartment missing from the tree, ...). */
  readonly assumptions?: readonly string[];
  readonly then: Hop[];
}

/** A rule (or route, alarm) that was considered and the first reason it did not deliver. */
export interface NonMatching {
  readonly stack: string;
  /** Terraform address of the rule (or deployment, alarm). */
  readonly rule: string;
  readonly displayName?: string;
  readonly constructPath?: string;
  readonly reason: string;
}

/** Something that can never work as written (e.g. a rule that cannot receive the events it names). */
export interface Finding {
  readonly severity: "error" | "warning";
  readonly stack: string;
  readonly resource: string;
  readonly constructPath?: string;
  readonly message: string;
  /** The documentation the finding rests on. */
  readonly source: string;
}

export interface Simulation {
  readonly kind: "event" | "alarm" | "message" | "http";
  /** What was simulated, as shown in the report header. */
  readonly input: Readonly<Record<string, unknown>>;
  readonly deliveries: Delivery[];
  readonly nonMatching: NonMatching[];
  readonly findings: Finding[];
  /** Facts the simulation assumed (region of the event, compartments not in the tree, ...). */
  readonly notes: string[];
}

/** Bad input (unreadable event, unknown stack, unknown alarm, ...): the CLI exits non-zero with this message. */
export class SimulationInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SimulationInputError";
  }
}
