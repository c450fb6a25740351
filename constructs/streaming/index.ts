export * from "./stream-base";
export * from "./stream";
