/** `impact validate`: every error of every file and what is left unanswered; nothing written. */
import type { Lang } from '../grid/types.js';
import { scan } from '../batch/inputs.js';
import { check, languageOf } from '../pipeline.js';
import { unanswered } from '../validate/completeness.js';
import { reportDiagnostics, say } from './io.js';

export async function validateFiles(args: readonly string[], options: { lang?: Lang; strict?: boolean }): Promise<number> {
  const { inputs, empty } = scan(args);
  reportDiagnostics(empty, options.lang ?? 'fr');
  let failed = empty.length;
  for (const { file } of inputs) {
    const checked = await check(file);
    const lang = languageOf(checked, options.lang);
    const diagnostics = checked.ok ? unanswered(checked.loaded, options.strict ? 'error' : 'warning') : checked.diagnostics;
    if (diagnostics.some((d) => d.severity === 'error')) failed += 1;
    else say(lang === 'en' ? `${file}: valid` : `${file}\u00A0: valide`);
    reportDiagnostics(diagnostics, lang);
  }
  return failed > 0 ? 1 : 0;
}
