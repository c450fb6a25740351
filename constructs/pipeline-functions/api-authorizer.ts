import { Construct } from "constructs";
import { CONFIG } from "../../functions/api-authorizer/src/config";
import { PipelineFunction, PipelineFunctionProps } from "./pipeline-function";
import { SettingsProps } from "./settings";

/** The settings of `api-authorizer` (declared in `functions/api-authorizer/src/config.ts`). */
export type ApiAuthorizerSettings = SettingsProps<typeof CONFIG.settings>;

/** Props of {@link ApiAuthorizerFunction}. */
export interface ApiAuthorizerFunctionProps extends PipelineFunctionProps<typeof CONFIG.settings> {}

/**
 * `api-authorizer` (`functions/api-authorizer`): an API Gateway authorizer function. `mode: "credentials"` (default) checks a bearer token / API key and/or a webhook signature (plus an IP allow-list when given); `mode: "ip-allow-list"` checks only the sender's address, for providers that cannot authenticate. Use it with `Authorizer.functionWithParameters`.
 */
export class ApiAuthorizerFunction extends PipelineFunction<typeof CONFIG.settings> {
  /** The OCIR repository of this function's image, relative to the registry path. */
  public static readonly repositoryName = "api-authorizer";

  constructor(scope: Construct, id: string, props: ApiAuthorizerFunctionProps) {
    super(scope, id, props, CONFIG);
  }
}
