/**
 * The comparison model: two evaluations of one site, as data, in one language — what
 * `impact compare` writes as Markdown and PDF through templates/comparaison*.hbs. A pure function
 * of the two report models (`modelOf`): per family its intensities (the committee's and the
 * computed one) on both sides, per criterion what changed (diff.ts), and the counts of it all.
 */
import { FAMILIES } from '../grid/grid.js';
import type { Lang } from '../grid/types.js';
import type { FamilyModel, ReportModel } from '../model/model.js';
import type { FamilyStatus } from '../score/score.js';
import { lowerFirst } from '../words/prose.js';
import { criterionChange, direction, type CriterionChange, type Direction } from './diff.js';
import type { Matching } from './match.js';

/** A family as one evaluation rates it; `sans_objet` when that evaluation leaves the optional family out. */
export interface FamilyState {
  readonly sans_objet: boolean;
  readonly renseignee: boolean;
  readonly statut: FamilyStatus;
  /** As its report shows it: the committee's intensity when it set one. */
  readonly score: number;
  readonly score_calcule: number;
  /** The committee's intensity, when it set one. */
  readonly comite?: number;
}

/** How a family's intensity moved: up, down, the same, or the same 0 of another kind (« effets décrits » to « aucun effet positif »), or the optional family added or left out. */
export type FamilyEvolution = Direction | 'statut' | 'ajoutee' | 'retiree';

export interface FamilyChange {
  readonly id: string;
  readonly titre: string;
  readonly avant: FamilyState;
  readonly apres: FamilyState;
  readonly evolution: FamilyEvolution;
  /** Of the intensity computed from the answers, beside the committee's. */
  readonly sens_calcule: Direction;
  /** Whether a committee set its intensity in either evaluation: both intensities are then shown. */
  readonly comite: boolean;
  /** Its criteria that changed, in grid order. */
  readonly criteres: readonly CriterionChange[];
  /** Its criteria answered in both evaluations alike, as written inside a sentence. */
  readonly inchanges: readonly string[];
  /** Its criteria neither evaluation answers, likewise. */
  readonly jamais_renseignes: readonly string[];
}

/** One evaluation as the comparison names it. */
export interface Side {
  readonly nom: string;
  readonly commune?: string;
  readonly periode?: string;
  /** Written out (« 14 mars 2025 »). */
  readonly date_evaluation?: string;
  /** The same, YYYY-MM-DD: the second evaluation's dates the PDF. */
  readonly date_iso?: string;
}

export interface ComparisonModel {
  readonly langue: Lang;
  /** The site as the second evaluation names it. */
  readonly lieu: { readonly nom: string; readonly commune?: string };
  readonly avant: Side;
  readonly apres: Side;
  /** How the two files were found to be of one site (docs/compare.md); `forcee` with --force when they were not. */
  readonly correspondance: Exclude<Matching, 'different'> | 'forcee';
  /** The site's name changed between the two evaluations. */
  readonly nom_change: boolean;
  readonly familles: readonly FamilyChange[];
  readonly resume: {
    readonly criteres_en_hausse: number;
    readonly criteres_en_baisse: number;
    readonly seulement_avant: number;
    readonly seulement_apres: number;
    readonly observations_ajoutees: number;
    readonly observations_retirees: number;
    readonly negatifs_apparus: number;
    readonly negatifs_resolus: number;
    readonly textes_reecrits: number;
  };
  /** Whether anything changed at all. */
  readonly changements: boolean;
}

/** The optional family in an evaluation that leaves it out. */
export const NOT_APPLYING: FamilyState = { sans_objet: true, renseignee: false, statut: 'not-assessed', score: 0, score_calcule: 0 };

/** A family of a report model as the comparison reads it; absent, it does not apply. */
export function familyState(family: FamilyModel | undefined): FamilyState {
  if (!family) return NOT_APPLYING;
  const { renseignee, statut, score, score_calcule, avis_comite } = family;
  return { sans_objet: false, renseignee, statut, score, score_calcule, ...(avis_comite ? { comite: avis_comite.valeur } : {}) };
}

