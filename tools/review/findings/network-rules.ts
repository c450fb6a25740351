/** Rules over security lists and network security group rules. */
import { worstSeverity } from "../model";
import { SECURITY_RULE_TYPES, describeOpening, newlyOpened, openingSeverity } from "../network";
import { str } from "../nested";
import { ChangeRule } from "./types";

export const ingressOpenedToInternet: ChangeRule = {
  id: "OCI-NET-001",
  severity: "high",
  title: "ingress opened to the internet",
  remediation:
    "Admit only the ports the service needs (443 for a public gateway) from `0.0.0.0/0`, and everything else from the VCN or a named CIDR; prefer an NSG on the resource over a subnet-wide security list.",
  types: SECURITY_RULE_TYPES,
  check: (d) => {
    const opened = newlyOpened(d.type, d.before, d.after);
    if (!opened.length) return [];
    const severity = worstSeverity(...opened.map(openingSeverity))!;
    const name = str(d.after?.display_name) ?? d.name;
    return [{ path: d.type === "oci_core_security_list" ? "ingress_security_rules" : "source", severity, message: `\`${name}\` now admits ${opened.map(describeOpening).join(", ")}` }];
  },
};
