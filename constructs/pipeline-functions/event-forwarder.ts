import { Construct } from "constructs";
import { CONFIG } from "../../functions/event-forwarder/src/config";
import { PipelineFunction, PipelineFunctionProps } from "./pipeline-function";
import { SettingsProps } from "./settings";

/** The settings of `event-forwarder` (declared in `functions/event-forwarder/src/config.ts`). */
export type EventForwarderSettings = SettingsProps<typeof CONFIG.settings>;

/** Props of {@link EventForwarderFunction}. */
export interface EventForwarderFunctionProps extends PipelineFunctionProps<typeof CONFIG.settings> {}

/**
 * `event-forwarder` (`functions/event-forwarder`): forwards OCI events, whole or mapped, to an Oracle Integration REST trigger or an ORDS handler (basic auth, OAuth2 client credentials or none). Target it from an Events rule or a topic.
 */
export class EventForwarderFunction extends PipelineFunction<typeof CONFIG.settings> {
  /** The OCIR repository of this function's image, relative to the registry path. */
  public static readonly repositoryName = "event-forwarder";

  constructor(scope: Construct, id: string, props: EventForwarderFunctionProps) {
    super(scope, id, props, CONFIG);
  }
}
