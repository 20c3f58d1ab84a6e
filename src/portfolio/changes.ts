/**
 * The portfolio's account of the sites it holds more than one evaluation of (several periods of
 * one site): the evaluations of a site found by the rule of `impact compare` (src/compare/match.ts:
 * one identifier, else one name and town), in period order, each family's intensity at each, and
 * what changed from the first to the last (src/compare/model.ts), never re-computed here.
 */
import { groupBySite, matching } from '../compare/match.js';
import { buildComparison, familyState, type FamilyEvolution, type FamilyState } from '../compare/model.js';
import { FAMILIES } from '../grid/grid.js';
import type { ReportModel } from '../model/model.js';
import { comparePeriods, periodOf } from './periods.js';

/** One site evaluated more than once. */
export interface SiteChange {
  readonly nom: string;
  readonly commune?: string;
  /** The periods of its evaluations, first to last; absent for an evaluation that gives none. */
  readonly periodes: readonly { readonly periode?: string }[];
  /** Every family of the grid, in report order: its state at each evaluation, and how it moved from the first to the last. */
  readonly familles: readonly { readonly id: string; readonly etats: readonly FamilyState[]; readonly evolution: FamilyEvolution }[];
  /** From the first evaluation to the last (`impact compare` of the two). */
  readonly criteres_en_hausse: number;
  readonly criteres_en_baisse: number;
  readonly negatifs_apparus: number;
  readonly negatifs_resolus: number;
}

/** A site's evaluations from the first period to the last; an evaluation of the same period by its date, else as given. */
function chronological(a: ReportModel, b: ReportModel): number {
  return comparePeriods(periodOf(a), periodOf(b)) || (a.lieu.date_evaluation ?? '').localeCompare(b.lieu.date_evaluation ?? '');
}

/** The change of every site that `models` (in the portfolio's order) evaluate more than once, in that order. */
export function siteChanges(models: readonly ReportModel[]): SiteChange[] {
  return groupBySite(models, (model) => model.lieu)
    .filter((group) => group.length > 1)
    .map((group) => {
      const evaluations = [...group].sort(chronological);
      const [first, last] = [evaluations[0] as ReportModel, evaluations.at(-1) as ReportModel];
      const matched = matching(first.lieu, last.lieu);
      // Grouped by a third evaluation, the first and the last may not match each other directly.
      const compared = buildComparison(first, last, matched === 'different' ? 'forcee' : matched);
      const { resume } = compared;
      return {
        nom: last.lieu.nom,
        ...(last.lieu.commune ? { commune: last.lieu.commune } : {}),
        periodes: evaluations.map((model) => ({ ...(periodOf(model) !== undefined ? { periode: periodOf(model) } : {}) })),
        familles: FAMILIES.map(({ id }) => ({
          id,
          // A family neither the first nor the last evaluation has: it did not move between them.
          evolution: compared.familles.find((f) => f.id === id)?.evolution ?? 'stable',
          etats: evaluations.map((model) => familyState(model.familles.find((f) => f.id === id))),
        })),
        criteres_en_hausse: resume.criteres_en_hausse,
        criteres_en_baisse: resume.criteres_en_baisse,
        negatifs_apparus: resume.negatifs_apparus,
        negatifs_resolus: resume.negatifs_resolus,
      };
    });
}
