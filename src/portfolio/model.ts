/**
 * The portfolio model: many sites side by side, as data, in one language — what `impact summary`
 * writes as Markdown, PDF and CSV. A pure function of the sites' report models (`modelOf`) and of
 * the files that could not be read or were invalid.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { message, suggestionText } from '../diagnostics/messages.js';
import { FAMILIES } from '../grid/grid.js';
import type { Lang } from '../grid/types.js';
import type { ReportModel, SiteDetail } from '../model/model.js';

/** One family of one site. */
export interface SiteFamily {
  readonly id: string;
  readonly titre: string;
  /** Whether the evaluation has this family at all (the optional one may be left out). */
  readonly presente: boolean;
  /** Whether any of its criteria is answered: a 0 is then "aucun effet positif", not "non évalué". */
  readonly renseignee: boolean;
  /** 1..4, 0 for "non évalué" (nothing answered, or the optional family left out); the committee's value when it gave one. */
  readonly score: number;
  readonly score_calcule: number;
  readonly avis_comite?: { readonly valeur: number; readonly justification: string };
}

/** One criterion of one site: every criterion of the grid, answered or not. */
export interface SiteCriterion {
  /** 1..16: the criterion's column in the heat map, in grid order. */
  readonly numero: number;
  readonly id: string;
  readonly famille: string;
  readonly renseigne: boolean;
  /** 0..4; 0 when not answered. */
  readonly score: number;
}

export interface PortfolioSite {
  /** The evaluation file, as given on the command line. */
  readonly fichier: string;
  readonly lieu: ReportModel['lieu'];
  /** The site's details other than its name, labelled, dates written out (as in its report). */
  readonly details: readonly SiteDetail[];
  /** Every family of the grid, in report order. */
  readonly familles: readonly SiteFamily[];
  /** Every criterion of the grid, in grid order. */
  readonly criteres: readonly SiteCriterion[];
  /** People reached by insertion actions (`insertion_professionnelle.beneficiaires`), when answered. */
  readonly beneficiaires?: number;
  /** New unplanned projects (`capacite_agir.nouveaux_projets`), when answered. */
  readonly nouveaux_projets?: number;
}

/** A criterion of the grid: its number in the heat map, its title, its family. */
export interface GridCriterion {
  readonly numero: number;
  readonly id: string;
  readonly titre: string;
  readonly famille: string;
  readonly titre_famille: string;
}

/** A sum over the sites that answer a count, and how many answer it. */
export interface Total {
  readonly total: number;
  readonly reponses: number;
}

/**
 * How many sites have each intensity in one family: `repartition` from ++++ (score 4) down to
 * "aucun effet positif" (score 0, answered) and "non évalué" (score 0, not answered).
 */
export interface FamilyDistribution {
  readonly id: string;
  readonly titre: string;
  readonly repartition: readonly { readonly score: number; readonly renseignee: boolean; readonly lieux: number }[];
}

/** The columns of a family's distribution: + to ++++ are answered by definition. */
const INTENSITY_COLUMNS = [
  { score: 4, renseignee: true },
  { score: 3, renseignee: true },
  { score: 2, renseignee: true },
  { score: 1, renseignee: true },
  { score: 0, renseignee: true },
  { score: 0, renseignee: false },
] as const;

/** What one site leaves out: families not evaluated, criteria not answered. */
export interface NotEvaluated {
  readonly fichier: string;
  readonly nom: string;
  /** Titles of the families with score 0. */
  readonly familles: readonly string[];
  readonly criteres_non_renseignes: number;
  /** The number of criteria of the grid (16). */
  readonly criteres: number;
}

/** A file left out of the portfolio, with its first error. */
export interface NotIncluded {
  readonly fichier: string;
  /** 0 when the error concerns the whole file. */
  readonly ligne: number;
  readonly colonne: number;
  readonly message: string;
}

export interface PortfolioModel {
  readonly langue: Lang;
  /** The grid's families, in report order, each with its criteria: the tables' headers and the legend. */
  readonly familles: readonly { readonly id: string; readonly titre: string; readonly criteres: readonly GridCriterion[] }[];
  /** The grid's criteria, numbered 1..16: the heat map's columns. */
  readonly criteres: readonly GridCriterion[];
  /**
   * The heat map's legend, one column per family: row `i` holds each family's `i`th criterion,
   * `null` where a family has fewer.
   */
  readonly legende: readonly (readonly (GridCriterion | null)[])[];
  readonly lieux: readonly PortfolioSite[];
  readonly totaux: {
    readonly lieux: number;
    readonly beneficiaires: Total;
    readonly nouveaux_projets: Total;
    readonly intensites: readonly FamilyDistribution[];
    /** How many families' intensities were set by an evaluation committee, over all the sites. */
    readonly avis_comite: number;
  };
  /** Sites with a family "non évalué" or a criterion not answered, in the portfolio's order. */
  readonly non_evalues: readonly NotEvaluated[];
  /** Invalid or unreadable files. */
  readonly non_inclus: readonly NotIncluded[];
}

