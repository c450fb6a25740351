/**
 * Consumer test: the package installed into a brand-new cdktf app, as a user
 * of the library gets it.
 *
 *   npm run test:consumer            (CI runs it after `npm test`, see .ci/run)
 *   KEEP_CONSUMER_APP=1 npm run test:consumer   keep the temporary app for a look
 *
 * Builds and packs the library, lays out a cdktf app the way
 * `cdktf init --template typescript` does (its own template files, from the
 * cdktf-cli package), installs the tarball with cdktf and the newest
 * constructs 10.x from the npm registry, then type-checks, runs, synthesizes
 * and validates the app: main.ts is the README's program marked
 * `<!-- example: consumer-app -->`, bad-input.ts and esm-check.mts are in
 * test/consumer/app. Everything, the npm cache
 * included, lives in one temporary directory that is removed at the end; the
 * registry is the only network access.
 */
import { spawnSync, SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consumerMain, layOutApp } from "./layout";

const ROOT = join(__dirname, "..", "..");
const rootPkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

const STEPS = [
  "build the library",
  "pack the tarball",
  "lay out a cdktf app like `cdktf init --template typescript`",
  "install the tarball with cdktf and the newest constructs 10.x",
  "type-check with tsc (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, skipLibCheck false)",
  "type-check with moduleResolution node16 and bundler",
  "run the compiled app with plain node",
  "run the app with cdktf.json's runner (ts-node)",
  "assert on the synthesized Terraform JSON",
  "npx oci-pipelines validate / review / --help",
  "import the package from an ES module (.mjs)",
  "bad inputs in two stacks: exit 1, every error at once, one line each, no stack trace, no stack written",
] as const;

let current = 0;
const started = Date.now();
function step(index: number): void {
  current = index;
  console.log(`\n==> [${index + 1}/${STEPS.length}] ${STEPS[index]}  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

class StepFailure extends Error {}
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new StepFailure(message);
}

interface RunOptions {
  env?: Record<string, string>;
  /** Exit code expected; default 0. `"nonzero"` for any failure. */
  expect?: number | "nonzero";
  /** Echo output as it comes (long installs); otherwise printed on failure only. */
  inherit?: boolean;
}

/**
 * The environment children get: this process's, minus what an enclosing `npm run` or
 * `npx -p <pkg> -c <cmd>` exports for its own command (a nested npx would take
 * `npm_config_call`/`npm_config_package` as its own arguments).
 */
const BASE_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^npm_config_(call|package|yes|local_prefix)$/i.test(k) && !/^npm_(lifecycle|package)_/i.test(k)),
);

function run(cwd: string, command: string, args: string[], options: RunOptions = {}): SpawnSyncReturns<string> {
  console.log(`$ ${command} ${args.join(" ")}`);
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...BASE_ENV, ...options.env }, stdio: options.inherit ? "inherit" : "pipe", maxBuffer: 1 << 26 });
  const expected = options.expect ?? 0;
  const ok = expected === "nonzero" ? r.status !== 0 && r.status !== null : r.status === expected;
  if (!ok) {
    if (!options.inherit) process.stdout.write(`${r.stdout ?? ""}${r.stderr ?? ""}`);
    throw new StepFailure(`\`${command} ${args.join(" ")}\` exited ${r.status ?? r.signal}, expected ${expected}`);
  }
  return r;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

function stackDoc(outdir: string, stack: string): any {
  const file = join(outdir, "stacks", stack, "cdk.tf.json");
  check(existsSync(file), `${file} was not written`);
  return readJson(file);
}

const bodies = (doc: any, type: string): any[] => Object.values(doc.resource?.[type] ?? {});

