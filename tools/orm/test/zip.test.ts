import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, readZip, writeZip } from "../zip";

const python = spawnSync("python3", ["--version"]).status === 0;

describe("zip archives", () => {
  test("CRC-32 matches the standard check value", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  test("what is written reads back byte for byte, deflated when that is smaller and stored otherwise", () => {
    const text = Buffer.from(JSON.stringify({ resource: Array.from({ length: 50 }, (_, i) => ({ name: `topic-${i}` })) }));
    const tiny = Buffer.from("x");
    const zip = writeZip([
      { name: "main.tf.json", data: text },
      { name: "a.tf", data: tiny },
      { name: "empty.yaml", data: Buffer.alloc(0) },
    ]);
    const back = readZip(zip);
    expect(back.map((e) => e.name)).toEqual(["main.tf.json", "a.tf", "empty.yaml"]);
    expect(back[0].data.equals(text)).toBe(true);
    expect(back[1].data.equals(tiny)).toBe(true);
    expect(back[2].data.length).toBe(0);
    // compression method of each entry, from its local header
    const methods = [...zip.toString("latin1").matchAll(/PK\x03\x04/g)].map((m) => zip.readUInt16LE(m.index! + 8));
    expect(methods).toEqual([8, 0, 0]);
    expect(zip.length).toBeLessThan(text.length);
  });

  test("the same entries always give the same bytes", () => {
    const entries = [{ name: "main.tf.json", data: Buffer.from("{}") }];
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true);
  });

  test("a corrupted entry is refused (CRC-32), and so are unsafe names", () => {
    const zip = writeZip([{ name: "variables.tf", data: Buffer.from('variable "a" {}\n') }]);
    const broken = Buffer.from(zip);
    broken[30 + "variables.tf".length] ^= 0xff; // first byte of the (stored) data
    expect(() => readZip(broken)).toThrow(/CRC-32 mismatch/);
    expect(() => readZip(Buffer.from("not a zip"))).toThrow(/not a zip archive/);
    expect(() => writeZip([{ name: "../escape.tf", data: Buffer.alloc(1) }])).toThrow(/invalid zip entry name/);
    expect(() => writeZip([{ name: "a.tf", data: Buffer.alloc(1) }, { name: "a.tf", data: Buffer.alloc(1) }])).toThrow(/duplicate/);
  });

  (python ? test : test.skip)("python's zipfile lists and tests the archive (independent reader)", () => {
    const dir = mkdtempSync(join(tmpdir(), "orm-zip-"));
    try {
      const file = join(dir, "stack.zip");
      const main = Buffer.from(JSON.stringify({ terraform: { required_providers: { oci: { source: "oracle/oci" } } } }, null, 2).repeat(20));
      writeFileSync(file, writeZip([{ name: "main.tf.json", data: main }, { name: "variables.tf", data: Buffer.from('variable "region" {}\n') }]));
      const listing = execFileSync("python3", ["-m", "zipfile", "-l", file], { encoding: "utf8" });
      expect(listing).toMatch(/main\.tf\.json\s+1980-01-01 00:00:00\s+\d+/);
      expect(listing).toMatch(/variables\.tf/);
      // -t reads every entry and checks its CRC-32
      expect(execFileSync("python3", ["-m", "zipfile", "-t", file], { encoding: "utf8" })).toMatch(/Done testing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
