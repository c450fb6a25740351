import { Construct } from "constructs";
import { FunctionsApplication } from "../../.gen/providers/oci/functions-application";
import { checkCompartmentOcid, checkOcid, checkOcids, checkOneOf, checkPattern, checkReferences, Duration, reject, isToken, OciEnvironment, OCID_TYPES } from "../core";
import { ILogGroup, LogGroup, ServiceLog } from "../logging";
import type { INetworkSecurityGroup, ISubnet } from "../network";
import { FunctionApplicationBase, IFunctionApplication } from "./application-base";
import { FunctionConfig } from "./config";
import { FUNCTION_NAME, FUNCTION_NAME_RULE } from "./limits";

/** Processor architectures an application's functions run on. */
export const FUNCTION_SHAPES = ["GENERIC_X86", "GENERIC_ARM", "GENERIC_X86_ARM"] as const;
export type FunctionShape = (typeof FUNCTION_SHAPES)[number];

/** Tracing of the application's functions into an APM domain. */
export interface ApplicationTrace {
  /** OCID of the APM domain that receives the traces. */
  readonly domainId: string;
  /** Whether tracing is on for the application. Default true. */
  readonly enabled?: boolean;
}

export interface FunctionApplicationProps {
  /** Application name, unique in its compartment and region (checked across the app): letters, digits, `-`, `_`; 1-255. Changing it replaces the application. */
  readonly displayName: string;
  /** Compartment; defaults to the environment's. */
  readonly compartmentId?: string;
  /** Subnets the functions run in (at least one; usually one private subnet), e.g. `network.privateSubnet` or `Subnet.fromOcid(...)`. Changing them replaces the application. */
  readonly subnets: readonly ISubnet[];
  /** Processor architecture of every function in the application. Default `GENERIC_X86`. Changing it replaces the application. */
  readonly shape?: FunctionShape;
  /** Environment variables for every function (a function's own config overrides them). Same rules as function config: key regex, 4 KB in total, no plaintext credentials. Default none. */
  readonly config?: Readonly<Record<string, string>>;
  /** Explicit opt-out of the plaintext-credential check on {@link config}. Default false. */
  readonly allowPlaintextConfig?: boolean;
  /** Network security groups for the functions' VNICs (`NetworkSecurityGroup.fromOcid(...)`). Default none. */
  readonly networkSecurityGroups?: readonly INetworkSecurityGroup[];
  /** Tracing into an APM domain. Default off. */
  readonly trace?: ApplicationTrace;
  /**
   * Syslog endpoint for function logs (`tcp+tls://host:port`; `tcp://` and
   * `udp://` only with {@link allowUnencryptedSyslog}). OCI ignores it while
   * OCI Logging is on, so it requires `invokeLogs: false`. Default none.
   */
  readonly syslogUrl?: string;
  /** Explicit opt-in for a `tcp://` or `udp://` syslog URL, which sends logs unencrypted. Default false. */
  readonly allowUnencryptedSyslog?: boolean;
  /** Turns on image signature verification: only images signed with one of these KMS keys (OCIDs) run. Default off. */
  readonly imageVerificationKeyIds?: readonly string[];
  /** Function invocation logs in OCI Logging (a service log per application). Default true; `false` is the explicit opt-out. */
  readonly invokeLogs?: boolean;
  /** Log group for the invocation log, in the application's compartment (a {@link LogGroup} or `LogGroup.fromLogGroupAttributes(...)`). Default: a new group `<displayName>-logs`. */
  readonly logGroup?: ILogGroup;
  /** How long invocation log entries are kept: 30, 60, 90, 120, 150 or 180 days (`Duration.days(90)`). Default 30 days. */
  readonly invokeLogRetention?: Duration;
}

/** What {@link FunctionApplication.fromFunctionApplicationAttributes} needs to know about an existing application. */
export interface FunctionApplicationAttributes {
  /** OCID of the application (`ocid1.fnapp.<realm>.<region>.<id>`), in the environment's region. */
  readonly applicationId: string;
  /** Compartment of the application: its functions live there, and invoke grants are written for it. */
  readonly compartmentId: string;
  /** The application's name, shown in the identity groups of functions added to it. Default: the application OCID. */
  readonly displayName?: string;
  /** Whether the application traces to an APM domain, so that its functions may turn `trace` on. Default false. */
  readonly trace?: boolean;
}

const SYSLOG = /^(tcp\+tls|tcp|udp):\/\/[A-Za-z0-9.-]+:(\d{1,5})$/;

