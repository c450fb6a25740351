import { Construct } from "constructs";
import { CONFIG } from "../../functions/sms-to-incident/src/config";
import { PipelineFunction, PipelineFunctionProps } from "./pipeline-function";
import { SettingsProps } from "./settings";

/** The settings of `sms-to-incident` (declared in `functions/sms-to-incident/src/config.ts`). */
export type SmsToIncidentSettings = SettingsProps<typeof CONFIG.settings>;

/** Props of {@link SmsToIncidentFunction}. */
export interface SmsToIncidentFunctionProps extends PipelineFunctionProps<typeof CONFIG.settings> {}

/**
 * `sms-to-incident` (`functions/sms-to-incident`): opens a B2C Service incident for each SMS webhook, finding or creating the sender's contact; verifies Twilio signatures when given the signing secret. Route an API Gateway deployment to it.
 */
export class SmsToIncidentFunction extends PipelineFunction<typeof CONFIG.settings> {
  /** The OCIR repository of this function's image, relative to the registry path. */
  public static readonly repositoryName = "sms-to-incident";

  constructor(scope: Construct, id: string, props: SmsToIncidentFunctionProps) {
    super(scope, id, props, CONFIG);
  }
}