export interface ValidSite {
  readonly fichier: string;
  /** The site's report model, in the portfolio's language. */
  readonly model: ReportModel;
}

export interface InvalidFile {
  readonly fichier: string;
  readonly diagnostics: readonly Diagnostic[];
}

export const INSERTION = { famille: 'effets_individuels', critere: 'insertion_professionnelle', champ: 'beneficiaires' } as const;
export const NEW_PROJECTS = { famille: 'effets_individuels', critere: 'capacite_agir', champ: 'nouveaux_projets' } as const;

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

/** A count answered in a site's model, when it is. */
function countOf(model: ReportModel, where: { famille: string; critere: string; champ: string }): number | undefined {
  const value = model.familles.find((f) => f.id === where.famille)?.criteres.find((c) => c.id === where.critere)?.reponses[where.champ];
  return typeof value === 'number' ? value : undefined;
}

function siteOf({ fichier, model }: ValidSite, lang: Lang): PortfolioSite {
  const familles = FAMILIES.map((family): SiteFamily => {
    const shown = model.familles.find((f) => f.id === family.id);
    if (!shown) return { id: family.id, titre: family.label[lang], presente: false, renseignee: false, score: 0, score_calcule: 0 };
    return {
      id: family.id,
      titre: shown.titre,
      presente: true,
      renseignee: shown.renseignee,
      score: shown.score,
      score_calcule: shown.score_calcule,
      ...(shown.avis_comite ? { avis_comite: shown.avis_comite } : {}),
    };
  });
  const criteres = gridCriteria(lang).map(({ numero, id, famille }): SiteCriterion => {
    const criterion = model.familles.find((f) => f.id === famille)?.criteres.find((c) => c.id === id);
    return { numero, id, famille, renseigne: criterion?.renseigne ?? false, score: criterion?.score ?? 0 };
  });
  const beneficiaires = countOf(model, INSERTION);
  const nouveaux_projets = countOf(model, NEW_PROJECTS);
  return {
    fichier,
    lieu: model.lieu,
    details: model.details,
    familles,
    criteres,
    ...(beneficiaires !== undefined ? { beneficiaires } : {}),
    ...(nouveaux_projets !== undefined ? { nouveaux_projets } : {}),
  };
}

function total(values: readonly (number | undefined)[]): Total {
  const answered = values.filter((v): v is number => v !== undefined);
  return { total: answered.reduce((sum, v) => sum + v, 0), reponses: answered.length };
}

/** The first error of an invalid file, in the portfolio's language, with its suggestion. */
function notIncluded({ fichier, diagnostics }: InvalidFile, lang: Lang): NotIncluded {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  if (!first) return { fichier, ligne: 0, colonne: 0, message: '' };
  const suggestion = first.suggestion ? `${lang === 'fr' ? '\u202F;' : ';'} ${suggestionText(first.suggestion, lang)}` : '';
  return { fichier, ligne: first.line, colonne: first.column, message: `${message(first, lang)}${suggestion}` };
}

export function buildPortfolio(valid: readonly ValidSite[], invalid: readonly InvalidFile[], lang: Lang): PortfolioModel {
  const criteres = gridCriteria(lang);
  const lieux = valid.map((site) => siteOf(site, lang));
  const intensites = FAMILIES.map((family, i): FamilyDistribution => ({
    id: family.id,
    titre: family.label[lang],
    repartition: INTENSITY_COLUMNS.map(({ score, renseignee }) => ({
      score,
      renseignee,
      lieux: lieux.filter((site) => site.familles[i]?.score === score && (score > 0 || site.familles[i]?.renseignee === renseignee)).length,
    })),
  }));
  const non_evalues = lieux.flatMap((site): NotEvaluated[] => {
    const familles = site.familles.filter((f) => !f.renseignee).map((f) => f.titre);
    const missing = site.criteres.filter((c) => !c.renseigne).length;
    if (familles.length === 0 && missing === 0) return [];
    return [{ fichier: site.fichier, nom: site.lieu.nom, familles, criteres_non_renseignes: missing, criteres: criteres.length }];
  });
  const familles = FAMILIES.map((family) => ({ id: family.id, titre: family.label[lang], criteres: criteres.filter((c) => c.famille === family.id) }));
  const rows = Math.max(...familles.map((f) => f.criteres.length));
  const legende = Array.from({ length: rows }, (_, i) => familles.map((f) => f.criteres[i] ?? null));
  return {
    langue: lang,
    familles,
    criteres,
    legende,
    lieux,
    totaux: {
      lieux: lieux.length,
      beneficiaires: total(lieux.map((site) => site.beneficiaires)),
      nouveaux_projets: total(lieux.map((site) => site.nouveaux_projets)),
      intensites,
      avis_comite: lieux.reduce((n, site) => n + site.familles.filter((f) => f.avis_comite).length, 0),
    },
    non_evalues,
    non_inclus: invalid.map((file) => notIncluded(file, lang)),
  };
}
