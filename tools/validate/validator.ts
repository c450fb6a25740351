/**
 * Offline validation of a synthesized cdk.tf.json against the committed
 * oracle/oci provider schema: the checks `terraform validate` makes on
 * resource and data-source bodies, without a provider binary.
 */
import { readFileSync } from "node:fs";
import { findReferenceCycles } from "./cycles";
import { ProviderSchemaFile, SchemaBlock, SchemaType } from "./schema";

export type Rule =
  | "unknown-type"
  | "unknown-attribute"
  | "missing-required"
  | "type-mismatch"
  | "block-items"
  | "computed-only"
  | "unknown-provider"
  | "reference-cycle";

export interface ValidationIssue {
  stack: string;
  /** Terraform address, e.g. `oci_events_rule.alerts` or `data.oci_identity_tenancy.t`. */
  address: string;
  /** Attribute path inside the body, e.g. `actions[0].actions[1].topic_id`; empty for the whole resource. */
  path: string;
  rule: Rule;
  message: string;
}

/** Keys Terraform itself interprets on every resource / data source. */
const META_ARGUMENTS = new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "connection", "provisioner", "//"]);

const isExpression = (v: unknown): boolean => typeof v === "string" && v.includes("${");

export class SchemaValidator {
  private readonly resources: Record<string, { block: SchemaBlock }>;
  private readonly dataSources: Record<string, { block: SchemaBlock }>;
  private readonly providerBlock: SchemaBlock;
  private readonly providerName: string;

  constructor(schema: ProviderSchemaFile) {
    const [fqpn, provider] = Object.entries(schema.provider_schemas)[0];
    this.resources = provider.resource_schemas;
    this.dataSources = provider.data_source_schemas;
    this.providerBlock = provider.provider.block;
    this.providerName = fqpn.split("/").pop()!;
  }

  static fromFile(file: string): SchemaValidator {
    return new SchemaValidator(JSON.parse(readFileSync(file, "utf8")));
  }

  /** Validates one synthesized document; returns every issue found (empty when valid). */
  validate(doc: any, stack: string): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    const sections: Array<["resource" | "data", Record<string, { block: SchemaBlock }>]> = [
      ["resource", this.resources],
      ["data", this.dataSources],
    ];
    for (const [section, schemas] of sections) {
      for (const [type, instances] of Object.entries<any>(doc?.[section] ?? {})) {
        const prefix = section === "data" ? `data.${type}` : type;
        const ownProvider = type.startsWith(`${this.providerName}_`);
        for (const [name, body] of Object.entries<any>(instances ?? {})) {
          const address = `${prefix}.${name}`;
          if (!ownProvider) continue; // other providers (e.g. terraform_remote_state) are not ours to check
          const schema = schemas[type];
          if (!schema) {
            issues.push({ stack, address, path: "", rule: "unknown-type", message: `${section === "data" ? "data source" : "resource"} type "${type}" is not in the ${this.providerName} provider schema` });
            continue;
          }
          this.checkBlock(schema.block, body, "", { stack, address }, issues, true);
        }
      }
    }
    for (const cycle of findReferenceCycles(doc)) {
      issues.push({ stack, address: cycle[0], path: "", rule: "reference-cycle", message: `cycle: ${cycle.join(" -> ")}` });
    }
    for (const [name, configs] of Object.entries<any>(doc?.provider ?? {})) {
      if (name !== this.providerName) continue;
      (Array.isArray(configs) ? configs : [configs]).forEach((cfg: any, i: number) => {
        const { alias: _alias, ...rest } = cfg ?? {};
        this.checkBlock(this.providerBlock, rest, "", { stack, address: `provider.${name}[${i}]` }, issues, false);
      });
    }
    return issues;
  }

  private checkBlock(block: SchemaBlock, body: any, path: string, at: { stack: string; address: string }, issues: ValidationIssue[], topLevel: boolean) {
    const push = (rule: Rule, p: string, message: string) => issues.push({ ...at, path: p, rule, message });
    if (isExpression(body)) return;
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      push("type-mismatch", path, `expected a block (object), got ${describe(body)}`);
      return;
    }
    const attrs = block.attributes ?? {};
    const blocks = block.block_types ?? {};
    const join = (k: string) => (path ? `${path}.${k}` : k);

    for (const [key, value] of Object.entries<any>(body)) {
      if (topLevel && META_ARGUMENTS.has(key)) continue;
      if (key === "dynamic") {
        for (const [dynName, dyn] of Object.entries<any>(value ?? {})) {
          if (!blocks[dynName]) push("unknown-attribute", join(`dynamic.${dynName}`), `dynamic block "${dynName}" is not a block of this ${topLevel ? "resource" : "block"}`);
          else if (dyn?.content) this.checkBlock(blocks[dynName].block, dyn.content, join(`dynamic.${dynName}.content`), at, issues, false);
        }
        continue;
      }
      const attr = attrs[key];
      if (attr) {
        if (attr.computed && !attr.optional && !attr.required) {
          push("computed-only", join(key), `"${key}" is computed by the provider and cannot be set`);
          continue;
        }
        if (value === null) continue;
        const err = conversionError(attr.type, value);
        if (err) push("type-mismatch", join(key + err.at), `cannot convert ${err.got} to ${typeName(err.type)}`);
        continue;
      }
      const bt = blocks[key];
      if (!bt) {
        push("unknown-attribute", join(key), `unsupported argument or block "${key}"`);
        continue;
      }
      if (isExpression(value)) continue;
      if (bt.nesting_mode === "single" || bt.nesting_mode === "group") {
        const item = Array.isArray(value) ? value : [value];
        if (item.length > 1) push("block-items", join(key), `block "${key}" takes a single block, got ${item.length}`);
        item.forEach((v, i) => this.checkBlock(bt.block, v, Array.isArray(value) ? join(`${key}[${i}]`) : join(key), at, issues, false));
        continue;
      }
      if (bt.nesting_mode === "map") {
        for (const [mk, mv] of Object.entries<any>(value ?? {})) this.checkBlock(bt.block, mv, join(`${key}["${mk}"]`), at, issues, false);
        continue;
      }
      const items: any[] = Array.isArray(value) ? value : [value];
      const dynamicCount = items.some(isExpression);
      if (!dynamicCount) {
        if (bt.min_items && items.length < bt.min_items) push("block-items", join(key), `block "${key}" needs at least ${bt.min_items} item(s), got ${items.length}`);
        if (bt.max_items && items.length > bt.max_items) push("block-items", join(key), `block "${key}" allows at most ${bt.max_items} item(s), got ${items.length}`);
      }
      items.forEach((v, i) => this.checkBlock(bt.block, v, join(`${key}[${i}]`), at, issues, false));
    }

    for (const [key, attr] of Object.entries(attrs)) {
      if (attr.required && (body[key] === undefined || body[key] === null)) push("missing-required", join(key), `the argument "${key}" is required, but no definition was found`);
    }
    for (const [key, bt] of Object.entries(blocks)) {
      const present = body[key] !== undefined || body.dynamic?.[key] !== undefined;
      if (bt.min_items && bt.min_items > 0 && !present) push("missing-required", join(key), `at least ${bt.min_items} "${key}" block(s) required`);
    }
  }
}

