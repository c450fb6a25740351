import { Construct } from "constructs";
import { CONFIG } from "../../functions/alarm-to-incident/src/config";
import { PipelineFunction, PipelineFunctionProps } from "./pipeline-function";
import { SettingsProps } from "./settings";

/** The settings of `alarm-to-incident` (declared in `functions/alarm-to-incident/src/config.ts`). */
export type AlarmToIncidentSettings = SettingsProps<typeof CONFIG.settings>;

/** Props of {@link AlarmToIncidentFunction}. */
export interface AlarmToIncidentFunctionProps extends PipelineFunctionProps<typeof CONFIG.settings> {}

/**
 * `alarm-to-incident` (`functions/alarm-to-incident`): opens, annotates and closes B2C Service incidents from Monitoring alarm messages, in evaluation order. Subscribe it to the alarms' topic.
 */
export class AlarmToIncidentFunction extends PipelineFunction<typeof CONFIG.settings> {
  /** The OCIR repository of this function's image, relative to the registry path. */
  public static readonly repositoryName = "alarm-to-incident";

  constructor(scope: Construct, id: string, props: AlarmToIncidentFunctionProps) {
    super(scope, id, props, CONFIG);
  }
}