function assertPipeline(doc: any): void {
  const count = (type: string) => bodies(doc, type).length;
  for (const [type, n] of [
    ["oci_objectstorage_bucket", 1],
    ["oci_events_rule", 2],
    ["oci_functions_application", 1],
    ["oci_functions_function", 1],
    ["oci_kms_vault", 1],
    ["oci_kms_key", 1],
    ["oci_vault_secret", 1],
    ["oci_ons_notification_topic", 1],
    ["oci_ons_subscription", 2],
    ["oci_identity_dynamic_group", 1],
    ["oci_logging_log_group", 2], // the application's invoke logs and the raw binding
    ["oci_logging_log", 1],
    ["oci_identity_policy", 1],
    ["oci_monitoring_alarm", 1],
  ] as const) check(count(type) === n, `expected ${n} ${type}, found ${count(type)}`);

  const rules = bodies(doc, "oci_events_rule");
  const upload = rules.find((r) => JSON.parse(r.condition).eventType?.includes("com.oraclecloud.objectstorage.createobject"));
  check(upload, "no events rule on createobject");
  check(JSON.parse(upload.condition).data?.additionalDetails?.bucketName === "dev-consumer-inbound", `upload rule condition ${upload.condition} does not filter on the bucket`);
  check(upload.actions.actions[0].action_type === "FAAS", "the upload rule does not invoke the function");
  const protocols = bodies(doc, "oci_ons_subscription").map((s) => s.protocol).sort();
  check(JSON.stringify(protocols) === JSON.stringify(["EMAIL", "ORACLE_FUNCTIONS"]), `subscriptions ${protocols}`);
  const fn = bodies(doc, "oci_functions_function")[0];
  check(fn.timeout_in_seconds === 60, `function timeout ${fn.timeout_in_seconds}, expected 60 (Duration.seconds(60))`);
  const alarm = bodies(doc, "oci_monitoring_alarm")[0];
  check(
    /^DeliveryFailedEvents\[1m\]\{resourceId = "\$\{oci_events_rule\.[\w-]+\.id\}"\}\.sum\(\) > 0$/.test(alarm.query) && alarm.namespace === "oci_cloudevents",
    `the alarm does not watch the rule's failed deliveries: ${alarm.namespace} ${alarm.query}`,
  );
  check(/^\$\{oci_vault_secret\.[\w-]+\.id\}$/.test(fn.config?.TARGET_TOKEN_SECRET_OCID), `function config ${JSON.stringify(fn.config)} lacks the secret OCID`);

  const statements: string[] = bodies(doc, "oci_identity_policy").flatMap((p) => p.statements);
  const cmp = "ocid1.compartment.oc1..aaaaaaaaconsumerapp";
  const expected = [
    `Allow service cloudEvents to use functions-family in compartment id ${cmp}`,
    `Allow service cloudEvents to use ons-topics in compartment id ${cmp}`,
  ];
  for (const s of expected) check(statements.includes(s), `missing IAM statement: ${s}\n  have: ${statements.join("\n        ")}`);
  check(
    statements.some((s) => /^Allow dynamic-group \$\{oci_identity_dynamic_group\.[\w-]+\.name\} to read secret-bundles in compartment id .+ where target\.secret\.id = '\$\{oci_vault_secret\.[\w-]+\.id\}'$/.test(s)),
    `no secret-bundles read grant for the function: ${statements.join(" | ")}`,
  );
  check(
    statements.some((s) => s.startsWith(`Allow any-user to use functions-family in compartment id ${cmp} where ALL {request.principal.type = 'onssubscription'`)),
    `no invoke grant for the topic's function subscription: ${statements.join(" | ")}`,
  );
  console.log(`ok: ${Object.values<any>(doc.resource).reduce((n, byName) => n + Object.keys(byName).length, 0)} resources, ${statements.length} IAM statements`);
}

