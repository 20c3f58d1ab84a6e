/**
 * The synthesis page as data: for each family, the answered criteria its intensity stands on
 * (the most points first, as the intensity takes its two best) with their answers, which each
 * criterion's own sentence form says (templates/<lang>/synthese/<id>.hbs); every negative
 * finding gathered for the « Points de vigilance »; how many criteria were answered. Only what
 * the answers say: a criterion is cited only when answered, and by its own labels and answers.
 */
import { BAREME } from '../grid/bareme.js';
import type { FamilyStatus } from '../score/score.js';
import type { AnswerValue, CriterionModel, FamilyModel } from './model.js';

/** How many criteria a family's sentence cites: the intensity is the mean of the two best. */
const CITED = 2;

/**
 * How many ways the catalogue has of saying what a family's effects rest on
 * (`tournure_<n>_seul`, `_premier`, `_second` in src/words/<lang>/synthesis.ts): families take
 * them in turn, so that no two of a report's say it alike.
 */
export const TOURNURES = 4;

export interface Strength {
  readonly id: string;
  readonly titre: string;
  /** Its name inside a sentence (« l’insertion professionnelle »). */
  readonly nom: string;
  readonly score: number;
  /** What earned the points, as the grid's labels say it (empty when only a number or a text did). */
  readonly constats: readonly string[];
  /** Its answers, as the criterion's block has them: its synthesis sentence says them. */
  readonly reponses: Readonly<Record<string, AnswerValue>>;
}

/** The catalogue's keys of one way of saying what a family's effects rest on: one criterion alone, the first of two, the second. */
export interface Tournure {
  readonly seul: string;
  readonly premier: string;
  readonly second: string;
}

export interface FamilySynthesis {
  readonly id: string;
  readonly titre: string;
  /** Its name inside a sentence (« les effets individuels »). */
  readonly nom: string;
  readonly statut: FamilyStatus;
  readonly score: number;
  /** Whether the score is the committee's. */
  readonly avis_comite: boolean;
  /** The answered criteria with points, most first, at most two. */
  readonly points_forts: readonly Strength[];
  /** The names inside a sentence of the criteria answered in words only, for a family whose effects are described, not rated. */
  readonly decrits: readonly string[];
  /** The names inside a sentence of its answered criteria. */
  readonly repondus: readonly string[];
  /** How many of its criteria are answered. */
  readonly renseignes: number;
  /** Whether any of its answers records a negative finding (then in the « Points de vigilance »). */
  readonly constats_negatifs: boolean;
  /** How this family's sentence says what its effects rest on. */
  readonly tournure: Tournure;
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
    .map(({ c }) => ({ id: c.id, titre: c.titre, nom: c.nom, score: c.score, constats: c.constats_positifs, reponses: c.reponses }));
}

/** The `n`-th family's way of saying what its effects rest on, in turn. */
export function tournure(n: number): Tournure {
  const key = `tournure_${(n % TOURNURES) + 1}`;
  return { seul: `${key}_seul`, premier: `${key}_premier`, second: `${key}_second` };
}

export function synthesisModel(familles: readonly FamilyModel[]): SynthesisModel {
  const criteria = familles.flatMap((f) => f.criteres);
  return {
    familles: familles.map((f, n) => ({
      id: f.id,
      titre: f.titre,
      nom: f.nom,
      statut: f.statut,
      score: f.score,
      avis_comite: f.avis_comite !== undefined,
      points_forts: strongest(f.criteres),
      decrits: f.criteres.filter((c) => c.statut === 'described').map((c) => c.nom),
      repondus: f.criteres.filter((c) => c.renseigne).map((c) => c.nom),
      renseignes: f.criteres.filter((c) => c.renseigne).length,
      constats_negatifs: f.criteres.some((c) => c.constats_negatifs.length > 0),
      tournure: tournure(n),
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
