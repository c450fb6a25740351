import { Construct } from "constructs";
import { FunctionsFunction } from "../../.gen/providers/oci/functions-function";
import { checkCompartmentOcid, checkDuration, checkOneOf, checkOcid, checkPattern, checkReference, Duration, reject, OciEnvironment, OCID_TYPES } from "../core";
import type { FunctionApplication } from "./application";
import type { IFunctionApplication } from "./application-base";
import { FunctionConfig } from "./config";
import { checkDestination, FunctionDestination } from "./destination";
import { FunctionBase, IFunction } from "./function-base";
import { checkImage } from "./image";
import { checkProvisionedConcurrency, DEFAULT_TIMEOUT, DETACHED_TIMEOUT, FUNCTION_NAME, FUNCTION_NAME_RULE, FUNCTION_TIMEOUT, FunctionMemory, MEMORY_SIZES_MB, ProvisionedConcurrency } from "./limits";

/** A function's settings, as {@link FunctionApplication.addFunction} takes them. */
export interface OciFunctionOptions {
  /** Function name, unique within the application (checked): letters, digits, `-`, `_`; 1-255. Changing it replaces the function. */
  readonly displayName: string;
  /**
   * Image in OCIR of the application's region, with a tag or a digest:
   * `<region-key>.ocir.io/<namespace>/<repository>:<tag>` or
   * `...@sha256:<64 hex digits>`.
   */
  readonly image: string;
  /** Digest of {@link image} (`sha256:<64 hex>`); change it together with the image. Default: computed by the provider. */
  readonly imageDigest?: string;
  /** Memory in MB: 128, 256, 512, 1024, 2048 or 3072. Default 256. */
  readonly memoryInMbs?: FunctionMemory;
  /** Longest synchronous invocation, whole seconds from 1 second to 5 minutes (`Duration.seconds(60)`). Default 30 seconds. */
  readonly timeout?: Duration;
  /**
   * Environment variables of the function (override the application's).
   * Keys match `^[A-Za-z_][A-Za-z0-9_]*$`; keys and values take at most 4096
   * UTF-8 bytes; credentials are refused as plaintext: pass a Vault secret's
   * OCID instead (see the README). Default none.
   */
  readonly config?: Readonly<Record<string, string>>;
  /** Explicit opt-out of the plaintext-credential check on {@link config} (and {@link OciFunction.addConfig}). Default false. */
  readonly allowPlaintextConfig?: boolean;
  /** Instances kept warm. Default: none provisioned (OCI's default). */
  readonly provisionedConcurrency?: ProvisionedConcurrency;
  /** Longest detached invocation, whole seconds from 5 seconds to 1 hour. Default: OCI uses {@link timeout}. */
  readonly detachedModeTimeout?: Duration;
  /** Where successful detached invocations are reported. Default none. */
  readonly successDestination?: FunctionDestination;
  /** Where failed detached invocations are reported. Default none. */
  readonly failureDestination?: FunctionDestination;
  /** Traces invocations into the application's APM domain; needs the application's `trace`. Default false. */
  readonly trace?: boolean;
}

export interface OciFunctionProps extends OciFunctionOptions {
  /** The application the function belongs to (subnets, architecture, logging, shared config): a {@link FunctionApplication} or one imported with `FunctionApplication.fromFunctionApplicationAttributes`. */
  readonly application: IFunctionApplication;
}

/** What {@link OciFunction.fromFunctionAttributes} needs to know about an existing function. */
export interface FunctionAttributes {
  /** OCID of the function (`ocid1.fnfunc.<realm>.<region>.<id>`). */
  readonly functionId: string;
  /** Compartment of the function's application: invoke grants are written for it. */
  readonly compartmentId: string;
  /** The function's display name; it names the identity group (`<env>-fn-<displayName>-<hash>`). Default: the construct id. */
  readonly displayName?: string;
}

/** Display names taken per application, with the path of the function that took each. */
const NAMES = new WeakMap<IFunctionApplication, Map<string, string>>();

/**
 * An OCI function (`oci_functions_function`). Events rules, Notifications
 * subscriptions and API gateways invoke it through {@link grantInvoke}; it
 * reaches other resources through its own identity, a dynamic group matching
 * exactly this function, created on first use of {@link grantPrincipal}
 * (e.g. by `secret.grantRead(fn)`), so a function that needs no access adds no
 * dynamic group to the tenancy.
 */
export class OciFunction extends FunctionBase {
  /**
   * A function that exists outside this app (deployed by another team or
   * tool). It works wherever an owned one does: rule target, subscription,
   * route backend or authorizer, and grantee (its identity group is created
   * on first grant, as for an owned function). Creates no resource itself;
   * its configuration cannot be changed from here.
   */
  public static fromFunctionAttributes(scope: Construct, id: string, attributes: FunctionAttributes): IFunction {
    return new ImportedFunction(scope, id, attributes);
  }

