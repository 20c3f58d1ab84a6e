/**
 * `{{mot "synthese"}}`: a word of the report, from the language's catalogue
 * (src/words/<lang>/report.ts), each overridable by the `mots.json` of a `--templates` folder
 * (or of its <lang>/ folder). Constants of the language: folded into the templates' text (fold.ts).
 */
import type { Lang } from '../grid/types.js';
import { wordsOf } from '../words/words.js';
import { templateSources } from './template-files.js';
import { UnknownNameError } from './template-errors.js';
import { readWordsFile } from './words-file.js';

export const MOT_HELPER = 'mot';

export interface TemplateWords {
  readonly words: Readonly<Record<string, string>>;
  /** Whether a words file changed any: the templates compiled at build time then no longer hold. */
  readonly overridden: boolean;
}

export function templateWords(lang: Lang, custom: string | undefined): TemplateWords {
  const builtIn = wordsOf(lang).report;
  const file = templateSources(lang, custom, '.json').get('mots');
  return file ? { words: { ...builtIn, ...readWordsFile(file, Object.keys(builtIn)) }, overridden: true } : { words: builtIn, overridden: false };
}

/** The word `key`; an UnknownNameError, with the words there are, for a key the catalogue lacks. */
export function wordText(words: Readonly<Record<string, string>>, key: string): string {
  const word = Object.hasOwn(words, key) ? words[key] : undefined;
  if (word === undefined) throw new UnknownNameError(MOT_HELPER, key, Object.keys(words));
  return word;
}
