export * from "./cidr";
export * from "./subnet";
export * from "./pipeline-network";
