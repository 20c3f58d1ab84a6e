/**
 * How much input impact accepts, so that no file can exhaust memory or time: size, YAML aliases,
 * nesting depth, text. Set by environment variables (docs/limits.md), read once.
 */
export interface Limits {
  /** Bytes in one input file. */
  readonly maxBytes: number;
  /** Aliases (`*name`) resolved in one document: the defence against "billion laughs". */
  readonly maxAliases: number;
  /** Collections nested in one another; an evaluation needs 5. */
  readonly maxDepth: number;
  /** Characters of text in one evaluation, all its texts together. */
  readonly maxTextChars: number;
  /** Texts in one evaluation, every item of a list counted. */
  readonly maxTexts: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 5 * 1024 * 1024, maxAliases: 100, maxDepth: 32, maxTextChars: 200_000, maxTexts: 20_000 };

export const positive = (value: string | undefined): number | undefined => {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
};

export function limitsFrom(env: NodeJS.ProcessEnv): Limits {
  return {
    maxBytes: positive(env.IMPACT_MAX_BYTES) ?? DEFAULT_LIMITS.maxBytes,
    maxAliases: positive(env.IMPACT_MAX_ALIASES) ?? DEFAULT_LIMITS.maxAliases,
    maxDepth: positive(env.IMPACT_MAX_DEPTH) ?? DEFAULT_LIMITS.maxDepth,
    maxTextChars: positive(env.IMPACT_MAX_TEXT) ?? DEFAULT_LIMITS.maxTextChars,
    maxTexts: positive(env.IMPACT_MAX_TEXTS) ?? DEFAULT_LIMITS.maxTexts,
  };
}
