/** What an import makes of its sources: sites with their answers, and what it left out and why. */
import type { LeftOutReason } from '../words/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** An evaluation as plain data, in the shape of the YAML file. */
export type Tree = { [key: string]: unknown };

export interface ImportedSite {
  readonly source: string;
  /** The row of a table (1-based, headers included); 0 for a file that holds one site. */
  readonly row: number;
  /** The column of its name (1-based); 0 with the row. */
  readonly column: number;
  readonly name: string;
  readonly answers: Tree;
}

export type { LeftOutReason } from '../words/codes.js';

export interface LeftOut {
  readonly source: string;
  readonly what: readonly string[];
  readonly why: LeftOutReason;
}

export interface Imported {
  readonly sites: readonly ImportedSite[];
  readonly diagnostics: readonly Diagnostic[];
  readonly leftOut: readonly LeftOut[];
}

/** Sets the answer at `path`; a list met twice (a checkbox's column per option) is merged. */
export function setAnswer(tree: Tree, path: readonly string[], value: unknown): void {
  const [key, ...rest] = path;
  if (key === undefined) return;
  if (rest.length > 0) {
    const child = (tree[key] ??= {}) as Tree;
    setAnswer(child, rest, value);
    return;
  }
  const before = tree[key];
  tree[key] = Array.isArray(before) && Array.isArray(value) ? [...new Set([...before, ...value])] : value;
}
