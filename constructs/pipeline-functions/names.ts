import { AlarmToIncidentFunction } from "./alarm-to-incident";
import { ApiAuthorizerFunction } from "./api-authorizer";
import { EventForwarderFunction } from "./event-forwarder";
import { OrderProcessorFunction } from "./order-processor";
import { SmsToIncidentFunction } from "./sms-to-incident";

/** Every pipeline function construct. */
export const PIPELINE_FUNCTIONS = [EventForwarderFunction, OrderProcessorFunction, SmsToIncidentFunction, AlarmToIncidentFunction, ApiAuthorizerFunction] as const;

/** The OCIR repository (and functions/ directory) name of every pipeline function: what a foundation creates repositories for. */
export const PIPELINE_FUNCTION_NAMES = PIPELINE_FUNCTIONS.map((f) => f.repositoryName);

export type PipelineFunctionName = (typeof PIPELINE_FUNCTIONS)[number]["repositoryName"];
