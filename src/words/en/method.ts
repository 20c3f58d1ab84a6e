/**
 * The page on the method and its limits, and the annex's headings, in English (templates/annexe.hbs):
 * the numbers are the rubric's (src/grid/bareme.ts), never written by hand.
 */
import { BAREME } from '../../grid/bareme.js';
import type { method as french } from '../fr/method.js';

const plus = (n: number): string => '+'.repeat(n);
const b = BAREME;

export const method: typeof french = {
  methode_titre: 'Method and limits',
  methode_grille:
    'This evaluation follows the Approche.s ! grid, the one the Commune Mesure platform (Plateau Urbain) offers third places to describe their social and urban effects: individual effects, collective effects, effects on the neighbourhood and the area, and sometimes effects on the urban project. Each criterion has an open question and answers to tick.',
  methode_declaratif:
    'The answers are self-reported: the people of the site give them, from what they have observed. They are neither measurements nor an audit. The report quotes them as they were given; the evaluation committee reviews them and may set an intensity other than the computed one, saying why.',
  methode_sources: 'The answers in this evaluation come from:',
  methode_recueil: 'Collection method:',
  methode_calcul_titre: 'How the intensities are calculated',
  methode_calcul_intro: `Each criterion scores from 0 to ${b.maximum} points, from its answers:`,
  methode_reponse: 'Answer',
  methode_liste: 'Each answer ticked that records a positive effect',
  methode_liste_points: `${b.points_option} point, at most ${b.plafond_liste} points per question`,
  methode_choix: 'An answer chosen from several',
  methode_choix_points: `what it records, from 0 to ${b.choix_maximum} points`,
  methode_nombre: 'A number: people supported, new projects',
  methode_nombre_points: `${b.nombre_des_un} point from the first; ${b.nombre_au_seuil} points from ${b.seuil_beneficiaires} people or ${b.seuil_projets} projects`,
  methode_pratiques: 'New practices (public innovation)',
  methode_pratiques_points: `${b.pratiques} point, however many`,
  methode_egalite: 'Gender equality',
  methode_egalite_points: `${b.points_option} point per group with as many women as men; an imbalance does not count`,
  methode_redigee: 'A written answer describing a positive effect that was recorded',
  methode_redigee_points: `${b.exemple} more point; a bare “yes” or “no” does not count`,
  methode_negatif: 'A negative finding: exclusion, overload, spaces left unmaintained…',
  methode_negatif_points: 'no points: it is reported as it is, and takes nothing away',
  methode_en_mots: 'An answer in words only, with nothing ticked and no number',
  methode_en_mots_points: 'no points: the effect is described, not rated',
  methode_plafonds: `Without a written answer or a figure, a criterion stops at ${b.plafond_sans_preuve} points: the top mark needs a fact that can be checked. No criterion goes above ${b.maximum} points.`,
  methode_familles: `A family’s intensity comes from its two best criteria: their mean, rounded down, goes from ${plus(b.intensite_minimum)} to ${plus(b.maximum)}, and is at least ${plus(b.intensite_minimum)} once a positive effect is observed. Two criteria at ${b.maximum} and ${b.maximum - 1} points thus give ${plus(b.maximum - 1)}. A family whose effects are described in words only has no computed intensity (“effects described, not rated”): the evaluation committee may set one. A family with no criterion answered is not assessed.`,
  methode_limites_titre: 'What the method does not say',
  methode_limites_intro: 'The intensities are to be read with these limits:',
  methode_limite_declare: 'an effect that nobody observed, or that nobody wrote down, does not appear;',
  methode_limite_ampleur: 'the points say that an effect was observed, not how many people it reaches or for how long;',
  methode_limite_deux: 'two criteria are enough for a family’s intensity: the others may go unanswered;',
  methode_limite_negatif: 'a negative finding takes no points away: it is read beside the intensity, on the families’ pages;',
  methode_limite_comparer: 'comparing two sites needs evaluations carried out the same way, over comparable periods.',
  annexe_titre: 'Appendix: the points in detail',
  annexe_intro: 'For each family, what each criterion scores and why; then what was not answered.',
  annexe_intro_rien: 'No criterion is answered: there are no points to detail, only what remains to be answered.',
  annexe_non_renseigne: 'What was not answered',
  annexe_sans_reponse: 'Criteria not answered',
  annexe_a_completer: 'Answers to complete',
  annexe_tous_les_criteres: 'all its criteria',
  annexe_rien: '—',
};
