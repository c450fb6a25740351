/** Reports: a tree of hops for people, one JSON object for machines. Both go through the scrubber. */
import { Scrubber } from "./mask";
import { Delivery, Hop, InvocationResult, Payload, ResourceRef, Simulation } from "./types";

interface Node {
  readonly lines: string[];
  readonly children: Node[];
}

const node = (lines: string[], children: Node[] = []): Node => ({ lines, children });

function tree(nodes: readonly Node[], indent = ""): string[] {
  const out: string[] = [];
  nodes.forEach((n, i) => {
    const last = i === nodes.length - 1;
    const [first, ...rest] = n.lines;
    out.push(`${indent}${last ? "└─ " : "├─ "}${first}`);
    const inner = `${indent}${last ? "   " : "│  "}`;
    for (const l of rest) out.push(`${inner}${l}`);
    out.push(...tree(n.children, inner));
  });
  return out;
}

export function preview(text: string, max = 240): string {
  const flat = text.replace(/\s*\n\s*/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

function where(r: ResourceRef): string {
  return `[${r.stack}] ${r.address}`;
}

function named(r: ResourceRef): string {
  return r.displayName ? `"${r.displayName}" ` : "";
}

function construct(r: ResourceRef | undefined, extra = ""): string[] {
  const parts = [r?.constructPath ? `construct ${r.constructPath}` : "", extra].filter(Boolean);
  return parts.length ? [parts.join(" · ")] : [];
}

function payloadLine(p: Payload): string {
  switch (p.kind) {
    case "cloudevent":
      return `receives: the event, unchanged (CloudEvents JSON, ${Buffer.byteLength(p.body)} bytes)`;
    case "notification":
      return `receives: the message body (${Buffer.byteLength(p.body)} bytes) with X-OCI-NS-MessageId ${p.headers["X-OCI-NS-MessageId"] ?? "?"}: ${preview(p.body, 160)}`;
    case "alarm":
      return `receives: the alarm message (RAW JSON): ${preview(p.body, 160)}`;
    case "authorizer-input":
      return `receives: ${preview(p.body, 200)}`;
    case "gateway-request":
      return `receives: ${p.gateway?.method ?? "?"} ${p.gateway?.url ?? "?"} through the gateway (Fn-Http-* headers: ${Object.keys(p.gateway?.headers ?? {}).join(", ")}), body ${Buffer.byteLength(p.body)} bytes: ${preview(p.body, 120)}`;
  }
}

function invocationNodes(inv: InvocationResult | undefined): Node[] {
  if (!inv) return [];
  if (inv.skipped) return [node([`not invoked: ${inv.skipped}`])];
  const status = inv.gatewayStatus !== undefined && inv.gatewayStatus !== inv.status ? `${inv.status} (Fn-Http-Status ${inv.gatewayStatus})` : `${inv.status}`;
  const lines = [`invoked ${inv.bundle} through the FDK: ${status} ${preview(inv.response ?? "", 200)}`];
  if (inv.secretsRead?.length) lines.push(`read Vault secret${inv.secretsRead.length > 1 ? "s" : ""}: ${inv.secretsRead.join(", ")} (values never shown)`);
  const calls = (inv.upstream ?? []).map((c) =>
    node([
      `${c.method} ${c.url} -> ${c.status}${/^(catch-all|responses file)/.test(c.answeredBy) ? ` (${c.answeredBy})` : ""}`,
      ...Object.entries(c.headers).map(([k, v]) => `${k}: ${v}`),
      ...(c.body ? [`body: ${preview(c.body, 400)}`] : []),
    ]),
  );
  const children = calls.length ? [node(["sent upstream:"], calls)] : [node(["sent nothing upstream"])];
  if (inv.logs?.length) children.push(node(["function log (last lines):", ...inv.logs.map((l) => `  ${preview(l, 200)}`)]));
  return [node(lines, children)];
}

function hopNode(h: Hop): Node {
  switch (h.kind) {
    case "subscription":
      return node([`subscription ${h.protocol} ${h.endpoint}  ${where(h.resource)}`, ...construct(h.resource, h.note ?? "")], h.then.map(hopNode));
    case "function":
      return node([`function ${named(h.resource)} ${where(h.resource)}`.replace(/\s+/g, " "), ...construct(h.resource, h.image ? `image ${h.image}` : ""), payloadLine(h.payload)], invocationNodes(h.invocation));
    case "stream":
      return node([`stream ${where(h.resource)}`, ...construct(h.resource, h.note)]);
    case "http-backend":
      return node([`POST ${h.url} (HTTPS endpoint outside the app): ${payloadLine(h.payload).replace(/^receives: /, "")}`]);
    case "stock-response":
      return node([`stock response ${h.status}${h.body ? ` ${preview(h.body, 120)}` : ""}`]);
    case "external":
      return node([`${h.target}: ${h.note}`]);
  }
}

/** `n` with `prefix` before its first line. */
function prefixed(prefix: string, n: Node): Node {
  return { ...n, lines: [`${prefix}${n.lines[0]}`, ...n.lines.slice(1)] };
}

function deliveryNode(d: Delivery): Node {
  const source = d.rule ?? d.alarm ?? d.topic ?? d.deployment ?? "";
  const kind = d.rule ? "rule" : d.alarm ? "alarm" : d.topic ? "topic" : `route ${d.route ?? ""} of deployment`;
  const head = `${kind} ${d.displayName ? `"${d.displayName}" ` : ""}[${d.stack}] ${source}`;
  const lines = [head, ...construct(d.constructPath ? { stack: d.stack, address: source, constructPath: d.constructPath } : undefined)];
  if (d.assumptions?.length) lines.push(...d.assumptions.map((a) => `assumes: ${a}`));
  const children: Node[] = [];
  if (d.authorizer) children.push(prefixed("authorizer: ", hopNode(d.authorizer)));
  const target = d.action === "HTTP" ? "backend" : d.action;
  const targetLine = `${target} -> ${d.targetStack ? `[${d.targetStack}] ` : ""}${d.target}${d.targetStack ? " (cross-stack reference)" : ""}`;
  const subscriptions = () => (d.then.length ? d.then.map(hopNode) : [node(["no subscriptions: the message is dropped"])]);
  if (d.topic && d.target === d.topic) children.push(...subscriptions());
  else if (d.action === "ONS") children.push(node([targetLine, ...construct(d.targetConstructPath ? { stack: d.stack, address: d.target, constructPath: d.targetConstructPath } : undefined)], subscriptions()));
  else children.push(...(d.then.length ? d.then.map((h) => prefixed(`${target} -> `, hopNode(h))) : [node([targetLine])]));
  if (d.response) children.push(node([`response: ${d.response.status}${d.response.body ? ` ${preview(d.response.body, 200)}` : ""} (${d.response.reason})`]));
  return node(lines, children);
}

function header(sim: Simulation): string {
  const i = sim.input as Record<string, unknown>;
  switch (sim.kind) {
    case "event":
      return `Event ${String(i.eventType)} (eventID ${String(i.eventID)}) from compartment ${String(i.compartment ?? "unknown")}${i.region ? `, region ${String(i.region)}` : ""}`;
    case "alarm":
      return `Alarm ${String(i.alarm)} -> ${String(i.state)} (message type ${String(i.type)})`;
    case "message":
      return `Message (${String(i.bytes)} bytes) published to topic ${String(i.name)} ${String(i.topic)}`;
    case "http":
      return `HTTP ${String(i.method)} ${String(i.path)} (${String(i.bytes)} bytes body)`;
  }
}

/** The human report: header, deliveries as trees of hops, what did not deliver and why, findings, notes. */
export function renderText(sim: Simulation, scrubber = new Scrubber()): string {
  const out: string[] = [header(sim), ""];
  const n = sim.deliveries.length;
  out.push(n ? `${n} deliver${n === 1 ? "y" : "ies"}:` : "Nothing delivers this.");
  out.push(...tree(sim.deliveries.map(deliveryNode)));
  if (sim.nonMatching.length) {
    out.push("", `Not delivered (${sim.nonMatching.length}):`);
    for (const m of sim.nonMatching) out.push(`  [${m.stack}] ${m.rule}${m.displayName ? ` "${m.displayName}"` : ""}: ${m.reason}`);
  }
  if (sim.findings.length) {
    out.push("", `Findings (${sim.findings.length}):`);
    for (const f of sim.findings) out.push(`  ${f.severity} [${f.stack}] ${f.resource}: ${f.message}`, `    source: ${f.source}`);
  }
  if (sim.notes.length) out.push("", "Notes:", ...sim.notes.map((x) => `  - ${x}`));
  return scrubber.scrub(out.join("\n"));
}

/** The machine report: exactly one JSON object (`deliveries`, `nonMatching`, `findings`, ...). */
export function renderJson(sim: Simulation, scrubber = new Scrubber()): string {
  return scrubber.scrub(JSON.stringify(sim, null, 2));
}
