import { B2C_CONFIG, type B2cOptions, readB2cOptions } from "../../shared/b2c";
import { ConfigReader, type ConfigSpec, keysOf } from "../../shared/config";
import { ConfigError } from "../../shared/errors";
import { isObject } from "../../shared/input";

export const CONFIG = {
  ...B2C_CONFIG,
  ALARM_SEVERITY_MAP: {
    required: false,
    meaning: 'JSON object from alarm severity (CRITICAL, ERROR, WARNING, INFO) to the B2C incident severity lookupName, e.g. {"CRITICAL":"1 - Critical"}. Unmapped severities are sent unchanged.',
  },
  ALARM_CLEAR_ACTION: { required: false, default: "close", meaning: "On FIRING_TO_OK / RESET: close (note + set B2C_SOLVED_STATUS) or annotate (note only, incident stays open)." },
} as const satisfies ConfigSpec;

export const CONFIG_KEYS = keysOf(CONFIG);

export interface Settings {
  readonly b2c: B2cOptions;
  readonly severityMap: Readonly<Record<string, string>>;
  readonly clearAction: "close" | "annotate";
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const cfg = new ConfigReader(CONFIG, env);
  const map = cfg.json("ALARM_SEVERITY_MAP") ?? {};
  if (!isObject(map) || !Object.values(map).every((v) => typeof v === "string")) {
    throw new ConfigError("ALARM_SEVERITY_MAP must be a JSON object of strings");
  }
  return {
    b2c: readB2cOptions(cfg, "oci-fn-alarm-to-incident"),
    severityMap: Object.fromEntries(Object.entries(map).map(([k, v]) => [k.toUpperCase(), v as string])),
    clearAction: cfg.oneOf("ALARM_CLEAR_ACTION", ["close", "annotate"] as const),
  };
}
