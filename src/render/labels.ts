/**
 * The words a document's writers print beside the templates' prose (the chart's title and text
 * alternative, the site image's, the heat map's key): the catalogue's (src/words/<lang>/pdf.ts),
 * each key overridden by a custom pdf.json's. The PDF and the HTML say them alike.
 */
import type { Lang } from '../grid/types.js';
import { wordsOf } from '../words/words.js';
import { templateSources } from './template-files.js';
import { readWordsFile } from './words-file.js';

/** The writers' own words: `{page}`-style placeholders filled in by `fill`. */
export interface DocumentLabels {
  readonly sujet: string;
  readonly page: string;
  readonly graphique: string;
  readonly graphique_critere: string;
  /** The embedded evaluation's description (`--embed-source`). */
  readonly source: string;
  readonly [key: string]: string;
}

export function labelsFor(lang: Lang, templates: string | undefined): DocumentLabels {
  const builtIn = wordsOf(lang).pdf;
  const file = templateSources(lang, templates, '.json').get('pdf');
  return { ...builtIn, ...(file ? readWordsFile(file, Object.keys(builtIn)) : {}) };
}

/** `template` with each `{key}` replaced by its value (nothing for a key without one). */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
