/**
 * One measured synthesis in a fresh process:
 *   tsx bench/synth/child.ts <constructs|raw|app> <N> <outdir>
 * Prints {"seconds","resources","stacks","peakMiB"}: time of the construct +
 * synth phase and the peak RSS of this process.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App, TerraformStack } from "cdktf";
import { constructsApp, rawApp } from "./pipelines";
import { buildApp } from "../../stacks/app";
import { ENVIRONMENTS, stagingFrom } from "../../stacks/environments";

const [variant, nArg, outdir] = process.argv.slice(2);
const n = Number(nArg);
const started = process.hrtime.bigint();
const app = new App({ outdir });
if (variant === "constructs") constructsApp(app, n);
else if (variant === "raw") rawApp(app, n);
else if (variant === "app") buildApp(app, [...ENVIRONMENTS, stagingFrom(ENVIRONMENTS.find((e) => e.name === "prod")!)]);
else throw new Error(`unknown variant ${variant}`);
app.synth();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8"));
let resources = 0;
for (const s of Object.values<any>(manifest.stacks)) {
  const doc = JSON.parse(readFileSync(join(outdir, s.synthesizedStackPath), "utf8"));
  for (const byName of Object.values<any>(doc.resource ?? {})) resources += Object.keys(byName).length;
}
const stacks = app.node.findAll().filter((c) => TerraformStack.isStack(c)).length;
// tsx runs this file in a child of its own CLI process, so peak memory is read here, not by the parent.
console.log(JSON.stringify({ seconds, resources, stacks, peakMiB: process.resourceUsage().maxRSS / 1024 }));
