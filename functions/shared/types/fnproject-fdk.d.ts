/**
 * Minimal typings for the parts of @fnproject/fdk (0.0.76) the functions use.
 * The package ships plain JavaScript; these match fn-fdk.js.
 */
declare module "@fnproject/fdk" {
  export interface HTTPGatewayContext {
    readonly requestURL: string | null;
    readonly method: string | null;
    getHeader(key: string): string | null;
    /** Sets the `Fn-Http-Status` response header. */
    statusCode: number;
    setResponseHeader(key: string, ...values: string[]): void;
  }

  export interface Context {
    readonly callID: string | null;
    readonly deadline: Date | null;
    readonly contentType: string | null;
    readonly httpGateway: HTTPGatewayContext;
    responseContentType: string | null;
    getHeader(key: string): string | null;
    setResponseHeader(key: string, ...values: string[]): void;
  }

  export interface HandleOptions {
    inputMode?: "json" | "string" | "buffer";
  }

  /**
   * Returns a function that closes the listener. The body is a Buffer of all the bytes in
   * "buffer" mode, a string in "string" mode (decoded chunk by chunk), parsed JSON in "json".
   */
  export function handle(
    fn: (body: any, ctx: Context) => unknown, // eslint-disable-line @typescript-eslint/no-explicit-any
    options?: HandleOptions,
  ): () => void;
}
