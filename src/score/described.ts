/**
 * A family the score can give no intensity because it is described in words only (and the
 * committee gave none): a warning for `impact validate`, an error with `--strict`. It follows
 * the scoring rules, so it is said here rather than by the validation, which knows only the grid.
 */
import { error, warning, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { FAMILIES } from '../grid/grid.js';
import { locate } from '../load/locate.js';
import type { Loaded } from '../load/load.js';
import { scoreFamily } from './score.js';

export function describedOnly(loaded: Loaded, severity: Severity = 'warning'): Diagnostic[] {
  const make = severity === 'error' ? error : warning;
  return FAMILIES.filter((family) => !family.optional || family.id in loaded.data)
    .filter((family) => {
      const scored = scoreFamily(family, loaded.data[family.id] as Readonly<Record<string, unknown>> | null | undefined);
      return scored.status === 'described' && !scored.override;
    })
    .map((family) => make(loaded.file, locate(loaded, [family.id], 'key'), 'described-only', { family: family.id }, { path: family.id }));
}