interface ConversionError {
  at: string;
  got: string;
  type: SchemaType;
}

/** Can `value` convert to `type` under Terraform's conversion rules? Returns where it cannot. */
export function conversionError(type: SchemaType, value: unknown, at = ""): ConversionError | undefined {
  if (value === null || isExpression(value)) return undefined;
  const bad = (): ConversionError => ({ at, got: describe(value), type });
  if (type === "dynamic") return undefined;
  if (type === "string") return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? undefined : bad();
  if (type === "number") {
    if (typeof value === "number") return Number.isFinite(value) ? undefined : bad();
    return typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) ? undefined : bad();
  }
  if (type === "bool") return typeof value === "boolean" || value === "true" || value === "false" ? undefined : bad();
  const [kind, inner] = type as [string, any];
  if (kind === "list" || kind === "set") {
    if (!Array.isArray(value)) return bad();
    for (let i = 0; i < value.length; i++) {
      const e = conversionError(inner, value[i], `${at}[${i}]`);
      if (e) return e;
    }
    return undefined;
  }
  if (kind === "tuple") {
    if (!Array.isArray(value) || value.length !== inner.length) return bad();
    for (let i = 0; i < value.length; i++) {
      const e = conversionError(inner[i], value[i], `${at}[${i}]`);
      if (e) return e;
    }
    return undefined;
  }
  if (kind === "map" || kind === "object") {
    if (typeof value !== "object" || Array.isArray(value)) return bad();
    for (const [k, v] of Object.entries(value as object)) {
      if (kind === "object" && !(k in inner)) return { at: `${at}.${k}`, got: `an unexpected attribute "${k}"`, type };
      const e = conversionError(kind === "map" ? inner : inner[k], v, `${at}["${k}"]`);
      if (e) return e;
    }
    return undefined;
  }
  return undefined;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return "a list";
  if (v === null) return "null";
  if (typeof v === "object") return "an object";
  return `${typeof v} ${JSON.stringify(v)}`;
}

function typeName(t: SchemaType): string {
  if (typeof t === "string") return t;
  if (t[0] === "object") return "object";
  return `${t[0]}(${typeName(t[1] as SchemaType)})`;
}
