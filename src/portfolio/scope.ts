/**
 * What a portfolio covers, for its cover: how many sites, in which communes, over which periods,
 * for which commissioners, as of which date. The date is the latest evaluation's, else the date
 * the build is given (SOURCE_DATE_EPOCH), never the clock: the same inputs give the same portfolio.
 */
import type { Lang } from '../grid/types.js';
import { writtenDate } from '../words/prose.js';
import { compareFrench } from './order.js';
import { periodOf, type Counted } from './periods.js';

/** What the scope is read from: one evaluated site. */
export interface Scoped extends Counted {
  readonly lieu: Counted['lieu'] & { readonly commune?: string | undefined; readonly date_evaluation?: string | undefined };
  readonly commanditaire?: string;
}

export interface PortfolioScope {
  /** The communes of the sites evaluated, each once, in French order. */
  readonly communes: readonly string[];
  /** How many sites evaluated give no commune. */
  readonly sans_commune: number;
  /** The periods the sites evaluated give (`lieu.periode`), each once, in French order. */
  readonly periodes: readonly string[];
  /** How many sites evaluated give no period. */
  readonly sans_periode: number;
  /** The commissioners the evaluations name (`evaluation.commanditaire`), each once, in French order. */
  readonly commanditaires: readonly string[];
  /** The portfolio's date as YYYY-MM-DD, when it has one. */
  readonly date_iso?: string;
  /** That date written out ("14 février 2025"). */
  readonly date?: string;
  /** Whether the date is the latest evaluation's (else the build's). */
  readonly date_des_evaluations: boolean;
}

/** Each text once, spaces collapsed, in French order. */
function distinct(texts: readonly (string | undefined)[]): string[] {
  const kept = texts.map((text) => text?.replace(/\s+/g, ' ').trim()).filter((text): text is string => Boolean(text));
  return [...new Set(kept)].sort((a, b) => compareFrench(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The scope of `sites` (the sites evaluated); `buildDate` (YYYY-MM-DD) dates it when no evaluation does. */
export function scopeOf(sites: readonly Scoped[], lang: Lang, buildDate?: string): PortfolioScope {
  const communes = distinct(sites.map((site) => site.lieu.commune));
  const periodes = distinct(sites.map(periodOf));
  const latest = distinct(sites.map((site) => site.lieu.date_evaluation)).sort().at(-1);
  const date = latest ?? buildDate;
  return {
    communes,
    sans_commune: sites.filter((site) => distinct([site.lieu.commune]).length === 0).length,
    periodes,
    sans_periode: sites.filter((site) => periodOf(site) === undefined).length,
    commanditaires: distinct(sites.map((site) => site.commanditaire)),
    ...(date ? { date_iso: date, date: writtenDate(date, lang) } : {}),
    date_des_evaluations: latest !== undefined,
  };
}
