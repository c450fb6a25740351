export * from "./target";
export * from "./event-types";
export * from "./condition";
export * from "./object-events";
export * from "./rule";
export * from "./metrics";
