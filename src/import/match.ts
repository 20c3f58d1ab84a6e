/**
 * Words as people type them in a form or a spreadsheet, reduced to what they mean: case,
 * accents, inclusive writing (« voisin·e·s », « voisin.e.s », « voisin(e)s » → « voisins »),
 * underscores, apostrophes and punctuation do not tell two answers apart.
 */

/** The feminine inserted by inclusive writing, between a word and its plural's `s`. */
const INCLUSIVE = /(\p{L})(?:[·.•‧⋅‐-](?:e|rice|euse|ere|trice|ice)(?:[·.•‧⋅‐-]?(s))?|\((?:e|rice|euse|ere)\)(s)?)(?!\p{L})/gu;

export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(INCLUSIVE, (_match, letter: string, s1?: string, s2?: string) => `${letter}${s1 ?? s2 ?? ''}`)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Names that stand for one thing each; a name that two things share is kept as ambiguous, so
 * that it is reported rather than resolved by chance.
 */
export class Names<T> {
  private readonly byName = new Map<string, T[]>();
  private readonly written: string[] = [];

  add(name: string, value: T): void {
    const key = normalise(name);
    if (key === '') return;
    const values = this.byName.get(key) ?? [];
    if (!values.includes(value)) values.push(value);
    this.byName.set(key, values);
    if (!this.written.includes(name)) this.written.push(name);
  }

  /** Every value the name may stand for: none, one, or several when it is ambiguous. */
  find(name: string): readonly T[] {
    return this.byName.get(normalise(name)) ?? [];
  }

  /** The names as they were given, for suggestions. */
  names(): readonly string[] {
    return this.written;
  }
}
