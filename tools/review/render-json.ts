/** The report as JSON (for CI artifacts and other tools), scrubbed of every masked secret. */
import { Report } from "./model";
import { Redactor } from "./mask";

export function renderJson(report: Report, redactor: Redactor): string {
  return redactor.scrub(`${JSON.stringify(report, null, 2)}\n`);
}
