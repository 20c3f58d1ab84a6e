/**
 * Each language's typography alone, apart from the rest of its words: the prose helpers
 * (src/words/prose.ts) need it, and the catalogues use those helpers.
 */
import type { Lang } from '../grid/types.js';
import { typography as en } from './en/typography.js';
import { typography as fr, type Typography } from './fr/typography.js';

export type { Typography };

export const TYPOGRAPHY: Readonly<Record<Lang, Typography>> = { fr, en };
