/**
 * The rubric's numbers by the names templates print them with, `{{bareme "plafond_liste"}}`
 * (docs/templates.md): the constants of rubric.ts, and what the grid gives every field alike.
 */
import { FAMILIES, fieldsOf } from './grid.js';
import { COUNT_POINTS, EXAMPLE_POINTS, LIST_CAP, MAX_SCORE, MIN_INTENSITY, OPTION_POINTS, UNSUBSTANTIATED_CAP } from './rubric.js';

const FIELDS = FAMILIES.flatMap((family) => family.criteria.flatMap(fieldsOf));
const thresholdOf = (id: string): number => FIELDS.find((f) => f.id === id)?.threshold ?? 0;

export const BAREME = {
  /** A criterion's most points, and a family's highest intensity. */
  maximum: MAX_SCORE,
  intensite_minimum: MIN_INTENSITY,
  plafond_sans_preuve: UNSUBSTANTIATED_CAP,
  points_option: OPTION_POINTS,
  plafond_liste: LIST_CAP,
  /** What the best answer of a single choice is worth. */
  choix_maximum: Math.max(...FIELDS.filter((f) => f.kind === 'single').flatMap((f) => (f.options ?? []).map((o) => o.points))),
  nombre_des_un: COUNT_POINTS.some,
  nombre_au_seuil: COUNT_POINTS.threshold,
  /** The thresholds of the two counts: people supported (insertion), new projects (capacité à agir). */
  seuil_beneficiaires: thresholdOf('beneficiaires'),
  seuil_projets: thresholdOf('nouveaux_projets'),
  exemple: EXAMPLE_POINTS,
  /** New practices (innovation publique), however many. */
  pratiques: FIELDS.find((f) => f.id === 'pratiques')?.cap ?? OPTION_POINTS,
} satisfies Readonly<Record<string, number>>;
