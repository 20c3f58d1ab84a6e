/** The grid's criteria as the portfolio numbers them: the heat map's columns and its legend. */
import { FAMILIES } from '../grid/grid.js';
import type { Lang } from '../grid/types.js';

/** A criterion of the grid: its number in the heat map, its title, its family. */
export interface GridCriterion {
  readonly numero: number;
  readonly id: string;
  readonly titre: string;
  readonly famille: string;
  readonly titre_famille: string;
}

/** The grid's criteria, numbered in grid order, titles in `lang`. */
export function gridCriteria(lang: Lang): GridCriterion[] {
  return FAMILIES.flatMap((family) => family.criteria.map((criterion) => ({ criterion, family }))).map(({ criterion, family }, i) => ({
    numero: i + 1,
    id: criterion.id,
    titre: criterion.label[lang],
    famille: family.id,
    titre_famille: family.label[lang],
  }));
}
