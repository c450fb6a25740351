/**
 * OCI Resource Manager as a deployment target: the state backend stacks use when
 * their environment deploys through ORM, and the packaging the CLI builds on.
 * The deploy client (SDK-based) lives in ./deploy and is loaded only by the CLI.
 */
export * from "./settings";
export * from "./state-backend";
