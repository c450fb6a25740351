export * from "./settings";
export * from "./pipeline-function";
export * from "./event-forwarder";
export * from "./order-processor";
export * from "./sms-to-incident";
export * from "./alarm-to-incident";
export * from "./api-authorizer";
export * from "./names";
