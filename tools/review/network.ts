/**
 * Ingress that a security list or a network security group rule opens to the
 * whole internet (`0.0.0.0/0`, `::/0`), as protocol + destination-port ranges,
 * so a change can be judged by what it newly opens. Security-list TCP/UDP
 * options carry the destination range as `min`/`max`, NSG rules as
 * `destination_port_range { min, max }`; no options means every port.
 * Protocol is `all` or an IANA number (1 ICMP, 6 TCP, 17 UDP, 58 ICMPv6):
 * https://docs.oracle.com/en-us/iaas/tools/python/2.72.0/api/core/models/oci.core.models.IngressSecurityRule.html
 */
import { JsonObject, Severity } from "./model";
import { block, blocks, str } from "./nested";

export const SECURITY_RULE_TYPES = ["oci_core_security_list", "oci_core_network_security_group_security_rule"] as const;

const WORLD = new Set(["0.0.0.0/0", "::/0"]);
const PROTOCOLS: Readonly<Record<string, string>> = { all: "all protocols", "1": "ICMP", "6": "TCP", "17": "UDP", "58": "ICMPv6" };
/** Remote administration and database ports: open to the internet, they are how tenancies get breached. */
const ADMIN_PORTS = [22, 23, 445, 1433, 1521, 1522, 2375, 2376, 3306, 3389, 5432, 5900, 6379, 9200, 11211, 27017];

export interface WorldOpening {
  /** `all`, or the protocol number as configured. */
  readonly protocol: string;
  /** Destination ports; the whole range when the rule names none (or the protocol has none). */
  readonly from: number;
  readonly to: number;
  readonly source: string;
}

function portRange(options: JsonObject | undefined, nested: boolean): [number, number] {
  const range = nested ? block(options?.destination_port_range) : options;
  const min = Number(range?.min);
  const max = Number(range?.max);
  return Number.isFinite(min) && Number.isFinite(max) ? [min, max] : [1, 65535];
}

/** Ingress rules of a body that admit traffic from anywhere. */
export function worldOpenings(type: string, body: JsonObject | null): WorldOpening[] {
  if (!body) return [];
  const nsgRule = type === "oci_core_network_security_group_security_rule";
  const rules = nsgRule ? (str(body.direction)?.toUpperCase() === "INGRESS" ? [body] : []) : blocks(body.ingress_security_rules);
  const out: WorldOpening[] = [];
  for (const rule of rules) {
    const source = str(rule.source) ?? "";
    const sourceType = str(rule.source_type) ?? "CIDR_BLOCK";
    if (!WORLD.has(source) || sourceType !== "CIDR_BLOCK") continue;
    const protocol = (str(rule.protocol) ?? String(rule.protocol ?? "")).toLowerCase();
    const options = protocol === "6" ? block(rule.tcp_options) : protocol === "17" ? block(rule.udp_options) : undefined;
    const [from, to] = protocol === "6" || protocol === "17" ? portRange(options, nsgRule) : [1, 65535];
    out.push({ protocol, from, to, source });
  }
  return out;
}

function covers(a: WorldOpening, b: WorldOpening): boolean {
  return (a.protocol === "all" || a.protocol === b.protocol) && a.from <= b.from && a.to >= b.to;
}

/** What `after` opens to the internet that `before` did not. */
export function newlyOpened(type: string, before: JsonObject | null, after: JsonObject | null): WorldOpening[] {
  const was = worldOpenings(type, before);
  return worldOpenings(type, after).filter((o) => !was.some((w) => covers(w, o)));
}

export function describeOpening(o: WorldOpening): string {
  const protocol = PROTOCOLS[o.protocol] ?? `protocol ${o.protocol}`;
  if (o.protocol !== "6" && o.protocol !== "17") return `${protocol} from ${o.source}`;
  const ports = o.from === 1 && o.to === 65535 ? "all ports" : o.from === o.to ? `port ${o.from}` : `ports ${o.from}-${o.to}`;
  return `${protocol} ${ports} from ${o.source}`;
}

/** critical: every protocol, every port, or an administration/database port; high: other TCP/UDP ports; medium: ICMP. */
export function openingSeverity(o: WorldOpening): Severity {
  if (o.protocol === "all") return "critical";
  if (o.protocol !== "6" && o.protocol !== "17") return o.protocol === "1" || o.protocol === "58" ? "medium" : "high";
  if (o.to - o.from >= 1024 || ADMIN_PORTS.some((p) => p >= o.from && p <= o.to)) return "critical";
  return "high";
}

