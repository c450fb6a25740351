import { Construct, IConstruct } from "constructs";
import { OciFunction, OciFunctionOptions } from "./function";

/**
 * A function application as its functions see it: an owned
 * {@link FunctionApplication} or one imported with
 * `FunctionApplication.fromFunctionApplicationAttributes`. Functions can be
 * added to either; application-wide configuration, subnets and logs can only
 * be set on an owned one.
 */
export interface IFunctionApplication extends IConstruct {
  /** OCID of the application. */
  readonly applicationId: string;
  /** Compartment of the application and of its functions. */
  readonly compartmentId: string;
  /** Application name (shown in the identity groups of its functions). */
  readonly displayName: string;
  /** Region the application lives in (its functions' images must come from there). */
  readonly region: string;
  /** Whether the application traces to an APM domain (its functions may then turn `trace` on). */
  readonly trace: boolean;
  /** Creates a function in this application, as a child of it. */
  addFunction(id: string, props: OciFunctionOptions): OciFunction;
}

/** What owned and imported applications share: adding functions. */
export abstract class FunctionApplicationBase extends Construct implements IFunctionApplication {
  public abstract readonly applicationId: string;
  public abstract readonly compartmentId: string;
  public abstract readonly displayName: string;
  public abstract readonly region: string;
  public abstract readonly trace: boolean;

  /** Creates a function in this application, as a child of it. */
  public addFunction(id: string, props: OciFunctionOptions): OciFunction {
    return new OciFunction(this, id, { ...props, application: this });
  }
}
