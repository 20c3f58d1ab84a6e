/**
 * The report's chart of every criterion's points (role `graphique`), as the PDF and the HTML
 * both draw it: its rows, family by family, each in one of three states a reader tells apart
 * without colour — points of positive effects (a filled bar on its track), a negative finding (a
 * hatched box beside the track), not answered (no track: a dotted stub and the words) — its
 * legend naming the three, its text alternative, and the marks' geometry, in points.
 */
import { MAX_SCORE } from '../grid/rubric.js';
import type { CriterionModel, ReportModel } from '../model/model.js';
import { wordsOf } from '../words/words.js';
import { fill, type DocumentLabels } from './labels.js';

export const CHART = {
  row: 11,
  familyGap: 6,
  legend: 20,
  /** The negative finding's box, `gap` beside the track, hatched every `hatch`. */
  mark: { gap: 6, width: 10, height: 7, hatch: 2.5 },
  /** The dotted stub of a criterion not answered, and its dots. */
  stub: { length: 16, dash: 1, space: 1.5 },
  /** The track's tint of its family's colour. */
  trackTint: 0.9,
} as const;

export interface ChartRow {
  readonly titre: string;
  /** The family's place in the report: its colour's index in the palette. */
  readonly famille: number;
  readonly renseigne: boolean;
  /** The bar's length, 0 to 1 of the track. */
  readonly share: number;
  readonly negatif: boolean;
}

export const chartRows = (model: ReportModel): ChartRow[] =>
  model.familles.flatMap((family, f) =>
    family.criteres.map((c) => ({ titre: c.titre, famille: f, renseigne: c.renseigne, share: c.score / MAX_SCORE, negatif: c.renseigne && c.constats_negatifs.length > 0 })),
  );

/** The three states in the legend's order, each with the key of its words. */
export const LEGEND = [
  { state: 'points', label: 'graphique_legende_points' },
  { state: 'negatif', label: 'graphique_legende_negatif' },
  { state: 'non_renseigne', label: 'graphique_non_renseigne' },
] as const;

/** What the alternative text says of one criterion. */
function stateText(criterion: CriterionModel, labels: DocumentLabels): string {
  if (!criterion.renseigne) return fill(labels.graphique_critere_non_renseigne ?? '', { critere: criterion.titre });
  const template = criterion.constats_negatifs.length > 0 ? labels.graphique_critere_negatif : labels.graphique_critere;
  return fill(template ?? labels.graphique_critere, { critere: criterion.titre, score: criterion.score });
}

/** The chart in words: its title, then each criterion's state. */
export const chartAlternative = (model: ReportModel, labels: DocumentLabels): string =>
  [labels.graphique, ...model.familles.flatMap((f) => f.criteres.map((c) => stateText(c, labels)))].join(`${wordsOf(model.langue).typography.semicolon} `);
