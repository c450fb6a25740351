/**
 * The Resource Manager schema document (`schema.yaml`) of a packaged stack: each input
 * with its title and description, secrets as password fields marked `sensitive`, the
 * variables Resource Manager fills in itself hidden, and the stack's outputs on the
 * Application information tab.
 * https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/terraformconfigresourcemanager_topic-schema.htm
 */
import type { JsonVariable } from "./hcl";

/** Variables Resource Manager sets itself for a stack (its region and tenancy). */
export const ORM_VARIABLES = ["region", "tenancy_ocid"] as const;

export interface SchemaOutput {
  readonly description?: string;
  readonly sensitive?: boolean;
}

// YAML double-quoted scalars accept JSON string syntax, so every string is written as JSON.
const q = (s: string) => JSON.stringify(s);

function baseType(type: string | undefined): "string" | "number" | "bool" | undefined {
  const t = (type ?? "string").replace(/^\$\{([\s\S]*)\}$/, "$1").trim();
  return t === "string" || t === "number" || t === "bool" ? t : undefined;
}

function variableEntry(name: string, v: JsonVariable): string[] {
  const base = baseType(v.type);
  // Resource Manager's field types must agree with the Terraform type; other types keep the
  // console's default text field (no schema entry) rather than a type that would not match.
  if (!base) return [];
  const type = name === "region" ? "oci:identity:region:name" : base === "bool" ? "boolean" : base === "number" ? "number" : v.sensitive ? "password" : "string";
  const lines = [`  ${name}:`, `    type: ${type}`, `    title: ${q(name)}`];
  if (v.description) lines.push(`    description: ${q(v.description)}`);
  lines.push(`    required: ${v.default === undefined}`);
  if (v.default !== undefined && !v.sensitive && (typeof v.default === "string" || typeof v.default === "number" || typeof v.default === "boolean")) {
    lines.push(`    default: ${typeof v.default === "string" ? q(v.default) : String(v.default)}`);
  }
  if (v.sensitive) lines.push("    sensitive: true");
  return lines;
}

export function renderSchemaYaml(props: {
  readonly stack: string;
  readonly description: string;
  readonly variables: Record<string, JsonVariable>;
  readonly outputs: Record<string, SchemaOutput>;
}): string {
  const names = Object.keys(props.variables);
  const managed = names.filter((n) => (ORM_VARIABLES as readonly string[]).includes(n));
  const secrets = names.filter((n) => !managed.includes(n) && props.variables[n].sensitive);
  const inputs = names.filter((n) => !managed.includes(n) && !props.variables[n].sensitive);
  const group = (title: string, vars: string[], visible = true) =>
    vars.length ? [`  - title: ${q(title)}`, ...(visible ? [] : ["    visible: false"]), "    variables:", ...vars.map((v) => `      - ${v}`)] : [];

  const lines = [
    `# Resource Manager schema document for the cdktf stack ${props.stack}, written by \`oci-pipelines orm package\`.`,
    `title: ${q(props.stack)}`,
    `description: ${q(props.description)}`,
    `schemaVersion: "1.1.0"`,
    `version: "20190304"`,
    `locale: "en"`,
    "variableGroups:",
    ...group("Secrets (sensitive, no default)", secrets),
    ...group("Inputs", inputs),
    ...group("Set by Resource Manager", managed, false),
    "variables:",
    ...names.flatMap((n) => variableEntry(n, props.variables[n])),
  ];
  const outputs = Object.entries(props.outputs);
  if (outputs.length) {
    lines.push("outputs:");
    for (const [name, o] of outputs) {
      lines.push(`  ${name}:`, "    type: copyableString", `    title: ${q(name)}`);
      if (o.description) lines.push(`    description: ${q(o.description)}`);
      if (o.sensitive) lines.push("    sensitive: true");
    }
  }
  return `${lines.join("\n")}\n`;
}
