export * from "./mql";
export * from "./metric";
export * from "./alarm";
