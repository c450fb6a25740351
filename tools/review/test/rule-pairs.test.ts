/**
 * Every rule both ways: its risky fixture pair raises it (new, at the stated
 * severity), its benign pair raises nothing at all. The README's rule table
 * lists every rule with its severity.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHANGE_RULES, RULES } from "../findings";
import { ExposureKind, Severity } from "../model";
import { PAIR_AREAS, reviewPair, reviewPlanCase } from "./helpers";

/** Rule id → the pair area that exercises it, and how many findings of it the risky pair raises at which severity. */
const CASES: ReadonlyArray<[id: string, area: (typeof PAIR_AREAS)[number], expected: Partial<Record<Severity, number>>]> = [
  ["OCI-APIGW-003", "apigw", { high: 1 }],
  ["OCI-APIGW-004", "apigw", { high: 1 }],
  ["OCI-APIGW-005", "apigw", { high: 1 }],
  ["OCI-NET-001", "network", { critical: 2, high: 1 }],
  ["OCI-KMS-002", "data", { high: 1 }],
  ["OCI-LIFE-001", "data", { high: 3 }],
  ["OCI-EVT-002", "events", { high: 2 }],
  ["OCI-EVT-003", "events", { high: 2 }],
  ["OCI-FN-001", "functions", { high: 1 }],
  ["OCI-FN-002", "functions", { medium: 1 }],
  ["OCI-OCIR-001", "functions", { medium: 1 }],
  ["OCI-OCIR-002", "functions", { high: 1 }],
  ["OCI-LOG-001", "functions", { high: 2 }],
  ["OCI-SEC-001", "secrets", { critical: 2 }],
  ["OCI-SEC-002", "secrets", { high: 4 }],
  ["OCI-SEC-003", "secrets", { high: 1 }],
];

const EXPOSURE: ReadonlyArray<[ExposureKind, (typeof PAIR_AREAS)[number], number]> = [
  ["cors-widened", "apigw", 1],
  ["network-opened", "network", 3],
  ["public-repository", "functions", 1],
];

const newFindings = (name: string) => reviewPair(name).report.stacks.flatMap((s) => s.findings.filter((f) => f.isNew));

describe.each(CASES)("%s", (id, area, expected) => {
  test(`fires in ${area}-risky`, () => {
    const hits = newFindings(`${area}-risky`).filter((f) => f.id === id);
    const bySeverity = Object.fromEntries(Object.keys(expected).map((s) => [s, hits.filter((f) => f.severity === s).length]));
    expect(bySeverity).toEqual(expected);
    expect(hits).toHaveLength(Object.values(expected).reduce((a, b) => a + b, 0));
  });
  test(`is silent in ${area}-benign`, () => expect(newFindings(`${area}-benign`).filter((f) => f.id === id)).toEqual([]));
});

describe.each(PAIR_AREAS)("%s-benign", (area) => {
  test("is clean: no new finding, no broadening, no widening exposure, nothing destroyed or replaced", () => {
    const { report } = reviewPair(`${area}-benign`, ["destroy", "broadening", "high"]);
    expect(report.stacks.flatMap((s) => s.findings.filter((f) => f.isNew).map((f) => `${f.id} ${f.address}`))).toEqual([]);
    expect(report.gate.conditions).toEqual({ destroy: false, broadening: false, high: false });
    expect(report.stacks.flatMap((s) => s.exposure.filter((e) => e.kind !== "subscription-endpoint"))).toEqual([]);
  });
});

test.each(EXPOSURE)("exposure %s: one row per change in %s-risky, none in the benign pair", (kind, area, rows) => {
  const exposure = (name: string) => reviewPair(name).report.stacks.flatMap((s) => s.exposure.filter((e) => e.kind === kind));
  expect(exposure(`${area}-risky`)).toHaveLength(rows);
  expect(exposure(`${area}-benign`)).toEqual([]);
});

test("every change rule and every new state rule has a risky and a benign pair", () => {
  const covered = new Set(CASES.map(([id]) => id));
  for (const rule of CHANGE_RULES) expect(covered.has(rule.id)).toBe(true);
  for (const id of ["OCI-APIGW-003", "OCI-FN-002", "OCI-OCIR-002"]) expect(RULES.some((r) => r.id === id)).toBe(true);
});

describe("plans: rate limiting the provider keeps in `after` but the configuration dropped", () => {
  const ids = (name: string) => reviewPlanCase(name).report.stacks.flatMap((s) => s.findings.filter((f) => f.isNew).map((f) => f.id));
  test("is flagged from the plan's configuration", () => expect(ids("rate-limit-removed")).toContain("OCI-APIGW-004"));
  test("is silent while the configuration keeps it", () => expect(ids("rate-limit-kept")).not.toContain("OCI-APIGW-004"));
  test("a sensitive variable's endpoint is not a literal secret", () => expect(ids("rate-limit-kept")).toEqual([]));
});

test("the README's rule table lists every rule with its id and severity", () => {
  const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
  for (const rule of [...RULES, ...CHANGE_RULES]) expect(readme).toMatch(new RegExp(`\\| ${rule.id} \\| ${rule.severity}\\b`));
});
