export * from "./vault";
export * from "./key";
export * from "./secret-content";
export * from "./secret";
