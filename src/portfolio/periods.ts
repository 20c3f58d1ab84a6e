/**
 * The portfolio's counts and the periods they cover. `lieu.periode` is free text ("2024",
 * "septembre 2023 – juin 2024"), so two sites share a period only when they write it alike
 * (spaces aside); a count over several periods is never added up without saying so, and is
 * also given period by period.
 */
import { compareFrench } from './order.js';

/** A sum over the sites that answer a count, and how many answer it. */
export interface Sum {
  readonly total: number;
  readonly reponses: number;
}

/** A sum over the portfolio, with the periods the answers cover. */
export interface Total extends Sum {
  /** The period every answering site gives, when they all give the same one. */
  readonly periode?: string;
  /** How many periods the answers cover; the sites that give none count as one more. */
  readonly periodes: number;
}

/** The portfolio's counts over the sites of one period. */
export interface PeriodFigures {
  /** Absent for the sites that give no period. */
  readonly periode?: string;
  readonly lieux: number;
  readonly beneficiaires: Sum;
  readonly nouveaux_projets: Sum;
}

/** What the counts are read from: a site's period, and its answers (undefined when not answered). */
export interface Counted {
  readonly lieu: { readonly periode?: string | undefined };
  readonly beneficiaires?: number;
  readonly nouveaux_projets?: number;
}

type Count = 'beneficiaires' | 'nouveaux_projets';

/** A site's period as compared with the others': its spaces collapsed; undefined when it gives none. */
export function periodOf(site: Counted): string | undefined {
  const period = site.lieu.periode?.replace(/\s+/g, ' ').trim();
  return period ? period : undefined;
}

function sum(sites: readonly Counted[], count: Count): Sum {
  const answered = sites.map((site) => site[count]).filter((v): v is number => v !== undefined);
  return { total: answered.reduce((n, v) => n + v, 0), reponses: answered.length };
}

export function totalOf(sites: readonly Counted[], count: Count): Total {
  const periods = new Set(sites.filter((site) => site[count] !== undefined).map(periodOf));
  const [only] = periods;
  return { ...sum(sites, count), periodes: periods.size, ...(periods.size === 1 && only !== undefined ? { periode: only } : {}) };
}

/** Stated periods in French collation ("2023" before "2024", numbers read as numbers), then the sites without one; two it holds equal (the same words, accents composed or not) kept in one order all the same. */
export function comparePeriods(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return compareFrench(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The counts period by period, in period order. */
export function figuresByPeriod(sites: readonly Counted[]): PeriodFigures[] {
  const periods = [...new Set(sites.map(periodOf))].sort(comparePeriods);
  return periods.map((periode) => {
    const of = sites.filter((site) => periodOf(site) === periode);
    return {
      ...(periode !== undefined ? { periode } : {}),
      lieux: of.length,
      beneficiaires: sum(of, 'beneficiaires'),
      nouveaux_projets: sum(of, 'nouveaux_projets'),
    };
  });
}
