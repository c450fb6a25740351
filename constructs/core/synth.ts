/**
 * Validation on every synthesis path: `npm run synth`, `cdktf synth` and a
 * library user's own `app.synth()`.
 *
 * cdktf's `App.synth()` prepares every stack, then synthesizes and writes the
 * stacks one by one, validating each just before writing it: the first stack
 * is on disk before the second fails. The guard installed here wraps each
 * stack's synthesizer (`stack.synthesizer`, cdktf's extension point) so that
 * - on the first stack's synthesis it runs the aspects and every construct
 *   validation of every stack of the app and throws one error listing all of
 *   them, before anything is written;
 * - if writing a stack fails anyway, everything this run wrote is removed;
 * - after the last stack is written, the written stacks are checked against
 *   the committed oracle/oci schema (only `oci_*` types and the `oci`
 *   provider; other providers are left alone), and on a finding everything
 *   this run wrote is removed.
 * A failure ends a command-line run with exit code 1 and one line per error,
 * without a stack trace unless `OCI_PIPELINES_DEBUG=1`.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { IConstruct } from "constructs";
import { Aspects, IAspect, IStackSynthesizer, ISynthesisSession, TerraformStack } from "cdktf";
import { formatIssues, projectValidator, ValidationIssue } from "../../tools/validate";
import { validateConstruct } from "./errors";

/** One problem of a run: a construct validation error or a schema finding, as one line. */
export interface SynthesisProblem {
  /** Construct path (validation errors) or stack name (schema findings); the report is sorted by it. */
  readonly path: string;
  /** The line printed for it. */
  readonly line: string;
  /** Where it was raised (stack frames), shown with `OCI_PIPELINES_DEBUG=1`. */
  readonly origin?: string;
}

const debug = (): boolean => /^(1|true|yes)$/i.test(process.env.OCI_PIPELINES_DEBUG ?? "");

/** The frames of an error's stack (without its message), for debug output. */
const framesOf = (error: Error): string | undefined =>
  error.stack
    ?.split("\n")
    .filter((l) => /^\s+at /.test(l))
    .join("\n");

/**
 * A run refused: every problem, one line each, sorted by construct path. The
 * stack is the message alone (no frames) unless `OCI_PIPELINES_DEBUG=1`, which
 * adds where each error was raised.
 */
export class OciSynthesisError extends Error {
  constructor(
    public readonly problems: readonly SynthesisProblem[],
    heading: string,
  ) {
    super(`${heading}\n${problems.map((p) => p.line).join("\n")}`);
    this.name = "OciSynthesisError";
    Object.defineProperty(this, MARK, { value: true });
    this.stack = debug() ? `${this.message}\n\n${problems.map((p) => `${p.line}\n${p.origin ?? "    (no origin recorded)"}`).join("\n")}\n\n${framesOf(this) ?? ""}` : this.message;
  }

  /** The report as printed by a command-line run. */
  get report(): string {
    return debug() ? (this.stack ?? this.message) : this.message;
  }
}

const MARK = Symbol.for("oci-event-pipelines.OciSynthesisError");
const isSynthesisError = (e: unknown): e is OciSynthesisError => typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[MARK] === true;

const sortProblems = (problems: SynthesisProblem[]): SynthesisProblem[] => problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

/** Every stack under `root`, in synthesis order. */
const stacksOf = (root: IConstruct): TerraformStack[] => root.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));

/**
 * Every validation error under `root`, sorted by construct path: the errors
 * constructs recorded ({@link reject}), their synthesis-time checks, and any
 * other `node.addValidation` message (cdktf's own, a user's). With `aspects`
 * (the default), runs each stack's aspects first, exactly once per construct.
 */