/**
 * An OCI Functions application (`oci_functions_application`): the subnets,
 * architecture, shared configuration and logging of a set of functions. Invoke
 * logs go to OCI Logging unless explicitly turned off.
 */
export class FunctionApplication extends FunctionApplicationBase {
  /**
   * An application that exists outside this app (e.g. a platform team's
   * shared application): functions can be added to it (`addFunction`), in
   * the environment's region. Creates no resource itself; its subnets,
   * configuration and logs cannot be changed from here.
   */
  public static fromFunctionApplicationAttributes(scope: Construct, id: string, attributes: FunctionApplicationAttributes): IFunctionApplication {
    return new ImportedFunctionApplication(scope, id, attributes);
  }

  /** The generated `oci_functions_application`. */
  public readonly resource: FunctionsApplication;
  /** OCID of the application. */
  public readonly applicationId: string;
  /** Compartment of the application and of its functions. */
  public readonly compartmentId: string;
  /** Application name, unique in the compartment. */
  public readonly displayName: string;
  /** Processor architecture of the application's functions. */
  public readonly shape: FunctionShape;
  /** Whether the application traces to an APM domain (its functions may then turn `trace` on). */
  public readonly trace: boolean;
  /** The invocation log's group; undefined with `invokeLogs: false`. */
  public readonly logGroup?: ILogGroup;
  /** The invocation service log; undefined with `invokeLogs: false`. */
  public readonly invokeLog?: ServiceLog;
  /** Region the application lives in (its functions' images must come from there). */
  public readonly region: string;
  private readonly config: FunctionConfig;

  constructor(scope: Construct, id: string, props: FunctionApplicationProps) {
    super(scope, id);
    const env = OciEnvironment.of(this);
    this.region = env.region;
    if (isToken(props.displayName)) reject(this, "displayName", props.displayName, "must be a literal: it is checked for uniqueness and names the log resources");
    this.displayName = String(checkPattern(this, "displayName", props.displayName, FUNCTION_NAME, FUNCTION_NAME_RULE));
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", props.compartmentId ?? env.compartmentOcid);
    this.checkUnique();
    this.shape = checkOneOf(this, "shape", props.shape ?? "GENERIC_X86", FUNCTION_SHAPES);
    // Subnets, NSGs and KMS keys are regional: the functions' VNICs and the image checks are in the application's region.
    const inRegion = { region: this.region, regionOwner: "the application's region" };
    const subnetIds = this.checkIds("subnets", props.subnets, true, "subnet (a network's subnet, or Subnet.fromOcid)", (items) =>
      checkReferences(this, "subnets", items, "subnetId", OCID_TYPES.subnet, "must be a subnet (a network's subnet, or Subnet.fromOcid)", inRegion),
    );
    const nsgIds = this.checkIds("networkSecurityGroups", props.networkSecurityGroups, false, "network security group", (items) =>
      checkReferences(this, "networkSecurityGroups", items, "networkSecurityGroupId", OCID_TYPES.networkSecurityGroup, "must be a network security group (NetworkSecurityGroup.fromOcid)", inRegion),
    );
    const keyIds = this.checkIds("imageVerificationKeyIds", props.imageVerificationKeyIds, false, "key OCID", (ids) => checkOcids(this, "imageVerificationKeyIds", ids, OCID_TYPES.key, inRegion));
    if (props.imageVerificationKeyIds && !keyIds.length) reject(this, "imageVerificationKeyIds", [], "name at least one KMS key, or leave it unset to turn verification off");
    if (props.trace) checkOcid(this, "trace.domainId", props.trace.domainId, OCID_TYPES.apmDomain);
    this.trace = props.trace ? props.trace.enabled !== false : false;
    const invokeLogs = props.invokeLogs ?? true;
    if (props.syslogUrl !== undefined) this.checkSyslog(props.syslogUrl, invokeLogs, props.allowUnencryptedSyslog ?? false);
    if (!invokeLogs && props.logGroup) reject(this, "logGroup", props.logGroup.node.path, "is only used for invoke logs; remove it or drop invokeLogs: false");
    if (props.logGroup && !isToken(props.logGroup.compartmentId) && !isToken(this.compartmentId) && props.logGroup.compartmentId !== this.compartmentId) {
      // ServiceLog writes the log group's compartment into configuration.compartment_id, which OCI reads as the logged resource's (the application's).
      reject(this, "logGroup", props.logGroup, `must be in the application's compartment ${this.compartmentId} (it is in ${props.logGroup.compartmentId})`);
    }
    this.config = new FunctionConfig(this, props.allowPlaintextConfig ?? false, props.config);

    this.resource = new FunctionsApplication(this, "application", {
      compartmentId: this.compartmentId,
      displayName: this.displayName,
      subnetIds,
      shape: this.shape,
      config: this.config.render(),
      networkSecurityGroupIds: nsgIds.length ? nsgIds : undefined,
      syslogUrl: props.syslogUrl,
      traceConfig: props.trace ? { domainId: props.trace.domainId, isEnabled: this.trace } : undefined,
      imagePolicyConfig: keyIds.length ? { isPolicyEnabled: true, keyDetails: keyIds.map((kmsKeyId) => ({ kmsKeyId })) } : undefined,
      freeformTags: env.tags(),
    });
    this.applicationId = this.resource.id;

    if (invokeLogs) {
      // OCI Logging enables function logs per application, not per function.
      this.logGroup = props.logGroup ?? new LogGroup(this, "logs", { displayName: `${this.displayName.slice(0, 95)}-logs`, compartmentId: this.compartmentId, description: `Invocation logs of function application ${this.displayName}` });
      this.invokeLog = new ServiceLog(this, "invoke-log", {
        logGroup: this.logGroup,
        source: "functionsInvoke",
        resourceId: this.applicationId,
        displayName: `${this.displayName.slice(0, 93)}-invoke`,
        retention: props.invokeLogRetention,
      });
    }
  }

