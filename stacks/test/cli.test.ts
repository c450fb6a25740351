/**
 * The synthesis command lines, as users run them: `tsx main.ts` (what
 * `npm run synth` runs) and `cdktf synth` (cdktf.json's app), with the real
 * configuration and with a broken one (fixtures/bad-main.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { formatIssues, listSynthesizedStacks, validateSynthOutput } from "../../tools/validate";

const ROOT = resolve(__dirname, "../..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CDKTF = join(ROOT, "node_modules", ".bin", "cdktf");
const BAD = join(ROOT, "stacks", "test", "fixtures", "bad-main.ts");

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "oci-synth-cli-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const { OCI_PIPELINES_DEBUG: _debug, ...inherited } = process.env;
  const result = spawnSync(command, args, { cwd, env: { ...inherited, CHECKPOINT_DISABLE: "1", ...env }, encoding: "utf8", timeout: 240_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const filesUnder = (dir: string) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

/** The lines the broken configuration must produce, all of them (13 errors in 8 stacks of 2 environments). */
const EXPECTED = [
  "OCI construct validation failed: 13 error(s); nothing was written",
  'alarm-incident-dev/handler-alarms/email-mailto:platform-dev@example.com: endpoint = "mailto:platform-dev@example.com" is not allowed: must be an e-mail address (name@domain.tld, at most 254 characters): drop the mailto: prefix',
  'foundation-prod/network: cidrBlock = "10.0.0.0/8" is not allowed: OCI allows VCN CIDR blocks from /16 to /30 (e.g. 10.0.0.0/16, not 10.0.0.0/8)',
  'resource-alerts-dev/alerts/email-mailto:platform-dev@example.com: endpoint = "mailto:platform-dev@example.com" is not allowed: must be an e-mail address (name@domain.tld, at most 254 characters): drop the mailto: prefix',
  'resource-alerts-dev/bucket-audit: settings.targetUrl = "https://hooks.slack.com/(rest redacted)" is not allowed: the value is a Slack webhook URL (the URL is the credential): function configuration is plain text in the plan and the console; keep credentials in a Vault secret (or set allowPlaintextConfig: true to opt out)',
  `sms-webhook-dev/sms-handler: image = "iad.ocir.io/examplens/pipeline/sms-to-incident:0.1.0" is not allowed: must be in OCIR of the application's region eu-frankfurt-1 (fra.ocir.io) (OCI Functions pulls from the same region only); iad.ocir.io is us-ashburn-1`,
];

/** `copies`: how often the tool prints the report (the cdktf CLI echoes the app's stderr once more). */
function expectRefused(output: string, copies = 1): void {
  for (const line of EXPECTED) expect(output).toContain(line);
  const lines = output.split("\n").filter((l) => / is not allowed: /.test(l));
  expect(lines).toHaveLength(13 * copies);
  expect(new Set(lines).size).toBe(13);
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toContain("LEAKEDSECRET");
}

describe("tsx main.ts (npm run synth)", () => {
  test("the real configuration: every stack written, valid against the schema", () => {
    const { status, stderr } = run(TSX, ["main.ts"], { CDKTF_OUTDIR: work });
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    expect(listSynthesizedStacks(work)).toHaveLength(14);
    expect(formatIssues(validateSynthOutput(work))).toBe("");
  });

  test("a broken configuration: exit code 1, every error once per line, no stack trace, no secret, nothing written", () => {
    const { status, stdout, stderr } = run(TSX, [BAD], { CDKTF_OUTDIR: work });
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expectRefused(stderr);
    expect(filesUnder(work)).toEqual([]);
  });

  test("OCI_PIPELINES_DEBUG=1 shows where each error was raised", () => {
    const { status, stderr } = run(TSX, [BAD], { CDKTF_OUTDIR: work, OCI_PIPELINES_DEBUG: "1" });
    expect(status).toBe(1);
    expect(stderr).toMatch(/foundation-prod\/network: cidrBlock = "10\.0\.0\.0\/8" is not allowed[^\n]*\n\s+at reject /);
    expect(stderr).not.toContain("LEAKEDSECRET");
  });
});

describe("cdktf synth (cdktf.json's app)", () => {
  test("a broken configuration: cdktf synth exits non-zero with every error and writes no stack", () => {
    // Outside the project folder, tsx needs the project's tsconfig to map oci-event-pipelines/<module> to the sources (the built dist/ may not exist).
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app: `${TSX} --tsconfig ${join(ROOT, "tsconfig.json")} ${BAD}`, sendCrashReports: "false" }));
    const { status, stdout, stderr } = run(CDKTF, ["synth"], {}, work);
    expect(status).not.toBe(0);
    expectRefused(`${stdout}\n${stderr}`.replace(/^ {4}/gm, ""), 2);
    expect(filesUnder(join(work, "cdktf.out"))).toEqual([]);
  });
});
