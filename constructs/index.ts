/**
 * The package root, `oci-event-pipelines`: every construct module as a
 * namespace (`import { events, notifications } from "oci-event-pipelines"`).
 * Each module is also its own entry point (`oci-event-pipelines/events`, ...),
 * which is what the module READMEs use. The generated oracle/oci bindings are
 * not re-exported here: import them from `oci-event-pipelines/oci`.
 */
export * as apigateway from "./apigateway";
export * as artifacts from "./artifacts";
export * as core from "./core";
export * as events from "./events";
export * as functions from "./functions";
export * as iam from "./iam";
export * as logging from "./logging";
export * as monitoring from "./monitoring";
export * as network from "./network";
export * as notifications from "./notifications";
export * as objectstorage from "./objectstorage";
export * as pipelineFunctions from "./pipeline-functions";
export * as streaming from "./streaming";
export * as testing from "./testing";
export * as vault from "./vault";