export function collectValidationErrors(root: IConstruct, options: { aspects?: boolean } = {}): SynthesisProblem[] {
  if (options.aspects ?? true) for (const stack of stacksOf(root)) invokeAspectsOnce(stack);
  const problems: SynthesisProblem[] = [];
  for (const c of root.node.findAll()) {
    const { own, others } = validateConstruct(c);
    for (const e of own) problems.push({ path: e.path, line: e.message, origin: framesOf(e) });
    for (const message of others) {
      const path = c.node.path;
      problems.push({ path, line: path && !message.startsWith(`${path}: `) ? `${path}: ${message}` : message });
    }
  }
  return sortProblems(problems);
}

const VISITED = Symbol.for("oci-event-pipelines.aspect-visited");

/**
 * Runs the aspects of `root` and its children the way cdktf does, but makes
 * each aspect visit a construct at most once, also when cdktf invokes it again
 * while writing the stack (the AWS CDK semantics): an aspect that adds a
 * construct does not add it twice.
 */
function invokeAspectsOnce(root: IConstruct): void {
  const recurse = (c: IConstruct, inherited: readonly IAspect[]) => {
    const all = [...inherited, ...Aspects.of(c).all];
    for (const aspect of all) onceVisitor(aspect)(c);
    for (const child of c.node.children) recurse(child, all);
  };
  recurse(root, []);
}

function onceVisitor(aspect: IAspect): (node: IConstruct) => void {
  const host = aspect as IAspect & { [VISITED]?: WeakSet<IConstruct> };
  if (!host[VISITED]) {
    const seen = new WeakSet<IConstruct>();
    const visit = aspect.visit.bind(aspect);
    Object.defineProperty(aspect, VISITED, { value: seen });
    Object.defineProperty(aspect, "visit", {
      configurable: true,
      writable: true,
      value: (node: IConstruct) => {
        if (seen.has(node)) return;
        seen.add(node);
        visit(node);
      },
    });
  }
  return (node) => aspect.visit(node);
}

export interface ValidateOnSynthOptions {
  /** Check what was written against the committed oracle/oci provider schema. Default true. */
  readonly schemaValidation?: boolean;
}

const GUARD = Symbol.for("oci-event-pipelines.synth-guard");
/** The apps with a guard, for tests that look for errors without holding a construct (see constructs/testing). */
let GUARDED: Array<WeakRef<IConstruct>> = [];

/** The live apps (construct tree roots) that validate on synthesis. */
export function appsValidatedOnSynth(): IConstruct[] {
  GUARDED = GUARDED.filter((ref) => ref.deref() !== undefined);
  return GUARDED.map((ref) => ref.deref()!);
}
const WRAPPED = Symbol.for("oci-event-pipelines.guarded-synthesizer");

/**
 * Validates the whole app on synthesis (see the top of this file). Call it
 * once with the app (or any construct in it); every `OciEnvironment` calls it
 * for its stack, so an app that uses the constructs has it already.
 * Idempotent; stacks added later are covered too. Honours
 * `new App({ skipValidation: true })`, which turns all validation off.
 */
export function validateOnSynth(scope: IConstruct, options: ValidateOnSynthOptions = {}): void {
  const root = scope.node.root as IConstruct & { [GUARD]?: SynthGuard };
  if (!root[GUARD]) GUARDED.push(new WeakRef(root));
  const guard = (root[GUARD] ??= new SynthGuard(root));
  if (options.schemaValidation === false) guard.schemaValidation = false;
  guard.wrapStacks();
  reportOnExit();
}

/** What one synthesis run (one `session`) wrote, and how far it got. */
interface Run {
  readonly session: ISynthesisSession;
  readonly expected: readonly TerraformStack[];
  readonly done: Set<TerraformStack>;
  /** Files written and directories created by this run (removed on failure). */
  readonly written: string[];
  readonly created: string[];
}

class SynthGuard {
  public schemaValidation = true;
  private readonly runs = new WeakMap<ISynthesisSession, Run>();

  constructor(private readonly root: IConstruct) {}

