export * from "./topic-base";
export * from "./delivery-policy";
export * from "./secret-url";
export * from "./subscription";
export * from "./topic-subscription";
export * from "./topic";
export * from "./metrics";
