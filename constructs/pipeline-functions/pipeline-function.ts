import { Construct } from "constructs";
import type { ConfigDeclaration, Settings } from "../../functions/shared/config";
import { reject } from "../core";
import { IFunctionApplication, OciFunction, OciFunctionOptions } from "../functions";
import { applySettings, SettingsProps } from "./settings";

/** Where a pipeline function's image comes from: the registry path the foundation's repositories live under, and a tag or a digest. */
export interface PipelineFunctionImage {
  /**
   * OCIR path the function repositories live under, in the application's region:
   * `<region-key>.ocir.io/<namespace>[/<prefix>]`, e.g. `fra.ocir.io/acme/pipeline`. The
   * construct appends its repository name (`.../event-forwarder`).
   */
  readonly registry: string;
  /** Image tag, e.g. `1.4.2`. Give a tag, a digest, or both (the tag then names the image and the digest pins it). */
  readonly tag?: string;
  /** Image digest, `sha256:<64 hex digits>`. */
  readonly digest?: string;
}

/** OciFunction's options, less what a pipeline function derives itself (image, configuration). */
export type PipelineFunctionOptions = Omit<OciFunctionOptions, "image" | "imageDigest" | "config" | "displayName">;

/** What every pipeline function construct takes besides its settings. */
export interface PipelineFunctionBaseProps extends PipelineFunctionOptions {
  /** The application the function runs in (a `FunctionApplication`, or one imported with `FunctionApplication.fromFunctionApplicationAttributes`). */
  readonly application: IFunctionApplication;
  /** The function's image: registry path plus tag and/or digest; the repository name is the construct's. */
  readonly image: PipelineFunctionImage;
  /** Function name, unique within the application. @default the repository name (e.g. `event-forwarder`) */
  readonly displayName?: string;
}

/** A pipeline function's props: the common ones and its settings, typed by its configuration declaration. */
export interface PipelineFunctionProps<S extends Settings> extends PipelineFunctionBaseProps {
  /** What the function reads at run time, one prop per setting of its declaration (`functions/<name>/src/config.ts`). */
  readonly settings: SettingsProps<S>;
}

/**
 * One of the project's functions (`functions/<name>`) as a construct: an
 * {@link OciFunction} whose configuration is written from typed settings,
 * derived from the same declaration the function's code parses its
 * configuration with. Each secret setting takes an `ISecret`: its OCID goes
 * into the configuration and the function is granted `read secret-bundles`
 * on it. Every setting is checked at synthesis by the function's own rules.
 */
export abstract class PipelineFunction<S extends Settings> extends OciFunction {
  /** The OCIR repository of the function's image (relative to the registry path), which the foundation creates. */
  public readonly repositoryName: string;
  /** The configuration this construct wrote: key -> value (values only Terraform knows as tokens). */
  public readonly settingsConfig: Readonly<Record<string, string>>;
  private readonly declaration: ConfigDeclaration<S>;

  protected constructor(scope: Construct, id: string, props: PipelineFunctionProps<S>, declaration: ConfigDeclaration<S>) {
    const { settings, image, ...options } = props;
    super(scope, id, {
      ...options,
      displayName: props.displayName ?? declaration.function,
      image: imageReference(declaration.function, image),
      imageDigest: image?.tag !== undefined && image.digest !== undefined ? image.digest : undefined,
    });
    this.repositoryName = declaration.function;
    this.declaration = declaration;
    const { config, secrets } = applySettings(this, declaration, settings, { allowPlaintext: props.allowPlaintextConfig ?? false });
    for (const [key, value] of Object.entries(config)) super.addConfig(key, value);
    for (const secret of new Set(secrets)) secret.grantRead(this);
    this.settingsConfig = config;
  }

  /**
   * Refused: a pipeline function's configuration comes only from its typed
   * settings, so every key it carries is one its code declares. Use
   * `OciFunction` for a function with free-form configuration.
   */
  public addConfig(key: string, value: string): void {
    const name = Object.entries(this.declaration.settings).find(([, s]) => s.key === key)?.[0];
    reject(this, `config.${key}`, value, name ? `is set through settings.${name}` : `is not a configuration key ${this.declaration.function} reads (functions/${this.declaration.function}/src/config.ts)`);
  }
}

/** `<registry>/<repository>:<tag>`, `...@<digest>` without a tag; checked by OciFunction's image rule. */
function imageReference(repository: string, image: PipelineFunctionImage | undefined): string {
  const registry = String(image?.registry ?? "").replace(/\/+$/, "");
  const ref = `${registry}/${repository}`;
  if (image?.tag !== undefined) return `${ref}:${image.tag}`;
  if (image?.digest !== undefined) return `${ref}@${image.digest}`;
  return ref;
}
