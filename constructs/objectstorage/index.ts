export * from "./namespace";
export * from "./bucket";
