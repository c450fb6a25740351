import { mkdtempSync, readFileSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { buildApp, synthesizeAll } from "../../../stacks/app";
import { formatIssues, listSynthesizedStacks, validateSynthOutput } from "../index";

describe("every stack the app synthesizes", () => {
  const outdir = mkdtempSync(join(tmpdir(), "synth-"));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  beforeAll(() => {
    const app = new App({ outdir });
    buildApp(app);
    synthesizeAll(app);
  });

  test("passes the offline validator", () => {
    const issues = validateSynthOutput(outdir);
    expect(formatIssues(issues)).toBe("");
    expect(listSynthesizedStacks(outdir).length).toBeGreaterThanOrEqual(2);
  });

  test("pins oracle/oci 7.27 in required_providers", () => {
    for (const s of listSynthesizedStacks(outdir)) {
      const doc = JSON.parse(readFileSync(s.file, "utf8"));
      expect({ stack: s.name, oci: doc.terraform.required_providers.oci }).toEqual({ stack: s.name, oci: { source: "oracle/oci", version: "7.27.0" } });
    }
  });

  test("a construct validation error writes no output at all", () => {
    const failing = mkdtempSync(join(tmpdir(), "synth-fail-"));
    try {
      const app = new App({ outdir: failing });
      const stacks = buildApp(app);
      const last = stacks[stacks.length - 1]; // cdktf alone would already have written the earlier stacks
      last.node.addValidation({ validate: () => ["broken on purpose"] });
      expect(() => synthesizeAll(app)).toThrow(/broken on purpose/);
      // cdktf creates the empty folders when the App is constructed; no file may be written.
      expect(filesUnder(failing)).toEqual([]);
    } finally {
      rmSync(failing, { recursive: true, force: true });
    }
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => e.name);
}
