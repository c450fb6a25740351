import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../cli";

function capture(): { out: () => string; err: () => string; restore: () => void } {
  let out = "";
  let err = "";
  const log = jest.spyOn(console, "log").mockImplementation((...a: unknown[]) => void (out += `${a.join(" ")}\n`));
  const error = jest.spyOn(console, "error").mockImplementation((...a: unknown[]) => void (err += `${a.join(" ")}\n`));
  // review writes to the streams directly.
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation((t: string | Uint8Array) => ((out += String(t)), true));
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation((t: string | Uint8Array) => ((err += String(t)), true));
  return { out: () => out, err: () => err, restore: () => (log.mockRestore(), error.mockRestore(), stdout.mockRestore(), stderr.mockRestore()) };
}

test("--help lists every subcommand and exits 0; no command exits 2 with the usage", async () => {
  const io = capture();
  try {
    expect(await main(["--help"])).toBe(0);
    expect(io.out()).toMatch(/Usage: oci-pipelines <command>/);
    expect(io.out()).toMatch(/^ {2}validate /m);
    expect(io.out()).toMatch(/^ {2}review /m);
    expect(await main([])).toBe(2);
    expect(io.err()).toMatch(/Usage: oci-pipelines <command>/);
  } finally {
    io.restore();
  }
});

test("an unknown subcommand exits 2 and names the known ones", async () => {
  const io = capture();
  try {
    expect(await main(["simulat"])).toBe(2);
    expect(await main(["toString"])).toBe(2);
    expect(io.err()).toContain('unknown command "simulat" (commands: validate, review, simulate, orm)');
  } finally {
    io.restore();
  }
});

test("validate and review get the arguments after their name and return their exit codes", async () => {
  const dir = mkdtempSync(join(tmpdir(), "oci-pipelines-cli-"));
  const io = capture();
  try {
    const stack = join(dir, "stacks", "s-dev");
    mkdirSync(stack, { recursive: true });
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({ stacks: { "s-dev": { name: "s-dev", synthesizedStackPath: "stacks/s-dev/cdk.tf.json" } } }));
    writeFileSync(join(stack, "cdk.tf.json"), JSON.stringify({ resource: { oci_ons_notification_topic: { t: { name: "t" } } } }));
    expect(await main(["validate", dir])).toBe(1);
    expect(io.err()).toContain("s-dev: oci_ons_notification_topic.t at compartment_id: [missing-required]");
    writeFileSync(join(stack, "cdk.tf.json"), JSON.stringify({ resource: { oci_ons_notification_topic: { t: { name: "t", compartment_id: "ocid1.compartment.oc1..x" } } } }));
    expect(await main(["validate", dir])).toBe(0);
    expect(io.out()).toContain("1 stack(s) valid against the oracle/oci schema: s-dev");
    expect(await main(["validate", join(dir, "missing")])).toBe(2);
    expect(await main(["review", "--fail-on", "nothing", "--base", dir, "--head", dir])).toBe(2);
    expect(io.err()).toContain('review: --fail-on: unknown condition "nothing"');
    expect(await main(["review", "--base", dir, "--head", dir, "--format", "json"])).toBe(0);
    expect(JSON.parse(io.out().slice(io.out().indexOf("{"))).summary).toMatchObject({ add: 0, destroy: 0 });
  } finally {
    io.restore();
    rmSync(dir, { recursive: true, force: true });
  }
});
