/**
 * Whether two evaluations are of one site (docs/compare.md): by `lieu.identifiant` when both
 * give one, a code that stays when a site changes its name; else by name and town, written
 * alike (case, accents and spaces aside), the town compared only when both give one.
 */
import { runValue } from '../runtime/caches.js';

/** What a file says of its site that identifies it. */
export interface SiteIdentity {
  readonly nom: string;
  readonly commune?: string | undefined;
  readonly identifiant?: string | undefined;
}

/** How two evaluations were found to be of one site; `different` when they were not. */
export type Matching = 'identifiant' | 'nom_commune' | 'different';

/** Equal for a reader: « La Halle » and « la  halle », « Saint-Étienne » and « Saint-Etienne ». */
const sameWords = runValue('search collator', () => new Intl.Collator('fr', { sensitivity: 'base', usage: 'search' }));
const written = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const alike = (a: string, b: string): boolean => sameWords().compare(written(a), written(b)) === 0;

const given = (text: string | undefined): string | undefined => (text !== undefined && written(text) !== '' ? written(text) : undefined);

export function matching(a: SiteIdentity, b: SiteIdentity): Matching {
  const [idA, idB] = [given(a.identifiant), given(b.identifiant)];
  if (idA !== undefined && idB !== undefined) return idA === idB ? 'identifiant' : 'different';
  if (!alike(a.nom, b.nom)) return 'different';
  const [townA, townB] = [given(a.commune), given(b.commune)];
  return townA === undefined || townB === undefined || alike(townA, townB) ? 'nom_commune' : 'different';
}

/**
 * `items` grouped by site, in their order: each joins the first group holding one of its site
 * (a file without an identifier joins by name and town the group of a file with one).
 */
export function groupBySite<T>(items: readonly T[], identity: (item: T) => SiteIdentity): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const group = groups.find((members) => members.some((member) => matching(identity(member), identity(item)) !== 'different'));
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups;
}
