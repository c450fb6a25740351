export * from "./alarm";
