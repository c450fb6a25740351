/**
 * The three ways an invocation can go wrong, each mapped to one outcome by `serve()`:
 * - BadInputError: the payload can never succeed, so redelivery is pointless. Answered with a
 *   4xx-style JSON error and `Fn-Http-Status`, and the invocation itself succeeds (no redelivery).
 * - ConfigError / UpstreamError: the function or a dependency is not ready. The invocation fails
 *   (non-2xx from the FDK) so Events / Notifications deliver the message again later.
 */
export class BadInputError extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
    this.name = "BadInputError";
  }
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export class UpstreamError extends Error {
  constructor(
    message: string,
    /** Last HTTP status seen, if any response arrived at all. */
    readonly status?: number,
  ) {
    super(message);
    this.name = "UpstreamError";
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