  /** Puts the guard in front of every stack's synthesizer (once per stack). */
  wrapStacks(): void {
    for (const stack of stacksOf(this.root)) {
      const inner = stack.synthesizer as IStackSynthesizer & { [WRAPPED]?: true };
      if (inner[WRAPPED]) continue;
      const wrapper: IStackSynthesizer & { [WRAPPED]: true } = { [WRAPPED]: true, synthesize: (session) => this.synthesize(stack, inner, session) };
      stack.synthesizer = wrapper;
    }
  }

  private synthesize(stack: TerraformStack, inner: IStackSynthesizer, session: ISynthesisSession): void {
    const run = this.runs.get(session) ?? this.begin(session);
    const dir = join(session.outdir, session.manifest.forStack(stack).workingDirectory);
    const before = existsSync(dir) ? snapshot(dir) : undefined;
    try {
      inner.synthesize(session);
    } catch (e) {
      recordWrites(run, dir, before);
      removeWrites(run);
      throw e;
    }
    recordWrites(run, dir, before);
    run.done.add(stack);
    if (run.expected.every((s) => run.done.has(s))) this.finish(run);
  }

  /** First stack of a run: the pre-write validation of the whole app. */
  private begin(session: ISynthesisSession): Run {
    this.wrapStacks();
    const run: Run = { session, expected: stacksOf(this.root), done: new Set(), written: [], created: [] };
    this.runs.set(session, run);
    if (session.skipValidation) return run;
    const problems = collectValidationErrors(this.root);
    if (problems.length) {
      throw new OciSynthesisError(problems, `OCI construct validation failed: ${problems.length} error(s); nothing was written`);
    }
    return run;
  }

  /** Last stack written: the offline schema validation of what this run wrote. */
  private finish(run: Run): void {
    if (run.session.skipValidation || !this.schemaValidation) return;
    const issues: ValidationIssue[] = [];
    const validator = projectValidator();
    for (const stack of run.expected) {
      const file = join(run.session.outdir, run.session.manifest.forStack(stack).synthesizedStackPath);
      const doc = file.endsWith(".json") && existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : stack.toTerraform();
      issues.push(...validator.validate(doc, stack.node.id));
    }
    if (!issues.length) return;
    removeWrites(run);
    const problems = sortProblems(issues.map((issue) => ({ path: issue.stack, line: formatIssues([issue]) })));
    throw new OciSynthesisError(problems, `oracle/oci schema validation failed: ${issues.length} issue(s); the stacks this run wrote were removed`);
  }
}

/** Files under `dir` with their modification time and size. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    const s = statSync(file);
    files.set(file, `${s.mtimeMs}:${s.size}`);
  }
  return files;
}

/** Adds what synthesizing one stack wrote into `dir` to the run (a new directory as a whole; else new or changed files). */
function recordWrites(run: Run, dir: string, before: Map<string, string> | undefined): void {
  if (!existsSync(dir)) return;
  if (!before) {
    run.created.push(dir);
    return;
  }
  for (const [file, stamp] of snapshot(dir)) if (before.get(file) !== stamp) run.written.push(file);
}

/** Removes what the run wrote; files that were there before and were not rewritten stay. */
function removeWrites(run: Run): void {
  for (const file of run.written.splice(0)) rmSync(file, { force: true });
  for (const dir of run.created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

const REPORTER = Symbol.for("oci-event-pipelines.synthesis-reporter");

/**
 * A refused run that nobody catches (the app's `app.synth()` on the command
 * line) ends the process with exit code 1 and the report alone, instead of
 * Node's dump of the error. Other errors keep Node's default handling.
 */
function reportOnExit(): void {
  const host = process as NodeJS.Process & { [REPORTER]?: true };
  if (host[REPORTER]) return;
  Object.defineProperty(host, REPORTER, { value: true });
  process.on("uncaughtExceptionMonitor", (error) => {
    if (!isSynthesisError(error)) return;
    writeSync(2, `${error.report}\n`);
    process.exit(1);
  });
}
