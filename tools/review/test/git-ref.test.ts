import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isGitRef, synthesizeGitRef } from "../git-ref";
import { loadSynthDir } from "../load-synth";
import { main } from "../cli";

const hasGit = spawnSync("git", ["--version"]).status === 0;
const gitTest = hasGit ? test : test.skip;

/**
 * A stand-in cdktf app: writes one stack whose topic name comes from
 * topic.txt into CDKTF_OUTDIR, and records whether node_modules was reachable.
 */
const SYNTH_JS = `
const fs = require("fs"), path = require("path");
const out = process.env.CDKTF_OUTDIR;
const name = fs.readFileSync("topic.txt", "utf8").trim();
const stack = { resource: { oci_ons_notification_topic: { t: { name, description: fs.existsSync("node_modules/marker") ? "deps-linked" : "no-deps" } } } };
fs.mkdirSync(path.join(out, "stacks", "app-dev"), { recursive: true });
fs.writeFileSync(path.join(out, "stacks", "app-dev", "cdk.tf.json"), JSON.stringify(stack));
fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify({ stacks: { "app-dev": { name: "app-dev", synthesizedStackPath: "stacks/app-dev/cdk.tf.json" } } }));
`;

function tempRepo(): string {
  const repo = realpathSync(mkdtempSync(join(tmpdir(), "review-git-")));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" });
  git("init", "-q");
  git("config", "user.email", "test@example.com");
  git("config", "user.name", "test");
  writeFileSync(join(repo, "cdktf.json"), JSON.stringify({ app: "node synth.js" }));
  writeFileSync(join(repo, "synth.js"), SYNTH_JS);
  writeFileSync(join(repo, ".gitignore"), "node_modules/\nout/\n");
  writeFileSync(join(repo, "topic.txt"), "alerts-v1\n");
  mkdirSync(join(repo, "node_modules"));
  writeFileSync(join(repo, "node_modules", "marker"), "x");
  git("add", ".");
  git("commit", "-q", "-m", "base");
  writeFileSync(join(repo, "topic.txt"), "alerts-v2\n");
  git("commit", "-q", "-am", "head");
  return repo;
}

gitTest("synthesizes a git ref in a temporary worktree and removes it", () => {
  const repo = tempRepo();
  try {
    expect(isGitRef("HEAD~1", repo)).toBe(true);
    expect(isGitRef("no-such-ref", repo)).toBe(false);
    const synthesized = synthesizeGitRef("HEAD~1", repo);
    const [stack] = loadSynthDir(synthesized.outdir);
    expect(stack.resources.get("oci_ons_notification_topic.t")?.body).toEqual({ name: "alerts-v1", description: "deps-linked" });
    synthesized.cleanup();
    expect(existsSync(synthesized.outdir)).toBe(false);
    // The worktree is gone and the borrowed node_modules is intact.
    expect(execFileSync("git", ["worktree", "list"], { cwd: repo, encoding: "utf8" }).trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(repo, "node_modules", "marker"))).toBe(true);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});

gitTest("the CLI reviews a git-ref base against a head directory", async () => {
  const repo = tempRepo();
  const cwd = process.cwd();
  try {
    execFileSync("node", ["synth.js"], { cwd: repo, env: { ...process.env, CDKTF_OUTDIR: join(repo, "out") } });
    process.chdir(repo);
    let stdout = "";
    const code = await main(["--base", "HEAD~1", "--head", "out", "--format", "json", "--fail-on", "destroy"], { stdout: (t) => (stdout += t), stderr: () => undefined });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.stacks[0].warnings).toEqual([
      { action: "replace", address: "oci_ons_notification_topic.t", type: "oci_ons_notification_topic", reason: "replace_because_cannot_update", replacePaths: ["name"] },
    ]);
  } finally {
    process.chdir(cwd);
    rmSync(repo, { recursive: true, force: true });
  }
});

gitTest("a ref whose synth fails reports the error and leaves no worktree", () => {
  const repo = tempRepo();
  try {
    writeFileSync(join(repo, "synth.js"), "process.exit(3)");
    execFileSync("git", ["commit", "-q", "-am", "broken"], { cwd: repo });
    expect(() => synthesizeGitRef("HEAD", repo)).toThrow(/synthesizing HEAD failed/);
    expect(execFileSync("git", ["worktree", "list"], { cwd: repo, encoding: "utf8" }).trim().split("\n")).toHaveLength(1);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});
