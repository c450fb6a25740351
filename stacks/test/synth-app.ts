/** Synthesizes the whole app once per test file into a temp dir and loads every stack. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { buildApp } from "../app";
import { readSynthesizedStacks } from "../../tools/validate";
import { EnvironmentConfig } from "../environments";

export interface SynthesizedApp {
  outdir: string;
  stacks: Record<string, any>;
  cleanup(): void;
}

export function synthesizeApp(environments?: readonly EnvironmentConfig[]): SynthesizedApp {
  const outdir = mkdtempSync(join(tmpdir(), "pipeline-app-"));
  const app = new App({ outdir });
  buildApp(app, environments);
  app.synth();
  const stacks: Record<string, any> = {};
  for (const s of readSynthesizedStacks(outdir)) stacks[s.name] = s.doc;
  return { outdir, stacks, cleanup: () => rmSync(outdir, { recursive: true, force: true }) };
}

/** Every resource of a document as [address, type, body]. */
export function allResources(doc: any): Array<[string, string, any]> {
  const out: Array<[string, string, any]> = [];
  for (const [type, byName] of Object.entries<any>(doc.resource ?? {})) {
    for (const [name, body] of Object.entries<any>(byName)) out.push([`${type}.${name}`, type, body]);
  }
  return out;
}

/** A one-element block may render as an object or a one-element list. */
export const one = <T>(v: T | T[] | undefined): T | undefined => (Array.isArray(v) ? v[0] : v);
export const many = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
