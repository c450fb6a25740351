export * from "./log-group";
export * from "./service-log";
