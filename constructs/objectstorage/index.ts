export * from "./namespace";
export * from "./bucket-base";
export * from "./bucket";
