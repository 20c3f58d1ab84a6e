/** The words of a diagnostic in the reader's language, from the catalogues (src/words/<lang>/diagnostics.ts). */
import type { Lang } from '../grid/types.js';
import { wordsOf } from '../words/words.js';
import type { Diagnostic } from './diagnostic.js';

export function message(diagnostic: Diagnostic, lang: Lang): string {
  const { diagnostics, typography } = wordsOf(lang);
  return typography.spaced(diagnostics.messages[diagnostic.code](diagnostic.params));
}

export function suggestionText(suggestion: string, lang: Lang): string {
  const { diagnostics, typography } = wordsOf(lang);
  return typography.spaced(diagnostics.didYouMean(suggestion));
}
