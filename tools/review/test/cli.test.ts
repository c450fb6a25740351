import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../cli";
import { FIXTURES } from "./helpers";

const PROJECT = join(__dirname, "..", "..", "..");

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
const pair = (name: string) => ["--base", join(FIXTURES, "synth", name, "base"), "--head", join(FIXTURES, "synth", name, "head")];

describe("--fail-on exit codes", () => {
  test.each([
    ["destroy", "delete", 1],
    ["destroy", "replace", 1],
    ["destroy", "add", 0],
    ["broadening", "iam-broadening", 1],
    ["broadening", "auth-removed", 1],
    ["broadening", "delete", 0],
    ["high", "add", 1],
    ["high", "delete", 0],
  ])("--fail-on %s on %s exits %i", async (failOn, fixture, expected) => {
    const r = await run(...pair(fixture), "--fail-on", failOn, "--format", "json");
    expect(r.code).toBe(expected);
    expect(JSON.parse(r.stdout).gate.failed).toBe(expected === 1);
  });

  test("comma lists and repeats combine; no --fail-on never fails", async () => {
    expect((await run(...pair("delete"), "--fail-on", "high,broadening")).code).toBe(0);
    expect((await run(...pair("delete"), "--fail-on", "high", "--fail-on", "destroy")).code).toBe(1);
    expect((await run(...pair("iam-broadening"))).code).toBe(0);
  });

  test("usage errors exit 2", async () => {
    expect((await run(...pair("add"), "--fail-on", "everything")).code).toBe(2);
    expect((await run("--plan", "x.json", "--base", "y")).code).toBe(2);
    expect((await run()).code).toBe(2);
    expect((await run("--base", "/nonexistent/dir/or-ref", "--head", FIXTURES)).code).toBe(2);
    expect((await run("--plan", join(FIXTURES, "synth", "add", "base", "manifest.json"))).code).toBe(2);
    expect((await run(...pair("add"), "--format", "both")).code).toBe(2);
  });
});

test("--format both writes markdown and JSON files", async () => {
  const dir = mkdtempSync(join(tmpdir(), "review-cli-"));
  try {
    const r = await run(...pair("replace"), "--format", "both", "--out", join(dir, "review.md"), "--json-out", join(dir, "out", "review.json"));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(join(dir, "review.md"), "utf8")).toContain("<!-- oci-plan-review -->");
    expect(JSON.parse(readFileSync(join(dir, "out", "review.json"), "utf8")).summary.replace).toBe(4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the real CLI entry point reviews plan files and gates on findings", () => {
  const plan = join(FIXTURES, "plans", "plan-changes.json");
  const tsx = join(PROJECT, "node_modules", "tsx", "dist", "cli.mjs");
  const r = spawnSync(process.execPath, [tsx, join(PROJECT, "tools", "review", "cli.ts"), "--plan", `events-dev=${plan}`, "--fail-on", "high"], {
    cwd: PROJECT,
    encoding: "utf8",
  });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("## OCI plan review: 1 to add, 2 to change, 1 to replace, 1 to destroy");
  expect(r.stderr).toContain("high: 1 new finding(s) of severity high or critical");
}, 30_000);
