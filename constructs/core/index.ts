export * from "./errors";
export * from "./validate";
export * from "./environment";
export * from "./deferred";
export * from "./secrets";
