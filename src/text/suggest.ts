/** Near-miss suggestions for mistyped keys and option ids. */
import { distance } from 'fastest-levenshtein';

/** Case, accents, spaces and hyphens do not count as typos. */
function normalise(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-’']+/g, '_');
}

/** The candidate closest to `word`, if it is close enough to be what was meant. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const typed = normalise(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(typed, normalise(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(1, Math.floor(typed.length / 4));
  return bestDistance <= tolerance ? best : undefined;
}
