/**
 * No secret in any output: every golden report (markdown and JSON) is scanned
 * for the secret values planted in the fixtures, for the secret part of each
 * (a webhook path, a token, a password), and for every value the project's
 * credential rule flags anywhere in the fixtures. And nothing that is not a
 * secret is masked.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { credentialReason, redactText } from "../../../constructs/core/secrets";
import { FIXTURES, GOLDEN, PAIR_CASES, PLAN_CASES, SYNTH_CASES } from "./helpers";

/** Values planted in the fixtures, each with the parts that must not leak on their own. */
const PLANTED: ReadonlyArray<readonly [string, ...string[]]> = [
  // pairs/secrets-risky.json
  ["https://hooks.slack.com/services/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", "T0PLANTED1/B0PLANTED2", "pLaNtEdSlAcKwEbHoOk42xyz"],
  ["https://events.pagerduty.com/integration/0f1e2d3c4b5a69788796a5b4c3d2e1f0/enqueue", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"],
  ["https://hooks.example.com/notify?token=planted-query-token-7781", "planted-query-token-7781"],
  ["Pl4nted-Db-Passw0rd!"],
  ["Basic cGxhbnRlZC11c2VyOnBsYW50ZWQtcGFzcw==", "cGxhbnRlZC11c2VyOnBsYW50ZWQtcGFzcw"],
  ["ghp_PlantedGithubToken0123456789abcdefXYZ", "PlantedGithubToken"],
  ["MIIEpAIBAAKCAQEAplantedplantedplantedKEYMATERIAL"],
  ["cGxhbnRlZC1zZWNyZXQtY29udGVudA=="],
  // plans/rate-limit-removed.json (literal) and rate-limit-kept.json (a sensitive variable, also in the plan's `variables`)
  ["https://hooks.slack.com/services/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c", "T0PLANTED3/B0PLANTED4", "plAnTeDpLaNsLaCkHoOk77abc"],
  ["https://events.pagerduty.com/integration/a1b2c3d4e5f60718293a4b5c6d7e8f90/enqueue", "a1b2c3d4e5f60718293a4b5c6d7e8f90"],
  // plans/plan-changes.json (the real plan: a PagerDuty-style URL with its key in the path)
  ["https://events.pagerduty.com/integration/abc123/enqueue", "/integration/abc123"],
  // synth/add
  ["hunter2-literal-secret"],
  ["http://hook:Sup3rS3cretPass@alerts.example.com/notify", "Sup3rS3cretPass"],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every string in the fixtures the credential rule flags under its own key. */
function flaggedFixtureValues(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, key: string): void => {
    if (typeof v === "string") {
      if (credentialReason(key, v)) out.add(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  for (const file of files(FIXTURES).filter((f) => f.endsWith(".json"))) walk(JSON.parse(readFileSync(file, "utf8")), "");
  return [...out];
}

const goldens = files(GOLDEN).filter((f) => /\.(md|json)$/.test(f));
const FLAGGED = flaggedFixtureValues();
const forms = (s: string) => [s, JSON.stringify(s).slice(1, -1)];

test("every case has a markdown and a JSON golden report", () => {
  const names = [...SYNTH_CASES, ...PAIR_CASES, ...PLAN_CASES];
  for (const name of names) for (const ext of ["md", "json"]) expect(existsSync(join(GOLDEN, `${name}.${ext}`))).toBe(true);
  expect(goldens).toHaveLength(names.length * 2);
});

test("the planted secrets are in the fixtures, and the credential rule flags each", () => {
  const fixtures = files(FIXTURES).map((f) => readFileSync(f, "utf8")).join("\n");
  for (const [secret] of PLANTED) {
    expect({ secret, inFixtures: forms(secret).some((f) => fixtures.includes(f)) }).toEqual({ secret, inFixtures: true });
    // A flagged value (the PEM material is inside one), or a credential by shape inside free text (the token in a description).
    expect({ secret, flagged: FLAGGED.some((v) => v.includes(secret)) || redactText(secret) !== secret }).toEqual({ secret, flagged: true });
  }
});

describe.each(goldens.map((g) => [g.slice(GOLDEN.length + 1), g]))("%s", (_name, file) => {
  const text = readFileSync(file, "utf8");

  test("contains no planted secret, nor any part of one", () => {
    for (const parts of PLANTED) for (const part of parts) for (const form of forms(part)) expect({ leaked: part, found: text.includes(form) }).toEqual({ leaked: part, found: false });
  });

  test("contains no value the credential rule flags in the fixtures", () => {
    for (const value of FLAGGED) for (const form of forms(value)) expect({ leaked: value, found: text.includes(form) }).toEqual({ leaked: value, found: false });
  });
});

describe("nothing that is not a secret is masked", () => {
  const read = (name: string) => readFileSync(join(GOLDEN, name), "utf8");

  test("cache-key parameters, TTLs, secret OCIDs and references stay readable", () => {
    const md = read("secrets-benign.md");
    expect(md).toContain('parameters.apiKey = "request.query[api_key]"');
    expect(md).toContain('config.SECRET_CACHE_TTL_SECONDS = "600"');
    expect(md).toContain('config.DB_PASSWORD_SECRET_OCID = "ocid1.vaultsecret.oc1.eu-amsterdam-1.amaaaaaaexampledbpassword"');
    expect(md).toContain('secret_content.content = "${base64encode(var.b2c_credentials)}"');
    expect(md).not.toContain("(sensitive)");
    expect(md).not.toContain("redacted");
  });

  test("masked URLs keep scheme and host, other secrets show as (sensitive)", () => {
    const md = read("secrets-risky.md");
    expect(md).toContain('endpoint = "https://hooks.slack.com/(rest redacted)"');
    expect(md).toContain('endpoint = "https://events.pagerduty.com/(rest redacted)"');
    expect(md).toContain("config.DB_PASSWORD = (sensitive)");
    expect(md).toContain("config.SIGNING_KEY = (sensitive)");
    expect(md).toContain("secret_content.content = (sensitive)");
    // Not a secret by name, but the token inside the description is one by shape.
    expect(md).toMatch(/description = "Resource changes; escalations use <redacted, \d+ characters>"/);
  });
});
