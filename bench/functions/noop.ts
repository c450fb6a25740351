/**
 * Baseline for the functions benchmark: the FDK serving a handler that does nothing. Whatever a
 * real function costs above this is the function's own per-invocation overhead.
 */
import fdk = require("@fnproject/fdk");

fdk.handle(() => ({ ok: true }), { inputMode: "string" });