  /** The generated `oci_functions_function`. */
  public readonly resource: FunctionsFunction;
  /** OCID of the function. */
  public readonly functionId: string;
  /** Compartment of the function (its application's). */
  public readonly compartmentId: string;
  /** The application the function runs in. */
  public readonly application: IFunctionApplication;
  /** Function name, unique within the application. */
  public readonly displayName: string;
  /** Memory in MB. */
  public readonly memoryInMbs: FunctionMemory;
  /** Longest synchronous invocation. */
  public readonly timeout: Duration;
  /** HTTPS endpoint that signed invoke requests go to (read on demand). */
  public get invokeEndpoint(): string {
    return this.resource.invokeEndpoint;
  }
  private readonly config: FunctionConfig;

  constructor(scope: Construct, id: string, props: OciFunctionProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    this.application = props.application;
    this.compartmentId = props.application.compartmentId;
    checkReference(this, "application", props.application, "applicationId", OCID_TYPES.functionApplication, "must be a function application (a FunctionApplication, or FunctionApplication.fromFunctionApplicationAttributes)");
    this.displayName = String(checkPattern(this, "displayName", props.displayName, FUNCTION_NAME, FUNCTION_NAME_RULE));
    this.claimName();
    checkImage(this, props.image, props.imageDigest, props.application.region);
    this.memoryInMbs = checkOneOf(this, "memoryInMbs", props.memoryInMbs ?? 256, MEMORY_SIZES_MB);
    this.timeout = props.timeout ?? DEFAULT_TIMEOUT;
    const timeoutInSeconds = checkDuration(this, "timeout", this.timeout, FUNCTION_TIMEOUT);
    const detachedModeTimeoutInSeconds = checkDuration(this, "detachedModeTimeout", props.detachedModeTimeout, DETACHED_TIMEOUT);
    const pc = props.provisionedConcurrency && checkProvisionedConcurrency(this, props.provisionedConcurrency, this.memoryInMbs);
    const success = props.successDestination ? checkDestination(this, "successDestination", props.successDestination) : undefined;
    const failure = props.failureDestination ? checkDestination(this, "failureDestination", props.failureDestination) : undefined;
    if (props.trace && !props.application.trace) {
      reject(this, "trace", true, `needs tracing on the application ${props.application.node.path} (its trace prop)`);
    }
    this.config = new FunctionConfig(this, props.allowPlaintextConfig ?? false, props.config);

    this.resource = new FunctionsFunction(this, "function", {
      applicationId: props.application.applicationId,
      displayName: this.displayName,
      image: props.image,
      imageDigest: props.imageDigest,
      // The schema types memory as a string.
      memoryInMbs: String(this.memoryInMbs),
      timeoutInSeconds,
      detachedModeTimeoutInSeconds,
      config: this.config.render(),
      provisionedConcurrencyConfig: pc ? { strategy: pc.strategy, count: pc.count } : undefined,
      successDestination: success,
      failureDestination: failure,
      traceConfig: props.trace !== undefined ? { isEnabled: props.trace } : undefined,
      freeformTags: env.tags(),
    });
    this.functionId = this.resource.id;
  }

  protected get identityLabel(): string {
    return this.displayName;
  }

  protected identityDescription(): string {
    return `Resource principal of function ${this.displayName} in application ${this.application.displayName}`;
  }

  /** Adds (or overrides) one configuration entry; validated like {@link OciFunctionOptions.config}. */
  public addConfig(key: string, value: string): void {
    this.config.set(key, value);
  }

  /** The function's own configuration (without the application's). */
  public get configuration(): Record<string, string> {
    return this.config.values;
  }

  private claimName(): void {
    const names = NAMES.get(this.application) ?? new Map<string, string>();
    NAMES.set(this.application, names);
    const taken = names.get(this.displayName);
    if (taken) reject(this, "displayName", this.displayName, `must be unique within application ${this.application.displayName}; ${taken} already uses it`);
    names.set(this.displayName, this.node.path);
  }
}

/** A function created outside this app, known by OCID. */
class ImportedFunction extends FunctionBase {
  public readonly functionId: string;
  public readonly compartmentId: string;
  private readonly label: string;

  constructor(scope: Construct, id: string, attributes: FunctionAttributes) {
    super(scope, id);
    this.functionId = checkOcid(this, "functionId", attributes.functionId, OCID_TYPES.function);
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", attributes.compartmentId);
    this.label = attributes.displayName === undefined ? id : checkPattern(this, "displayName", attributes.displayName, FUNCTION_NAME, FUNCTION_NAME_RULE);
  }

  protected get identityLabel(): string {
    return this.label;
  }

  protected identityDescription(): string {
    return `Resource principal of function ${this.label} (${this.functionId}), imported`;
  }
}
