/**
 * The report as one pull-request comment, riskiest first: the top risks
 * across all stacks, then the stacks by their worst item, and within a
 * stack destroy/replace warnings, critical and high findings, IAM changes,
 * exposure, other findings, and the attribute-level churn last and
 * collapsed. GitHub rejects comments over 65,536 characters, so the comment
 * is cut to fit with a note pointing at the JSON report.
 */
import { ChangeSummary, Finding, Report, SEVERITIES, Severity, StackReport, TopRisk, Warning, isSevere } from "./model";
import { broadeningCount } from "./gate";
import { Redactor } from "./mask";

/** Lets the workflow find (and update) its own comment. */
export const MARKER = "<!-- oci-plan-review -->";
export const GITHUB_COMMENT_LIMIT = 65_536;

const SEVERITY_ICON: Record<Severity, string> = { critical: "🔴", high: "🟠", medium: "🟡", low: "⚪" };

/** Inline code that survives backticks and table pipes inside the text. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text.replace(/\|/g, "\\|").replace(/\n/g, " ")}${pad}${fence}`;
}

/** Plain table-cell text. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** Rows shown per table; the rest are counted in a note (the JSON report has them all). */
const MAX_ROWS = 100;
const MAX_EXISTING_FINDINGS = 25;

function table(header: string[], rows: string[][], max = MAX_ROWS): string {
  const shown = rows.slice(0, max);
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...shown.map((r) => `| ${r.join(" | ")} |`)];
  if (rows.length > max) lines.push("", `_…and ${rows.length - max} more rows in the JSON report._`);
  return lines.join("\n");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function countsLine(c: { add: number; change: number; replace: number; destroy: number }): string {
  return `${c.add} to add, ${c.change} to change, ${c.replace} to replace, ${c.destroy} to destroy`;
}

function severityList(counts: Readonly<Record<Severity, number>>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return parts.length ? parts.join(", ") : "none";
}

function topRiskLine(r: TopRisk, i: number): string {
  return `${i + 1}. ${SEVERITY_ICON[r.severity]} **${r.severity}** · ${code(r.stack)} · ${code(r.address)}: ${cell(r.risks.join(" · "))}`;
}

function header(report: Report): string {
  const s = report.summary;
  const lines = [MARKER, `## OCI plan review: ${countsLine(s)}`, ""];
  if (s.topRisks.length) lines.push("**Top risks**", "", ...s.topRisks.map(topRiskLine), "");
  else lines.push("**No risky change**: nothing destroyed or replaced, no new finding, no access broadened or exposed.", "");
  const facts = [`${s.stacksWithChanges} of ${plural(s.stacks, "stack")} changed`];
  if (s.destroy + s.replace > 0) facts.push(`⚠️ **${s.destroy + s.replace} destroyed or replaced**`);
  facts.push(s.broadening > 0 ? `⚠️ **${plural(s.broadening, "change")} ${s.broadening === 1 ? "broadens" : "broaden"} access**` : "no access broadening");
  facts.push(`new findings: ${severityList(s.newFindings)}`);
  lines.push(facts.join(" · "));
  if (report.gate.failOn.length) {
    const verdict = report.gate.failed ? `❌ failed: ${report.gate.reasons.join("; ")}` : "✅ passed";
    lines.push("", `**Gate** (${code(`--fail-on ${report.gate.failOn.join(",")}`)}): ${verdict}`);
  }
  const changed = report.stacks.filter(hasContent);
  if (changed.length) {
    lines.push(
      "",
      table(
        ["Stack", "Env", "Worst", "Add", "Change", "Replace", "Destroy", "Broadening", "New findings"],
        changed.map((st) => [
          code(st.stack),
          cell(st.environment),
          st.worst ? `${SEVERITY_ICON[st.worst]} ${st.worst}` : "—",
          String(st.counts.add),
          String(st.counts.change),
          String(st.counts.replace),
          String(st.counts.destroy),
          String(broadeningCount(st)),
          severityList(countNew(st.findings)),
        ]),
      ),
    );
  }
  const quiet = report.stacks.filter((st) => !hasContent(st));
  if (quiet.length) {
    const existing = quiet.reduce((n, st) => n + st.findings.length, 0);
    lines.push("", `**Unchanged** (${plural(quiet.length, "stack")}): ${quiet.map((st) => code(st.stack)).join(", ")}${existing ? ` · ${plural(existing, "existing finding")} (in the JSON report)` : ""}`);
  }
  return lines.join("\n");
}

