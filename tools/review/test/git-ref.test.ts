import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
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
      { action: "replace", address: "oci_ons_notification_topic.t", type: "oci_ons_notification_topic", reason: "replace_because_cannot_update", replacePaths: ["name"], severity: "high" },
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

/**
 * A repository whose base commit depends on `tiny@1.0.0` and whose head
 * depends on `tiny@2.0.0`, both local tarballs (`file:` dependencies, so npm
 * needs no network). The app writes the version it loaded into the topic.
 */
function repoWithDependencyChange(): string {
  const repo = realpathSync(mkdtempSync(join(tmpdir(), "review-deps-")));
  const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: repo, stdio: "pipe", env: { ...process.env, npm_config_offline: "true", npm_config_update_notifier: "false" } });
  const git = (...args: string[]) => sh("git", args);
  const tarball = (version: string) => {
    const pkg = join(repo, `pkg-${version}`, "package");
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "tiny", version, main: "index.js" }));
    writeFileSync(join(pkg, "index.js"), `module.exports = { version: "${version}" };\n`);
    mkdirSync(join(repo, "vendor"), { recursive: true });
    sh("tar", ["-czf", join(repo, "vendor", `tiny-${version}.tgz`), "-C", join(repo, `pkg-${version}`), "package"]);
    rmSync(join(repo, `pkg-${version}`), { recursive: true });
  };
  const depend = (version: string) => {
    writeFileSync(join(repo, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true, dependencies: { tiny: `file:vendor/tiny-${version}.tgz` } }, null, 2));
    sh("npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"]);
  };
  git("init", "-q");
  git("config", "user.email", "test@example.com");
  git("config", "user.name", "test");
  tarball("1.0.0");
  tarball("2.0.0");
  writeFileSync(join(repo, "cdktf.json"), JSON.stringify({ app: "node synth.js" }));
  writeFileSync(join(repo, "synth.js"), SYNTH_JS.replace('fs.existsSync("node_modules/marker") ? "deps-linked" : "no-deps"', 'require("tiny").version'));
  writeFileSync(join(repo, "topic.txt"), "alerts\n");
  writeFileSync(join(repo, ".gitignore"), "node_modules/\nout/\n");
  depend("1.0.0");
  git("add", ".");
  git("commit", "-q", "-m", "base: tiny 1.0.0");
  depend("2.0.0");
  git("commit", "-q", "-am", "head: tiny 2.0.0");
  sh("npm", ["ci", "--no-audit", "--no-fund"]);
  return repo;
}

gitTest("a ref whose lockfile differs gets its own dependencies, installed once and then reused from the cache", () => {
  const repo = repoWithDependencyChange();
  const cacheDir = join(repo, "..", `${repo.split("/").pop()}-cache`);
  const offline = process.env.npm_config_offline;
  process.env.npm_config_offline = "true";
  try {
    const version = (s: ReturnType<typeof synthesizeGitRef>) => loadSynthDir(s.outdir)[0]!.resources.get("oci_ons_notification_topic.t")?.body.description;
    const first = synthesizeGitRef("HEAD~1", repo, { cacheDir });
    expect({ dependencies: first.dependencies, version: version(first) }).toEqual({ dependencies: "installed", version: "1.0.0" });
    first.cleanup();
    const second = synthesizeGitRef("HEAD~1", repo, { cacheDir });
    expect({ dependencies: second.dependencies, version: version(second) }).toEqual({ dependencies: "cache", version: "1.0.0" });
    second.cleanup();
    // The head's own lockfile: its node_modules is borrowed, as before.
    const same = synthesizeGitRef("HEAD", repo, { cacheDir });
    expect({ dependencies: same.dependencies, version: version(same) }).toEqual({ dependencies: "head", version: "2.0.0" });
    same.cleanup();
    // One cached tree, and the checkout's own node_modules untouched.
    expect(readdirSync(join(cacheDir, "deps")).filter((d) => !d.includes(".partial-"))).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(repo, "node_modules", "tiny", "package.json"), "utf8")).version).toBe("2.0.0");
    expect(execFileSync("git", ["worktree", "list"], { cwd: repo, encoding: "utf8" }).trim().split("\n")).toHaveLength(1);
  } finally {
    if (offline === undefined) delete process.env.npm_config_offline;
    else process.env.npm_config_offline = offline;
    rmSync(repo, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}, 120_000);

gitTest("a failing install reports the ref and leaves no worktree or cache entry", () => {
  const repo = tempRepo();
  const cacheDir = mkdtempSync(join(tmpdir(), "review-deps-cache-"));
  try {
    writeFileSync(join(repo, "package-lock.json"), JSON.stringify({ lockfileVersion: 3 }));
    execFileSync("git", ["add", "package-lock.json"], { cwd: repo });
    execFileSync("git", ["commit", "-q", "-m", "lockfile"], { cwd: repo });
    // The checkout has moved on to another lockfile.
    writeFileSync(join(repo, "package-lock.json"), JSON.stringify({ lockfileVersion: 3, packages: {} }));
    expect(() =>
      synthesizeGitRef("HEAD", repo, {
        cacheDir,
        install: () => {
          throw new Error("npm ci exploded");
        },
      }),
    ).toThrow(/synthesizing HEAD failed: installing its dependencies \(its lockfile differs from this checkout's\) failed: npm ci exploded/);
    expect(execFileSync("git", ["worktree", "list"], { cwd: repo, encoding: "utf8" }).trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(cacheDir, "deps"))).toBe(false);
  } finally {
    rmSync(repo, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
