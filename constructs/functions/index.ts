export * from "./function-base";
export * from "./config";
export * from "./limits";
export * from "./image";
export * from "./destination";
export * from "./application-base";
export * from "./application";
export * from "./function";
