/** Near-miss suggestions for mistyped keys, option ids, commands and formats. */

/** Case, accents, spaces, hyphens and the style of apostrophe do not count as typos. */
export function normalise(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-’'_]+/g, '_');
}

/**
 * The optimal string alignment distance: the edits (insertion, deletion, substitution, or two
 * neighbours swapped) from `a` to `b`, no part edited twice. A swap is one typo (`snate` for
 * `sante`), where plain Levenshtein counts two. Counted on code points.
 */
export function typoDistance(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  // Three rows of the matrix: the two before the current one, for swaps.
  let before = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
    }
    [before, previous] = [previous, current];
  }
  return previous[y.length] as number;
}

/** The candidate closest to `word`, if it is close enough to be what was meant. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const typed = normalise(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = typoDistance(typed, normalise(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(1, Math.floor([...typed].length / 4));
  return bestDistance <= tolerance ? best : undefined;
}