function listTarball(tarball: string): string[] {
  return run(ROOT, "tar", ["-tzf", tarball])
    .stdout.split("\n")
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ""));
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), "oci-consumer-"));
  const app = join(work, "consumer-app");
  // npm's cache and logs stay inside the temporary directory.
  const npmEnv = { npm_config_cache: join(work, "npm-cache"), npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false", CHECKPOINT_DISABLE: "1" };
  let failed = true;
  try {
    console.log(`consumer test on Node ${process.version}, in ${work}`);
    step(0);
    run(ROOT, "npm", ["run", "build"], { inherit: true });

    step(1);
    const packed = JSON.parse(run(ROOT, "npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { env: npmEnv }).stdout)[0];
    const tarball = join(work, packed.filename);
    const files = listTarball(tarball);
    console.log(`${packed.filename}: ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${files.length} files`);
    // From functions/, only the configuration declarations (and the pure modules they use) that pipeline-functions derives its props from.
    const declaration = (f: string) => /^dist\/functions\/([a-z-]+\/src\/config|shared\/(config|b2c-config|errors|url-policy))\.(js|d\.ts)$/.test(f);
    const forbidden = files.filter((f) => /(^|\/)(test|tests|__snapshots__|fixtures|bench|stacks|\.ci|\.github)\//.test(f) || (/^dist\/functions\//.test(f) && !declaration(f)) || /\.test\.|\.ts$(?<!\.d\.ts)/.test(f));
    check(forbidden.length === 0, `the tarball ships files it must not: ${forbidden.slice(0, 10).join(", ")}`);
    for (const f of ["LICENSE", "README.md", "package.json", "dist/tools/cli.js", "dist/constructs/index.d.ts", "dist/constructs/events/README.md", "dist/providers/oci/oci-7.27.0.schema.json", "dist/.gen/providers/oci/index.d.ts"]) {
      check(files.includes(f), `the tarball lacks ${f}`);
    }
    check(files.every((f) => ["LICENSE", "README.md", "package.json"].includes(f) || f.startsWith("dist/")), "the tarball ships files outside dist/");

    step(2);
    layOutApp(app);
    console.log(`main.ts is the program at ${consumerMain().where}; app in ${app}: ${readdirSync(app).sort().join(", ")}`);

    step(3);
    const cdktfPin = rootPkg.devDependencies.cdktf;
    run(app, "npm", ["install", "--no-audit", "--no-fund", tarball, `cdktf@${cdktfPin}`, "constructs@^10"], { env: npmEnv, inherit: true });
    // The template's dev tools; TypeScript at the repository's version so the test measures the package, not a compiler upgrade.
    run(app, "npm", ["install", "--no-audit", "--no-fund", "-D", `typescript@${rootPkg.devDependencies.typescript}`, "ts-node@^10", `@types/node@^${process.versions.node.split(".")[0]}`], { env: npmEnv, inherit: true });
    const newest = JSON.parse(run(app, "npm", ["view", "constructs@^10", "version", "--json"], { env: npmEnv }).stdout);
    const newestConstructs = Array.isArray(newest) ? newest[newest.length - 1] : newest;
    const installed = readJson(join(app, "node_modules", "constructs", "package.json")).version;
    check(installed === newestConstructs, `constructs ${installed} installed, newest 10.x is ${newestConstructs}`);
    const copies = run(app, "npm", ["ls", "constructs", "--all", "--parseable"], { env: npmEnv }).stdout.split("\n").filter(Boolean);
    check(new Set(copies).size === 1, `more than one constructs copy installed: ${copies.join(", ")}`);
    console.log(`one constructs ${installed} (newest 10.x), cdktf ${readJson(join(app, "node_modules", "cdktf", "package.json")).version}`);

    step(4);
    run(app, "npx", ["tsc"]);
    check(existsSync(join(app, "main.js")) && existsSync(join(app, "bad-input.js")), "tsc wrote no main.js / bad-input.js");

    step(5);
    run(app, "npx", ["tsc", "-p", "tsconfig.node16.json"]);
    run(app, "npx", ["tsc", "-p", "tsconfig.bundler.json"]);

    step(6);
    const nodeOut = join(app, "out-node");
    run(app, process.execPath, ["main.js"], { env: { CDKTF_OUTDIR: nodeOut } });
    const fromNode = stackDoc(nodeOut, "uploads-dev");

    step(7);
    const runner = readJson(join(app, "cdktf.json")).app as string;
    // What `cdktf synth` runs: the app command from cdktf.json, output in cdktf.out.
    run(app, "sh", ["-c", runner], { env: { CDKTF_OUTDIR: join(app, "cdktf.out") } });
    const fromTsNode = stackDoc(join(app, "cdktf.out"), "uploads-dev");
    check(JSON.stringify(fromNode) === JSON.stringify(fromTsNode), "node and ts-node synthesized different stacks");

    step(8);
    assertPipeline(fromTsNode);

    step(9);
    const valid = run(app, "npx", ["oci-pipelines", "validate"]);
    check(/1 stack\(s\) valid against the oracle\/oci schema: uploads-dev/.test(valid.stdout), `unexpected validate output: ${valid.stdout}`);
    console.log(valid.stdout.trim());
    const reviewed = run(app, "npx", ["oci-pipelines", "review", "--base", "out-node", "--head", "cdktf.out", "--format", "json"]);
    check(JSON.parse(reviewed.stdout).summary.add === 0, "review of two identical outputs reports additions");
    const help = run(app, "npx", ["oci-pipelines", "--help"]);
    check(/^ {2}validate /m.test(help.stdout) && /^ {2}review /m.test(help.stdout), `--help lists no subcommands: ${help.stdout}`);
    const unknown = run(app, "npx", ["oci-pipelines", "no-such-command"], { expect: 2 });
    check(unknown.stderr.includes('unknown command "no-such-command"'), `unclear unknown-command message: ${unknown.stderr}`);

    step(10);
    run(app, "npx", ["tsc", "-p", "tsconfig.esm.json"]);
    const esm = run(app, process.execPath, ["esm-check.mjs"], { env: { CDKTF_OUTDIR: join(app, "out-esm") } });
    console.log(esm.stdout.trim());

    step(11);
    const badOut = join(app, "out-bad");
    const bad = run(app, process.execPath, ["bad-input.js"], { env: { CDKTF_OUTDIR: badOut }, expect: 1 });
    // Both stacks' errors, sorted by construct path, in one report: the second stack's error is not hidden behind the first's.
    const messages = [
      'alerts-dev/alerts/email-oncall-at-example.com: endpoint = "oncall-at-example.com" is not allowed: must be an e-mail address',
      'uploads-dev/inbound: accessType = "ObjectRead" is not allowed: public buckets need the explicit opt-in allowPublicAccess: true',
    ];
    for (const message of messages) check(bad.stderr.includes(message), `the error does not say path, field, value and what is allowed:\n${bad.stderr}`);
    check(bad.stderr.startsWith("OCI construct validation failed: 2 error(s); nothing was written\n"), `the report does not start with its heading:\n${bad.stderr}`);
    const errorLines = bad.stderr.split("\n").filter((l) => l.includes(" is not allowed: "));
    check(errorLines.length === 2 && errorLines[0]!.startsWith("alerts-dev/") && errorLines[1]!.startsWith("uploads-dev/"), `expected the two errors, one line each, sorted by path:\n${bad.stderr}`);
    check(!/^\s+at /m.test(bad.stderr), `the report carries a stack trace:\n${bad.stderr}`);
    check(bad.stdout === "", `a refused synthesis printed to stdout:\n${bad.stdout}`);
    // cdktf may create the empty output folders before the guard refuses the app; no file may be written.
    const written = existsSync(badOut) ? readdirSync(badOut, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
    check(written.length === 0, `a rejected input still wrote ${written.join(", ")}`);
    console.log(`refused (exit ${bad.status}), both errors at once:\n  ${errorLines.join("\n  ")}`);

    failed = false;
    console.log(`\nconsumer test passed: ${STEPS.length} steps in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } catch (e) {
    console.error(`\nconsumer test FAILED at step ${current + 1}/${STEPS.length} (${STEPS[current]}):\n${e instanceof StepFailure ? e.message : (e as Error).stack}`);
    process.exitCode = 1;
  } finally {
    if (process.env.KEEP_CONSUMER_APP) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
    if (failed && !process.exitCode) process.exitCode = 1;
  }
}

main();
