/** Where the committed provider schema subset lives, shared by the scripts and the validator. */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..");
export const PROVIDER_DIR = join(ROOT, "providers", "oci");
export const BINDINGS_DIR = join(ROOT, ".gen", "providers", "oci");

export interface TypeList {
  provider: string;
  resources: string[];
  dataSources: string[];
}

export function readTypeList(): TypeList {
  return JSON.parse(readFileSync(join(PROVIDER_DIR, "types.json"), "utf8"));
}

export const schemaFileName = (version: string) => `oci-${version}.schema.json`;

/** The single committed subset file (its name carries the provider version). */
export function schemaSubsetPath(): string {
  const files = readdirSync(PROVIDER_DIR).filter((f) => /^oci-\d+\.\d+\.\d+\.schema\.json$/.test(f));
  if (files.length !== 1) throw new Error(`expected exactly one oci-<version>.schema.json in ${PROVIDER_DIR}, found ${files.length}`);
  return join(PROVIDER_DIR, files[0]);
}
