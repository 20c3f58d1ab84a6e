/**
 * The portfolio as a spreadsheet: one row per valid site, RFC 4180 (CRLF, fields quoted when they
 * hold a comma, a quote or a line break), UTF-8 with a BOM so that spreadsheets read the accents
 * right. Column ids are ASCII and stable (docs/summary.md); numbers are written as numbers.
 */
import { FAMILIES } from '../grid/grid.js';
import type { PortfolioModel, PortfolioSite } from './model.js';

const BOM = '\uFEFF';

type Cell = string | number | undefined;

interface Column {
  readonly id: string;
  readonly value: (site: PortfolioSite) => Cell;
}

const familyScore = (i: number, key: 'score' | 'score_calcule') => (site: PortfolioSite) => site.familles[i]?.[key] ?? 0;

export const COLUMNS: readonly Column[] = [
  { id: 'fichier', value: (site) => site.fichier },
  { id: 'nom', value: (site) => site.lieu.nom },
  { id: 'commune', value: (site) => site.lieu.commune },
  { id: 'periode', value: (site) => site.lieu.periode },
  { id: 'date_evaluation', value: (site) => site.lieu.date_evaluation },
  ...FAMILIES.map((family, i) => ({ id: family.id, value: familyScore(i, 'score') })),
  ...FAMILIES.map((family, i) => ({ id: `${family.id}_calcule`, value: familyScore(i, 'score_calcule') })),
  ...FAMILIES.flatMap((family) => family.criteria).map((criterion) => ({
    id: criterion.id,
    value: (site: PortfolioSite) => site.criteres.find((c) => c.id === criterion.id)?.score ?? 0,
  })),
  { id: 'beneficiaires', value: (site) => site.beneficiaires },
  { id: 'nouveaux_projets', value: (site) => site.nouveaux_projets },
];

/** One field: as is, or quoted with its quotes doubled when it holds a comma, a quote or a line break. */
export function csvField(value: Cell): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: readonly Cell[]): string => `${cells.map(csvField).join(',')}\r\n`;

export function portfolioCsv(model: PortfolioModel): string {
  return BOM + line(COLUMNS.map((c) => c.id)) + model.lieux.map((site) => line(COLUMNS.map((c) => c.value(site)))).join('');
}
