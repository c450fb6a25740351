/**
 * The `*` wildcard of Events rule conditions, shared by the constructs and the
 * plan review. Deliberately free of cdktf: the review tool loads it without
 * the engine.
 */

/** `pattern` as a regular expression: each `*` matches any run of characters, everything else literally. */
export function wildcardPattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}

/** Whether `pattern` (a condition value, possibly with `*` wildcards) matches `candidate`. */
export function wildcardMatches(pattern: string, candidate: string): boolean {
  return wildcardPattern(pattern).test(candidate);
}
