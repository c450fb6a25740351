/**
 * Synthesizes a git ref (e.g. `origin/main`) for use as the review base:
 * check it out into a temporary worktree, borrow this checkout's
 * node_modules, run the cdktf app with CDKTF_OUTDIR pointed at a temporary
 * directory, then remove the worktree. The main checkout is never touched.
 */
import { execFileSync, execSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

export function isGitRef(ref: string, cwd = process.cwd()): boolean {
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

/** The app command from cdktf.json (what `cdktf synth` runs), or the project default. */
function appCommand(projectDir: string): string {
  const config = join(projectDir, "cdktf.json");
  if (existsSync(config)) {
    const app = (JSON.parse(readFileSync(config, "utf8")) as { app?: unknown }).app;
    if (typeof app === "string" && app.trim()) return app;
  }
  return "npx tsx main.ts";
}

export interface SynthesizedRef {
  /** The synth output directory (manifest.json + stacks/). */
  readonly outdir: string;
  /** Deletes the temporary output directory. */
  cleanup(): void;
}

export function synthesizeGitRef(ref: string, cwd = process.cwd()): SynthesizedRef {
  const root = git(["rev-parse", "--show-toplevel"], cwd);
  // The cdktf project may live in a subfolder of the repository.
  const projectRel = relative(root, resolve(cwd));
  const tmp = mkdtempSync(join(tmpdir(), "oci-review-"));
  const worktree = join(tmp, "worktree");
  const outdir = join(tmp, "out");
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  git(["worktree", "add", "--detach", worktree, ref], root);
  const project = join(worktree, projectRel);
  const modules = join(project, "node_modules");
  const ownModules = join(resolve(cwd), "node_modules");
  let linked = false;
  let failure: Error | undefined;
  try {
    if (existsSync(ownModules) && !existsSync(modules)) {
      symlinkSync(ownModules, modules, "dir");
      linked = true;
    }
    execSync(appCommand(project), { cwd: project, env: { ...process.env, CDKTF_OUTDIR: outdir }, stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
    failure = new Error(`synthesizing ${ref} failed${stderr ? `:\n${stderr}` : `: ${(e as Error).message}`}`);
  } finally {
    // Unlink our symlink first so removing the worktree cannot reach the real node_modules.
    if (linked && lstatSync(modules).isSymbolicLink()) unlinkSync(modules);
    git(["worktree", "remove", "--force", worktree], root);
  }
  if (failure) {
    cleanup();
    throw failure;
  }
  if (!existsSync(join(outdir, "manifest.json"))) {
    cleanup();
    throw new Error(`synthesizing ${ref} wrote no ${join(outdir, "manifest.json")}`);
  }
  return { outdir, cleanup };
}
