/** What became of one evaluation in a run: what the reporters print, and what the exit code is made of. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../grid/types.js';
import type { Written } from '../write/manifest.js';
import type { Stale } from '../write/outputs.js';

/**
 * built: written; up-to-date: not built, nothing it is made of having changed since it was
 * (src/build/incremental.ts); valid: checked only (validate); current / stale: compared
 * (--check); failed: see the diagnostics.
 */
export type Status = 'built' | 'up-to-date' | 'valid' | 'current' | 'stale' | 'failed';

export interface FileOutcome {
  readonly file: string;
  readonly lang: Lang;
  readonly status: Status;
  readonly outputs: readonly string[];
  readonly stale: readonly Stale[];
  readonly diagnostics: readonly Diagnostic[];
  readonly ms: number;
  /** Of a file built for a manifest (Job.manifest). */
  readonly written?: Written;
}
