/**
 * OCI Resource Manager as a deployment target: the state backend stacks use when
 * their environment deploys through ORM, the settings they record, and packaging.
 * The deploy client (OCI SDK) lives in ./deploy and is loaded only by the CLI, so
 * synthesizing a stack never loads the SDK.
 */
export * from "./settings";
export * from "./state-backend";
export * from "./package";