function countNew(findings: readonly Finding[]): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.isNew && f.severity === s).length])) as Record<Severity, number>;
}

/** A stack is shown in full when it changes or has findings this change introduced. */
function hasContent(st: StackReport): boolean {
  return st.changes.length > 0 || st.findings.some((f) => f.isNew);
}

function warningLine(w: Warning): string {
  const label = w.action === "delete" ? "Destroy" : w.action === "replace" ? "Replace" : "Forget (removed from state, not destroyed)";
  const why = w.replacePaths.length ? ` — forced by ${w.replacePaths.map(code).join(", ")}` : "";
  const reason = w.reason ? ` (${cell(w.reason)})` : "";
  return `- ${SEVERITY_ICON[w.severity]} ⚠️ **${label}** ${code(w.address)}${why}${reason}`;
}

/** A titled table, or nothing when there are no rows. */
function section(title: string, header: string[], rows: string[][]): string[] {
  return rows.length ? [`#### ${title}`, "", table(header, rows), ""] : [];
}

function broadensCell(broadening: boolean, reasons: readonly string[], severity?: Severity): string {
  const why = cell(reasons.join("; "));
  const how = severity ? ` (${SEVERITY_ICON[severity]} ${severity})` : "";
  return broadening ? `⚠️ **yes**${how}: ${why}` : reasons.length ? `no (${why})` : "no";
}

function iamSection(st: StackReport): string[] {
  return [
    ...section(
      "IAM policy statements",
      ["", "Policy", "Statement", "Broadens access"],
      st.iam.statements.map((s) => [s.change === "added" ? "➕" : "➖", code(s.policy), code(s.statement), broadensCell(s.broadening, s.reasons, s.severity)]),
    ),
    ...section(
      "Dynamic groups",
      ["Change", "Dynamic group", "Matching rule", "Broadens access"],
      st.iam.dynamicGroups.map((d) => [
        d.change,
        code(d.address),
        [d.before, d.after].map((r) => (r === null ? "—" : code(r))).join(" → "),
        broadensCell(d.broadening, d.reasons, d.severity),
      ]),
    ),
  ];
}

function exposureSection(st: StackReport): string[] {
  return section(
    "Exposure",
    ["Severity", "Resource", "Kind", "Change"],
    st.exposure.map((e) => [`${SEVERITY_ICON[e.severity]} ${e.severity}`, code(e.address), e.kind, cell(e.detail)]),
  );
}

function findingRows(findings: readonly Finding[]): string[][] {
  return findings.map((f) => [
    `${SEVERITY_ICON[f.severity]} ${f.severity}`,
    `${f.id}<br>${cell(f.title)}`,
    // The construct path tells the reviewer which code to open.
    `${code(f.address)}${f.path ? `<br>${code(f.path)}` : ""}${f.constructPath ? `<br><sub>${cell(f.constructPath)}</sub>` : ""}`,
    cell(f.message),
    cell(f.remediation),
  ]);
}

const FINDING_HEADER = ["Severity", "Rule", "Location", "Finding", "How to fix"];

function severeFindingsSection(st: StackReport): string[] {
  return section("New findings: critical and high", FINDING_HEADER, findingRows(st.findings.filter((f) => f.isNew && isSevere(f.severity))));
}

function otherFindingsSection(st: StackReport): string[] {
  const header = FINDING_HEADER;
  const old = st.findings.filter((f) => !f.isNew);
  const out = section("New findings: medium and low", header, findingRows(st.findings.filter((f) => f.isNew && !isSevere(f.severity))));
  if (old.length) {
    out.push(
      `<details><summary>${plural(old.length, "existing finding")} (not introduced by this change)</summary>`,
      "",
      table(header, findingRows(old), MAX_EXISTING_FINDINGS),
      "",
      "</details>",
      "",
    );
  }
  return out;
}

