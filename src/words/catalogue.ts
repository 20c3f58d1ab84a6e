/** The shape of a language's catalogue: the French one's, so that a key another language lacks is a type error. */
import type { fr } from './fr/index.js';

export type Words = typeof fr;
