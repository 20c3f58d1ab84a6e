/** The shape a report's Markdown has whatever its answers say, from its model. */
import type { ReportModel } from '../../src/model/model.js';

/**
 * Its tables: the summary when a criterion is answered, the method's rubric, one per family with
 * an answer in the annex (a family without is its row of the completeness table), the completeness
 * table when something is missing, one per committee's view (its intensity beside the computed
 * one), and the gender-equality criterion's where its groups' answers differ (one answer for all
 * is a sentence).
 */
export function tableCount(model: ReportModel): number {
  const equality = model.familles.flatMap((f) => f.criteres).filter((c) => c.id === 'egalite_femmes_hommes');
  const answersOf = (reponses: ReportModel['familles'][number]['criteres'][number]['reponses']) =>
    new Set(Object.values(reponses).flatMap((v) => (typeof v === 'object' && 'id' in v ? [v.id] : [])));
  const views = model.familles.filter((f) => f.avis_comite).length;
  const completeness = model.non_renseignes.length > 0 ? 1 : 0;
  const summary = model.synthese.renseignes > 0 ? 1 : 0;
  const annex = model.familles.filter((f) => f.renseignee).length;
  return summary + 1 + annex + completeness + views + equality.filter((c) => answersOf(c.reponses).size > 1).length;
}
