/**
 * Texts one site shares word for word with another site of the same import: on the platform,
 * La Maison Montreau's answers are Aquarium's and Le Point H^UT's are L'École Buissonnière's.
 * Both are imported, since either may be the site's own; the later one is reported so that it is
 * checked. Short answers (« non », « cuisine collective ») may well be shared, and are not.
 */
import { warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import { normalise } from './match.js';
import type { ImportedSite, Tree } from './site.js';

/** Below this many characters, two sites may give the same answer without copying. */
const LONG_ENOUGH = 40;

/**
 * What sites of one import may share by right: their details, and how they were evaluated (one
 * network's commissioner, method and committee for all its sites).
 */
const SHARED = new Set(['lieu', 'langue', 'evaluation', 'comite']);

/** Each free text of the site's families and conclusions, by its path in the file. */
function texts(tree: Tree, path: readonly string[] = []): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    if (path.length === 0 && SHARED.has(key)) return [];
    if (typeof value === 'string') return [[[...path, key].join('.'), value]];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return texts(value as Tree, [...path, key]);
    return [];
  });
}

const where = (site: ImportedSite): string => (site.row > 0 ? `${site.source}:${site.row}` : site.source);

export function repeatedTexts(sites: readonly ImportedSite[]): Diagnostic[] {
  const first = new Map<string, ImportedSite>();
  const diagnostics: Diagnostic[] = [];
  for (const site of sites) {
    for (const [path, text] of texts(site.answers)) {
      const words = normalise(text);
      if (words.length < LONG_ENOUGH) continue;
      const key = `${path}\n${words}`;
      const other = first.get(key);
      if (!other) first.set(key, site);
      else if (other !== site) {
        diagnostics.push(warning(site.source, { line: site.row, column: site.column }, 'import-repeated-text', { field: path, other: other.name, source: where(other) }, { path }));
      }
    }
  }
  return diagnostics;
}
