import { Construct } from "constructs";
import { CONFIG } from "../../functions/order-processor/src/config";
import { PipelineFunction, PipelineFunctionProps } from "./pipeline-function";
import { SettingsProps } from "./settings";

/** The settings of `order-processor` (declared in `functions/order-processor/src/config.ts`). */
export type OrderProcessorSettings = SettingsProps<typeof CONFIG.settings>;

/** Props of {@link OrderProcessorFunction}. */
export interface OrderProcessorFunctionProps extends PipelineFunctionProps<typeof CONFIG.settings> {}

/**
 * `order-processor` (`functions/order-processor`): turns an order the shop publishes into a shipping label and updates the order through the shop's REST API (bearer token from Vault). Subscribe it to the orders topic.
 */
export class OrderProcessorFunction extends PipelineFunction<typeof CONFIG.settings> {
  /** The OCIR repository of this function's image, relative to the registry path. */
  public static readonly repositoryName = "order-processor";

  constructor(scope: Construct, id: string, props: OrderProcessorFunctionProps) {
    super(scope, id, props, CONFIG);
  }
}
