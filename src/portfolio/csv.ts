/**
 * The portfolio as a spreadsheet: one row per valid site, in name order; RFC 4180 but for its
 * separator, `;` or `,` (CRLF, fields quoted when they hold a separator, a quote or a line
 * break); UTF-8 with a BOM so that spreadsheets read the accents right. Column ids are ASCII and
 * stable (docs/summary.md); numbers are written as numbers, and a cell is empty where nothing
 * was answered.
 */
import { FAMILIES } from '../grid/grid.js';
import type { CsvSeparator } from './separator.js';
import { SITE_ORDER, type PortfolioModel, type PortfolioSite } from './model.js';

const BOM = '\uFEFF';

type Cell = string | number | undefined;

interface Column {
  readonly id: string;
  readonly value: (site: PortfolioSite) => Cell;
}

/**
 * A family's intensity, 0 for "aucun effet positif"; empty when it is not evaluated, does not
 * apply, or is described in words only with no intensity set (its `_statut` column says which).
 */
const familyScore = (i: number, key: 'score' | 'score_calcule') => (site: PortfolioSite) => {
  const family = site.familles[i];
  if (!family?.renseignee) return undefined;
  const value = family[key];
  return value > 0 || family.statut === 'no-positive-effect' ? value : undefined;
};

/** A family's status as in docs/scoring.md, `not-applicable` when it is left out. */
const familyStatus = (i: number) => (site: PortfolioSite) => {
  const family = site.familles[i];
  return family?.sans_objet ? 'not-applicable' : family?.statut;
};

/** A criterion's points, 0 when rated without a positive effect; empty when not answered or answered in words only. */
const criterionScore = (id: string) => (site: PortfolioSite) => {
  const criterion = site.criteres.find((c) => c.id === id);
  return criterion?.statut === 'rated' ? criterion.score : undefined;
};

export const COLUMNS: readonly Column[] = [
  { id: 'fichier', value: (site) => site.fichier },
  { id: 'nom', value: (site) => site.lieu.nom },
  { id: 'commune', value: (site) => site.lieu.commune },
  { id: 'periode', value: (site) => site.lieu.periode },
  { id: 'date_evaluation', value: (site) => site.lieu.date_evaluation },
  ...FAMILIES.map((family, i) => ({ id: family.id, value: familyScore(i, 'score') })),
  ...FAMILIES.map((family, i) => ({ id: `${family.id}_calcule`, value: familyScore(i, 'score_calcule') })),
  ...FAMILIES.map((family, i) => ({ id: `${family.id}_statut`, value: familyStatus(i) })),
  ...FAMILIES.flatMap((family) => family.criteria).map((criterion) => ({ id: criterion.id, value: criterionScore(criterion.id) })),
  { id: 'beneficiaires', value: (site) => site.beneficiaires },
  { id: 'nouveaux_projets', value: (site) => site.nouveaux_projets },
];

/**
 * A text a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first):
 * an evaluation's names are data, so such a text is written after an apostrophe, which
 * spreadsheets read as "text follows" (OWASP's advice against CSV injection).
 */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * One field: as is, or quoted with its quotes doubled when it holds a quote, a line break or
 * either separator — either, so that a spreadsheet guessing the separator cannot split a name.
 */
export function csvField(value: Cell): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' && FORMULA.test(value) ? `'${value}` : String(value);
  return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every valid site, the sites with nothing answered among them (their score cells empty), in the portfolio's order. */
export function portfolioCsv(model: PortfolioModel, separator: CsvSeparator): string {
  const line = (cells: readonly Cell[]): string => `${cells.map(csvField).join(separator)}\r\n`;
  const sites = [...model.lieux, ...model.lieux_sans_reponse].sort(SITE_ORDER);
  return BOM + line(COLUMNS.map((c) => c.id)) + sites.map((site) => line(COLUMNS.map((c) => c.value(site)))).join('');
}
