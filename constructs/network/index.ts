export * from "./cidr";
export * from "./pipeline-network";
