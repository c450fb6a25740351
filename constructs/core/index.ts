export * from "./errors";
export * from "./validate";
export * from "./regions";
export * from "./environment";
export * from "./synth";
export * from "./deferred";
export * from "./secrets";
export * from "./duration";
