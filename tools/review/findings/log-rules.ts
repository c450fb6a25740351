/**
 * Service logs (`oci_logging_log`, log_type SERVICE): function invoke logs,
 * API Gateway access and execution logs, Events rule execution logs. The
 * source names the producer (`configuration.source.resource`); deployment
 * `logging_policies.*.is_enabled` only drives the deprecated Object Storage
 * archive and is not a log switch:
 * https://docs.oracle.com/en-us/iaas/tools/dotnet/latest/api/Oci.ApigatewayService.Models.ExecutionLogPolicy.html
 */
import { JsonObject } from "../model";
import { block, dig, str } from "../nested";
import { ChangeRule } from "./types";

function source(body: JsonObject | null): { service: string; category: string; resource: string | undefined } | undefined {
  const s = block(dig(body ?? undefined, "configuration", "source"));
  if (!s) return undefined;
  return { service: str(s.service) ?? "?", category: str(s.category) ?? "?", resource: str(s.resource) };
}

/** `is_enabled` is optional and defaults to enabled. */
const enabled = (body: JsonObject | null) => body?.is_enabled !== false && body?.is_enabled !== "false";

export const serviceLogDisabled: ChangeRule = {
  id: "OCI-LOG-001",
  severity: "high",
  title: "service log disabled or deleted",
  remediation:
    "Keep invoke, access and execution logs enabled while their function, application or deployment exists: they are the record of who called what (change `retention_duration` to keep them shorter, not the log).",
  types: ["oci_logging_log"],
  check: (d, ctx) => {
    const src = source(d.before);
    if (!src || !enabled(d.before)) return [];
    const what = `${src.service} ${src.category} log \`${str(d.before?.display_name) ?? d.name}\``;
    if (d.action === "delete") {
      if (!src.resource) return [{ message: `${what} deleted` }];
      const producer = ctx.env.resolve(src.resource, ctx.stack);
      if (producer) return [{ message: `${what} deleted: \`${producer.resource.address}\` keeps running without it` }];
      // The producer was in the review and goes away too: its log goes with it.
      if (ctx.baseEnv.resolve(src.resource, ctx.stack)) return [];
      return [{ message: `${what} deleted; its source is not in this review` }];
    }
    return d.after && !enabled(d.after) ? [{ path: "is_enabled", message: `${what} disabled: its source stops recording calls` }] : [];
  },
};
