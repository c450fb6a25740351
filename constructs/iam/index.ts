export * from "./condition";
export * from "./resource-types";
export * from "./statement";
export * from "./policy";
export * from "./principals";
export * from "./dynamic-group";
export * from "./grant";
