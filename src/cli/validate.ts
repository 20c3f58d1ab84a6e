/** `impact validate`: every error of every file, nothing written. */
import type { Lang } from '../grid/types.js';
import { check } from '../pipeline.js';
import { reportDiagnostics, say } from './io.js';

export async function validateFiles(files: readonly string[], options: { lang?: Lang }): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const checked = await check(file);
    if (checked.ok) {
      say(options.lang === 'en' ? `${file}: valid` : `${file}\u00A0: valide`);
    } else {
      failed += 1;
      reportDiagnostics(checked.diagnostics, options.lang ?? 'fr');
    }
  }
  return failed > 0 ? 1 : 0;
}