function stackCore(st: StackReport): string {
  const c = st.counts;
  const lines = [`### ${code(st.stack)} · ${cell(st.environment)}`, "", `**+${c.add} to add · ~${c.change} to change · ±${c.replace} to replace · −${c.destroy} to destroy**`, ""];
  if (st.warnings.length) lines.push(...st.warnings.map(warningLine), "");
  lines.push(...severeFindingsSection(st), ...iamSection(st), ...exposureSection(st), ...otherFindingsSection(st));
  return lines.join("\n");
}

const SIGN: Record<ChangeSummary["action"], string> = { create: "+", update: "~", replace: "±", delete: "-", forget: "~" };

/** Attribute changes of one resource as diff lines (`+` after, `-` before). */
function changeLines(c: ChangeSummary): string[] {
  const where = c.constructPath ? `   [${c.constructPath}]` : "";
  const lines = [`${SIGN[c.action]} ${c.action.padEnd(7)} ${c.address}${where}`];
  for (const a of c.attributes) {
    const note = a.forcesReplacement ? "   # forces replacement" : "";
    if (a.before !== null) lines.push(`-     ${a.path} = ${a.before}${a.after === null ? note : ""}`);
    if (a.after !== null) lines.push(`+     ${a.path} = ${a.after}${note}`);
  }
  return lines;
}

const DETAILS_CLOSE = "```\n\n</details>\n";

function detailsOpen(st: StackReport): string {
  return `<details><summary>Attribute changes (${plural(st.changes.length, "resource")})</summary>\n\n\`\`\`diff\n`;
}

/**
 * The collapsed attribute diff of a stack in at most `budget` characters;
 * whole resources are dropped from the end with a note when it does not fit.
 */
function stackDetails(st: StackReport, budget: number): string {
  if (!st.changes.length) return "";
  // Three backticks inside a value would end the code block early.
  const blocks = st.changes.map((c) => changeLines(c).join("\n").replace(/```/g, "`\u200b``") + "\n");
  const open = detailsOpen(st);
  const full = open + blocks.join("") + DETAILS_CLOSE;
  if (full.length <= budget) return full;
  let used = open.length + DETAILS_CLOSE.length + 200;
  let kept = 0;
  while (kept < blocks.length && used + blocks[kept].length <= budget) used += blocks[kept++].length;
  const note = `\n_Attribute changes of ${plural(blocks.length - kept, "resource")} omitted to fit GitHub's comment limit; see the JSON report._\n`;
  return kept ? open + blocks.slice(0, kept).join("") + DETAILS_CLOSE + note : note;
}

const FOOTER = "\n---\n<sub>oci-plan-review · secrets are masked by name and by shape · the JSON report has every detail.</sub>\n";
const CUT_NOTE = "\n\n_Report truncated to fit GitHub's 65,536-character comment limit; see the JSON report for the rest._\n";

/** Cuts `text` at the last line break within `limit` characters, closing any `<details>` it leaves open. */
function cutAtLine(text: string, limit: number): string {
  const closers = 12 * 20;
  const cut = text.lastIndexOf("\n", limit - closers);
  const kept = text.slice(0, cut > 0 ? cut : limit - closers);
  const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
  return kept + "\n\n</details>".repeat(Math.max(0, Math.min(open, 20)));
}

export function renderMarkdown(report: Report, redactor: Redactor, limit = GITHUB_COMMENT_LIMIT): string {
  const shown = report.stacks.filter(hasContent);
  const head = header(report);
  const cores = shown.map(stackCore);
  const fixed = head.length + FOOTER.length + cores.reduce((n, c) => n + c.length + 2, 0);
  // Headroom for scrubbing (a masked value may grow into `****`) and the notes.
  const budget = limit - 1_000;
  if (fixed > budget) {
    const body = [head, ...cores].join("\n\n");
    return redactor.scrub(cutAtLine(body, budget - CUT_NOTE.length) + CUT_NOTE + FOOTER);
  }
  let remaining = budget - fixed;
  const sections = shown.map((st, i) => {
    const details = stackDetails(st, remaining);
    remaining -= details.length;
    return (details ? `${cores[i]}\n${details}` : cores[i]).trimEnd();
  });
  return redactor.scrub([head, ...sections].join("\n\n").trimEnd() + "\n" + FOOTER);
}
