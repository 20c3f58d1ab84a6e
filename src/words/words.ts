/**
 * What impact says, one catalogue per language (src/words/<lang>/): the report's own words, the
 * annex's reasons, the command line and the diagnostics. docs/words.md tells where each word
 * lives and how to add a language.
 */
import type { Lang } from '../grid/types.js';
import type { Words } from './catalogue.js';
import { en } from './en/index.js';
import { fr } from './fr/index.js';

export type { Words };

const CATALOGUES: Readonly<Record<Lang, Words>> = { fr, en };

export const wordsOf = (lang: Lang): Words => CATALOGUES[lang];