  /** Adds (or overrides) one application-wide configuration entry; validated like {@link FunctionApplicationProps.config}. */
  public addConfig(key: string, value: string): void {
    this.config.set(key, value);
  }

  /** The application-wide configuration. */
  public get configuration(): Record<string, string> {
    return this.config.values;
  }

  /** Display names are unique per compartment (and region): refuse a second application of the same name anywhere in the app. */
  private checkUnique(): void {
    const clash = this.node.root.node
      .findAll()
      .find((c) => c !== this && c instanceof FunctionApplication && c.displayName === this.displayName && c.compartmentId === this.compartmentId && c.region === this.region);
    if (clash) reject(this, "displayName", this.displayName, `must be unique in compartment ${this.compartmentId}; ${clash.node.path} already uses it`);
  }

  /** The OCIDs of `items` (subnets, NSGs or key OCIDs), checked by `check`: a list, non-empty when required, no repeats. */
  private checkIds<T>(field: string, items: readonly T[] | undefined, required: boolean, what: string, check: (items: readonly T[]) => string[]): string[] {
    if (items === undefined && !required) return [];
    if (!Array.isArray(items) || (required && !items.length)) {
      reject(this, field, items, `name at least one ${what}`);
      return [];
    }
    const ids = check(items);
    const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
    if (repeated) reject(this, field, ids, `must not repeat ${repeated}`);
    return [...ids];
  }

  private checkSyslog(url: string, invokeLogs: boolean, allowUnencrypted: boolean): void {
    if (isToken(url)) return;
    const match = SYSLOG.exec(url);
    const port = match ? Number(match[2]) : 0;
    if (!match || port < 1 || port > 65535) {
      reject(this, "syslogUrl", url, "must be tcp+tls://<host>:<port> (or tcp:// / udp:// with allowUnencryptedSyslog: true)");
      return;
    }
    if (match[1] !== "tcp+tls" && !allowUnencrypted) reject(this, "syslogUrl", url, `${match[1]}:// sends logs unencrypted; use tcp+tls://, or set allowUnencryptedSyslog: true to opt in`);
    if (invokeLogs) reject(this, "syslogUrl", url, "is ignored by OCI while OCI Logging invoke logs are on; set invokeLogs: false to ship logs to syslog instead");
  }
}

/** An application created outside this app, known by OCID. */
class ImportedFunctionApplication extends FunctionApplicationBase {
  public readonly applicationId: string;
  public readonly compartmentId: string;
  public readonly displayName: string;
  public readonly region: string;
  public readonly trace: boolean;

  constructor(scope: Construct, id: string, attributes: FunctionApplicationAttributes) {
    super(scope, id);
    // Functions are created by the stack's regional provider, so the application must be in that region.
    // Resources are regional: https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm
    this.region = OciEnvironment.of(this).region;
    this.applicationId = checkOcid(this, "applicationId", attributes.applicationId, OCID_TYPES.functionApplication, { region: this.region });
    this.compartmentId = checkCompartmentOcid(this, "compartmentId", attributes.compartmentId);
    this.displayName = attributes.displayName === undefined ? this.applicationId : checkPattern(this, "displayName", attributes.displayName, FUNCTION_NAME, FUNCTION_NAME_RULE);
    this.trace = attributes.trace ?? false;
  }
}
