import { COMMON_SETTINGS, defineConfig, setting } from "../../shared/config";

const SETTINGS = {
  ...COMMON_SETTINGS,
  /** HTTPS endpoint receiving the events: an Oracle Integration REST trigger URL or an ORDS REST handler URL. */
  targetUrl: setting.url({ key: "TARGET_URL", required: true }),
  /** `basic` (Oracle Integration, ORDS first-party auth), `oauth2` (ORDS client credentials) or `none`. @default "basic" */
  targetAuth: setting.oneOf(["basic", "oauth2", "none"] as const, { key: "TARGET_AUTH", default: "basic" }),
  /**
   * The Vault secret with the credentials: `{"username","password"}` or `user:password` (basic);
   * `{"clientId","clientSecret"}` or `id:secret` (oauth2). Required unless `targetAuth` is `none`.
   */
  targetCredentials: setting.secret({ key: "TARGET_CREDENTIALS_SECRET_OCID" }),
  /** ORDS OAuth token endpoint (`https://host/ords/<schema>/oauth/token`). Required when `targetAuth` is `oauth2`. */
  targetTokenUrl: setting.url({ key: "TARGET_TOKEN_URL" }),
  /** `whole`: forward the event JSON unchanged; `mapped`: a flat summary (ids, type, time, resource, compartment, details). @default "whole" */
  forwardMode: setting.oneOf(["whole", "mapped"] as const, { key: "FORWARD_MODE", default: "whole" }),
} as const;

/** event-forwarder's configuration: what it reads at run time and what its construct (EventForwarderFunction) takes. */
export const CONFIG = defineConfig("event-forwarder", SETTINGS, (r) => [
  r.requiredWhen("targetCredentials", { setting: "targetAuth", is: ["basic", "oauth2"] }),
  r.forbiddenWhen("targetCredentials", { setting: "targetAuth", is: ["none"] }, "nothing reads it; drop it or choose basic or oauth2"),
  r.requiredWhen("targetTokenUrl", { setting: "targetAuth", is: ["oauth2"] }),
  r.forbiddenWhen("targetTokenUrl", { setting: "targetAuth", is: ["basic", "none"] }, "only oauth2 uses a token endpoint"),
]);
