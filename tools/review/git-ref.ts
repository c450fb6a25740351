/**
 * Synthesizes a git ref (e.g. `origin/main`) for use as the review base:
 * check it out into a temporary worktree, give it its dependencies, run the
 * cdktf app with CDKTF_OUTDIR pointed at a temporary directory, then remove
 * the worktree. The main checkout is never touched.
 *
 * Dependencies: when the ref's lockfile is byte-identical to this checkout's,
 * this checkout's node_modules is linked in. Otherwise (a PR that changes
 * dependencies, e.g. the engine package) the ref gets its own: `npm ci` runs
 * in the worktree once, the result is kept in a cache keyed by the lockfile's
 * hash (and the platform and Node ABI, for native packages), and linked in on
 * every later review of a ref with the same lockfile.
 */
import { execFileSync, execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
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

const LOCKFILES = ["npm-shrinkwrap.json", "package-lock.json"];

function lockfileOf(projectDir: string): Buffer | undefined {
  for (const name of LOCKFILES) {
    const file = join(projectDir, name);
    if (existsSync(file)) return readFileSync(file);
  }
  return undefined;
}

/** Where installed dependency trees are kept: `$OCI_REVIEW_CACHE_DIR`, else `$XDG_CACHE_HOME/oci-plan-review`, else `~/.cache/oci-plan-review`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.OCI_REVIEW_CACHE_DIR) return resolve(env.OCI_REVIEW_CACHE_DIR);
  return join(env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), ".cache"), "oci-plan-review");
}

/** The cache key of a lockfile: its content, and what a native package build depends on. */
export function dependencyKey(lockfile: Buffer): string {
  return createHash("sha256").update(lockfile).update(`\0${process.platform}-${process.arch}-node-abi-${process.versions.modules}`).digest("hex").slice(0, 32);
}

export type DependencySource = "head" | "cache" | "installed" | "none";

export interface SynthesizedRef {
  /** The synth output directory (manifest.json + stacks/). */
  readonly outdir: string;
  /** Whose node_modules the ref ran with: this checkout's, a cached install of its own lockfile, a fresh install, or none. */
  readonly dependencies: DependencySource;
  /** Deletes the temporary output directory. */
  cleanup(): void;
}

export interface SynthesizeOptions {
  /** Where installs of other lockfiles are cached (default {@link defaultCacheDir}). */
  readonly cacheDir?: string;
  /** Installs the dependencies of `projectDir` into its node_modules (default `npm ci`). */
  readonly install?: (projectDir: string) => void;
}

function npmCi(projectDir: string): void {
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: projectDir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_update_notifier: "false" } });
}

/** Moves a directory, copying when source and target are on different filesystems. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as { code?: string }).code !== "EXDEV") throw e;
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * The node_modules directory the ref's project should run with, installing
 * and caching it when the ref's lockfile differs from this checkout's.
 */
function dependenciesFor(project: string, headProject: string, options: SynthesizeOptions): { modules?: string; source: DependencySource } {
  const headModules = join(headProject, "node_modules");
  const lock = lockfileOf(project);
  const headLock = lockfileOf(headProject);
  if (!lock || (headLock && lock.equals(headLock))) return existsSync(headModules) ? { modules: headModules, source: "head" } : { source: "none" };
  const entry = join(options.cacheDir ?? defaultCacheDir(), "deps", dependencyKey(lock));
  const cached = join(entry, "node_modules");
  if (existsSync(join(entry, "complete"))) return { modules: cached, source: "cache" };
  try {
    (options.install ?? npmCi)(project);
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`installing its dependencies (its lockfile differs from this checkout's) failed: ${stderr || (e as Error).message}`);
  }
  // Publish atomically: a concurrent review of the same lockfile either finds a complete entry or none.
  mkdirSync(join(entry, ".."), { recursive: true });
  const staging = mkdtempSync(`${entry}.partial-`);
  try {
    move(join(project, "node_modules"), join(staging, "node_modules"));
    writeFileSync(join(staging, "complete"), `${new Date().toISOString()}\n`);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  try {
    renameSync(staging, entry);
  } catch {
    // Another review published the same key first; use theirs.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(entry, "complete"))) throw new Error(`could not cache dependencies in ${entry}`);
  }
  return { modules: cached, source: "installed" };
}

export function synthesizeGitRef(ref: string, cwd = process.cwd(), options: SynthesizeOptions = {}): SynthesizedRef {
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
  let linked = false;
  let source: DependencySource = "none";
  let failure: Error | undefined;
  try {
    const deps = dependenciesFor(project, resolve(cwd), options);
    source = deps.source;
    if (deps.modules && !existsSync(modules)) {
      symlinkSync(deps.modules, modules, "dir");
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
  return { outdir, dependencies: source, cleanup };
}
