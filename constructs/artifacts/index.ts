export * from "./container-repository";
