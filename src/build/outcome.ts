/** What became of one evaluation in a run: what the reporters print, and what the exit code is made of. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../grid/types.js';
import type { Stale } from '../write/outputs.js';

/** built: written; valid: checked only (validate); current / stale: compared (--check); failed: see the diagnostics. */
export type Status = 'built' | 'valid' | 'current' | 'stale' | 'failed';

export interface FileOutcome {
  readonly file: string;
  readonly lang: Lang;
  readonly status: Status;
  readonly outputs: readonly string[];
  readonly stale: readonly Stale[];
  readonly diagnostics: readonly Diagnostic[];
  readonly ms: number;
}