function evolutionOf(avant: FamilyState, apres: FamilyState): FamilyEvolution {
  if (avant.sans_objet !== apres.sans_objet) return avant.sans_objet ? 'ajoutee' : 'retiree';
  const moved = direction(avant.score, apres.score);
  return moved === 'stable' && avant.statut !== apres.statut ? 'statut' : moved;
}

function sideOf(model: ReportModel): Side {
  const { nom, commune, periode, date_evaluation: iso } = model.lieu;
  const date = model.details.find((detail) => detail.id === 'date_evaluation')?.valeur;
  const dated = typeof date === 'string' && iso ? { date_evaluation: date, date_iso: iso } : {};
  return { nom, ...(commune ? { commune } : {}), ...(periode ? { periode } : {}), ...dated };
}

function familyChange(index: number, before: ReportModel, after: ReportModel, lang: Lang): FamilyChange[] {
  const family = FAMILIES[index];
  if (!family) return [];
  const [a, b] = [before.familles.find((f) => f.id === family.id), after.familles.find((f) => f.id === family.id)];
  if (!a && !b) return [];
  const [avant, apres] = [familyState(a), familyState(b)];
  const criteria = family.criteria.map((criterion, j) => ({ titre: lowerFirst(criterion.label[lang]), a: a?.criteres[j], b: b?.criteres[j], criterion }));
  const criteres = criteria.flatMap(({ criterion, a: ca, b: cb }) => criterionChange(criterion, ca, cb, lang) ?? []);
  return [
    {
      id: family.id,
      titre: family.label[lang],
      avant,
      apres,
      evolution: evolutionOf(avant, apres),
      sens_calcule: direction(avant.score_calcule, apres.score_calcule),
      comite: avant.comite !== undefined || apres.comite !== undefined,
      criteres,
      inchanges: criteria.filter((c) => c.a?.renseigne && c.b?.renseigne && !criteres.some((changed) => changed.id === c.criterion.id)).map((c) => c.titre),
      jamais_renseignes: criteria.filter((c) => !c.a?.renseigne && !c.b?.renseigne).map((c) => c.titre),
    },
  ];
}

/** The two evaluations of one site compared, in `lang` (both models are in it). */
export function buildComparison(before: ReportModel, after: ReportModel, correspondance: ComparisonModel['correspondance']): ComparisonModel {
  const lang = after.langue;
  const familles = FAMILIES.flatMap((_, i) => familyChange(i, before, after, lang));
  const criteres = familles.flatMap((f) => f.criteres);
  const changes = criteres.flatMap((c) => c.changements);
  const choices = changes.flatMap((c) => (c.genre === 'choix' ? [c] : []));
  const count = (test: (c: CriterionChange) => boolean): number => criteres.filter(test).length;
  const resume = {
    criteres_en_hausse: count((c) => c.sens === 'hausse'),
    criteres_en_baisse: count((c) => c.sens === 'baisse'),
    seulement_avant: count((c) => c.seulement_avant),
    seulement_apres: count((c) => c.seulement_apres),
    observations_ajoutees: choices.reduce((n, c) => n + c.ajoutes.length, 0),
    observations_retirees: choices.reduce((n, c) => n + c.retires.length, 0),
    negatifs_apparus: criteres.reduce((n, c) => n + c.negatifs_apparus.length, 0),
    negatifs_resolus: criteres.reduce((n, c) => n + c.negatifs_resolus.length, 0),
    textes_reecrits: changes.filter((c) => c.genre === 'texte' && c.avant !== undefined && c.apres !== undefined).length,
  };
  const { commune } = after.lieu;
  return {
    langue: lang,
    lieu: { nom: after.lieu.nom, ...(commune ? { commune } : {}) },
    avant: sideOf(before),
    apres: sideOf(after),
    correspondance,
    nom_change: before.lieu.nom.trim() !== after.lieu.nom.trim(),
    familles,
    resume,
    changements: criteres.length > 0 || familles.some((f) => f.evolution !== 'stable'),
  };
}
