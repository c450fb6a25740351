import { type B2cOptions, b2cOptions } from "../../shared/b2c";
import { parseConfig } from "../../shared/config";
import { CONFIG } from "./config";

export interface Settings {
  readonly b2c: B2cOptions;
  readonly severityMap: Readonly<Record<string, string>>;
  readonly clearAction: "close" | "annotate";
}

/** The handler's settings, parsed from its configuration by the one declaration (./config.ts). */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const c = parseConfig(CONFIG, env);
  return {
    b2c: b2cOptions(c, "oci-fn-alarm-to-incident"),
    severityMap: Object.fromEntries(Object.entries(c.severityMap).map(([k, v]) => [k.toUpperCase(), v])),
    clearAction: c.clearAction,
  };
}
