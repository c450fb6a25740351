import { IResolvable, IResolveContext, Token } from "cdktf";

/**
 * A value produced at synthesis time, so that targets, routes, config entries
 * and statements added after construction still render. It does what
 * `Lazy.anyValue` does, minus the full stack trace Lazy captures at creation:
 * with one per rule, function and policy, that capture was the largest single
 * cost of synthesizing a large app (source-mapped stacks under tsx).
 */
class Deferred implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly produce: () => unknown) {}

  resolve(_context: IResolveContext): unknown {
    return this.produce();
  }

  toString(): string {
    return Token.asString(this);
  }

  toJSON(): string {
    return "<unresolved-deferred>";
  }
}

/** Any value computed at synthesis. */
export function deferredValue(produce: () => unknown): IResolvable {
  return new Deferred(produce);
}

/** A string list computed at synthesis. */
export function deferredList(produce: () => string[]): string[] {
  return Token.asList(new Deferred(produce));
}
