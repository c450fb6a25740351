import { B2C_SETTINGS, b2cRules } from "../../shared/b2c-config";
import { defineConfig, setting } from "../../shared/config";

const SETTINGS = {
  ...B2C_SETTINGS,
  /**
   * Alarm severity (CRITICAL, ERROR, WARNING, INFO) to B2C incident severity lookupName, e.g.
   * `{ CRITICAL: "1 - Critical" }` (configured as JSON). Unmapped severities are sent unchanged.
   */
  severityMap: setting.map({ key: "ALARM_SEVERITY_MAP" }),
  /** On FIRING_TO_OK / RESET: `close` (note, then set `solvedStatus`) or `annotate` (note only, the incident stays open). @default "close" */
  clearAction: setting.oneOf(["close", "annotate"] as const, { key: "ALARM_CLEAR_ACTION", default: "close" }),
} as const;

/** alarm-to-incident's configuration: what it reads at run time and what its construct (AlarmToIncidentFunction) takes. */
export const CONFIG = defineConfig("alarm-to-incident", SETTINGS, b2cRules);
