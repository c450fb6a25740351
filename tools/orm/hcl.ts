/**
 * Renders Terraform `variable` blocks as HCL (`variables.tf`) from their JSON form
 * (`cdk.tf.json`), formatted the way `terraform fmt` writes them. Resource Manager
 * requires at least one `.tf` file in a configuration, and its console reads the
 * variables it shows from the configuration.
 * https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/terraformconfigresourcemanager.htm
 */

/** A `variable` block as Terraform's JSON syntax writes it. */
export interface JsonVariable {
  type?: string;
  description?: string;
  default?: unknown;
  sensitive?: boolean;
  nullable?: boolean;
  validation?: Array<{ condition: string; error_message: string }>;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// A type constraint: keywords, parentheses, braces and object attribute names.
const TYPE_EXPRESSION = /^[A-Za-z0-9_(){}[\]=,:\s"]+$/;

/** An HCL quoted string whose content is literal (template sequences escaped). */
export function hclString(value: string): string {
  return JSON.stringify(value).replace(/\$\{/g, "$${").replace(/%\{/g, "%%{");
}

/** A JSON value as an HCL literal expression. */
export function hclValue(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return hclString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(hclValue).join(", ")}]`;
  if (typeof value === "object") {
    const items = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)} = ${hclValue(v)}`);
    return items.length ? `{ ${items.join(", ")} }` : "{}";
  }
  throw new Error(`cannot render ${typeof value} as HCL`);
}

/**
 * A JSON-syntax expression string as HCL: `${expr}` alone is the expression itself;
 * anything else is a string template and stays quoted (its interpolations kept).
 */
export function hclExpression(json: string): string {
  const m = /^\$\{([\s\S]*)\}$/.exec(json);
  if (m && !m[1].includes("${")) return m[1].trim();
  return JSON.stringify(json);
}

function typeExpression(type: string): string {
  const t = hclExpression(type);
  const raw = t.startsWith('"') ? type : t;
  if (!TYPE_EXPRESSION.test(raw)) throw new Error(`unsupported variable type ${JSON.stringify(type)}`);
  return raw;
}

/** `key = value` lines with the `=` aligned, as `terraform fmt` aligns consecutive attributes. */
function attributes(pairs: Array<[string, string]>, indent: string): string[] {
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${indent}${k.padEnd(width)} = ${v}`);
}

export function renderVariable(name: string, v: JsonVariable): string {
  if (!IDENTIFIER.test(name)) throw new Error(`variable name ${JSON.stringify(name)} is not a Terraform identifier`);
  const pairs: Array<[string, string]> = [];
  if (v.type !== undefined) pairs.push(["type", typeExpression(v.type)]);
  if (v.description !== undefined) pairs.push(["description", hclString(v.description)]);
  if (v.default !== undefined) pairs.push(["default", hclValue(v.default)]);
  if (v.sensitive !== undefined) pairs.push(["sensitive", String(v.sensitive)]);
  if (v.nullable !== undefined) pairs.push(["nullable", String(v.nullable)]);
  const lines = [`variable "${name}" {`];
  if (pairs.length) lines.push(...attributes(pairs, "  "));
  for (const rule of v.validation ?? []) {
    if (lines.length > 1) lines.push("");
    lines.push("  validation {", ...attributes([["condition", hclExpression(rule.condition)], ["error_message", hclString(rule.error_message)]], "    "), "  }");
  }
  lines.push("}");
  return lines.join("\n");
}

/** A whole `variables.tf`: a comment header, then one block per variable in the given order. */
export function renderVariablesTf(variables: Record<string, JsonVariable>, header: readonly string[]): string {
  const blocks = Object.entries(variables).map(([name, v]) => renderVariable(name, v));
  return `${header.map((l) => `# ${l}`).join("\n")}\n\n${blocks.join("\n\n")}\n`;
}
