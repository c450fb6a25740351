/**
 * `where` conditions of a policy statement: `variable = 'value'` or
 * `variable != 'value'`, combined with ALL {...} / ANY {...}.
 */
/** Policy conditions use request.* and target.*; dynamic-group matching rules use resource.* and instance.*. */
const VARIABLE = /^(request|target|resource|instance)\.[a-z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9-]*)*$/;

export class Condition {
  /** `variable = 'value'` */
  static eq(variable: string, value: string): Condition {
    return new Condition(variable, "=", value);
  }
  /** `variable != 'value'` */
  static notEq(variable: string, value: string): Condition {
    return new Condition(variable, "!=", value);
  }

  private constructor(
    public readonly variable: string,
    public readonly operator: "=" | "!=",
    public readonly value: string,
  ) {}

  /** Why this condition is malformed, or undefined. */
  problem(): string | undefined {
    if (!VARIABLE.test(this.variable)) return `variable ${JSON.stringify(this.variable)} must look like request.*, target.*, resource.* or instance.* (e.g. target.secret.id)`;
    if (typeof this.value !== "string" || this.value.length === 0) return `value for ${this.variable} must be a non-empty string`;
    if (this.value.includes("'")) return `value for ${this.variable} must not contain a single quote`;
    return undefined;
  }

  render(): string {
    return `${this.variable} ${this.operator} '${this.value}'`;
  }
}

export function renderConditions(conditions: readonly Condition[], mode: "ALL" | "ANY"): string {
  if (conditions.length === 1) return conditions[0].render();
  return `${mode} {${conditions.map((c) => c.render()).join(", ")}}`;
}
