/**
 * The synthesis page as data: for each family, the answered criteria its intensity stands on
 * (the most points first, as the intensity takes its two best), what earned them their points;
 * every negative finding gathered for the « Points de vigilance »; how many criteria were
 * answered. Only what the answers say: a criterion is cited only when answered, and by its own
 * labels and answers.
 */
import { BAREME } from '../grid/bareme.js';
import type { FamilyStatus } from '../score/score.js';
import type { CriterionModel, FamilyModel } from './model.js';

/** How many criteria a family's sentence cites: the intensity is the mean of the two best. */
const CITED = 2;

export interface Strength {
  readonly id: string;
  readonly titre: string;
  readonly score: number;
  /** What earned the points, as the grid's labels say it (empty when only a number or a text did). */
  readonly constats: readonly string[];
}

export interface FamilySynthesis {
  readonly id: string;
  readonly titre: string;
  readonly statut: FamilyStatus;
  readonly score: number;
  /** The answered criteria with points, most first, at most two. */
  readonly points_forts: readonly Strength[];
  /** The criteria answered in words only, for a family whose effects are described, not rated. */
  readonly decrits: readonly string[];
  /** How many of its criteria are answered. */
  readonly renseignes: number;
}

/** A criterion's negative findings, for the « Points de vigilance ». */
export interface Concern {
  readonly famille: string;
  readonly critere: string;
  readonly constats: readonly string[];
}

export interface SynthesisModel {
  readonly familles: readonly FamilySynthesis[];
  readonly vigilance: readonly Concern[];
  /** Criteria answered, of those the report's families hold. */
  readonly renseignes: number;
  readonly total: number;
  /** The intensities from the lowest to the highest, for the key (+ to ++++), each with the catalogue's word for it. */
  readonly niveaux: readonly { readonly valeur: number; readonly mot: string }[];
}

/** The answered criteria with points, the most first; the grid's order between equals. */
export function strongest(criteria: readonly CriterionModel[]): Strength[] {
  return criteria
    .filter((c) => c.renseigne && c.score > 0)
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.score - a.c.score || a.order - b.order)
    .slice(0, CITED)
    .map(({ c }) => ({ id: c.id, titre: c.titre, score: c.score, constats: c.constats_positifs }));
}

export function synthesisModel(familles: readonly FamilyModel[]): SynthesisModel {
  const criteria = familles.flatMap((f) => f.criteres);
  return {
    familles: familles.map((f) => ({
      id: f.id,
      titre: f.titre,
      statut: f.statut,
      score: f.score,
      points_forts: strongest(f.criteres),
      decrits: f.criteres.filter((c) => c.statut === 'described').map((c) => c.titre),
      renseignes: f.criteres.filter((c) => c.renseigne).length,
    })),
    vigilance: familles.flatMap((f) =>
      f.criteres.filter((c) => c.constats_negatifs.length > 0).map((c) => ({ famille: f.titre, critere: c.titre, constats: c.constats_negatifs })),
    ),
    renseignes: criteria.filter((c) => c.renseigne).length,
    total: criteria.length,
    niveaux: Array.from({ length: BAREME.maximum - BAREME.intensite_minimum + 1 }, (_, i) => {
      const valeur = BAREME.intensite_minimum + i;
      return { valeur, mot: `intensite_${valeur}` };
    }),
  };
}
