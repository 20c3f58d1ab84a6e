/**
 * The portfolio model: many sites side by side, as data, in one language — what `impact summary`
 * writes as Markdown, PDF and CSV. A pure function of the sites' report models (`modelOf`) and of
 * the files that could not be read or were invalid. It is read by funders: a site counts as
 * evaluated once one of its criteria is answered, a family that does not apply is not "missing",
 * counts say which periods they cover, and sites come in name order.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { message, suggestionText } from '../diagnostics/messages.js';
import { FAMILIES } from '../grid/grid.js';
import type { Family, Lang } from '../grid/types.js';
import type { ReportModel, SiteDetail } from '../model/model.js';
import type { CriterionStatus, FamilyStatus } from '../score/score.js';
import { byName } from './order.js';
import { wordsOf } from '../words/words.js';
import { figuresByPeriod, totalOf, type PeriodFigures, type Total } from './periods.js';
import { gridCriteria, type GridCriterion } from './criteria.js';
import { scopeOf, type PortfolioScope } from './scope.js';
import { siteChanges, type SiteChange } from './changes.js';

export type { GridCriterion } from './criteria.js';

/** One family of one site. */
export interface SiteFamily {
  readonly id: string;
  readonly titre: string;
  /** The optional family left out of the evaluation: it does not apply to the site ("sans objet"), nothing is missing. */
  readonly sans_objet: boolean;
  /** Whether any of its criteria is answered: a 0 is then "effets décrits" or "aucun effet positif", not "non évalué". */
  readonly renseignee: boolean;
  /** As in its report (docs/scoring.md); `not-assessed` too when it does not apply. */
  readonly statut: FamilyStatus;
  /** 1..4, 0 for "non évalué" (nothing answered) or "sans objet"; the committee's value when it gave one. */
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
  /** Its family does not apply to the site (`SiteFamily.sans_objet`). */
  readonly sans_objet: boolean;
  readonly renseigne: boolean;
  /** As in its report: `described` when answered in words only. */
  readonly statut: CriterionStatus;
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
  /** Who commissioned the evaluation (`evaluation.commanditaire`), when it says. */
  readonly commanditaire?: string;
  /** What the list of sites says of it beside its town and period: who runs it, who commissioned its evaluation (labelled). */
  readonly fiche: readonly SiteDetail[];
}

/**
 * How many evaluated sites have each intensity in one family: `repartition` from ++++ (score 4)
 * down to the three kinds of 0, "effets décrits", "aucun effet positif" and "non évalué" (their
 * `statut`); `sans_objet` the sites it does not apply to.
 */
export interface FamilyDistribution {
  readonly id: string;
  readonly titre: string;
  readonly repartition: readonly { readonly score: number; readonly statut: FamilyStatus; readonly lieux: number }[];
  readonly sans_objet: number;
}

/** The columns of a family's distribution: + to ++++ (the committee's, or rated), then each kind of 0. */
const INTENSITY_COLUMNS: readonly { readonly score: number; readonly statut: FamilyStatus }[] = [
  { score: 4, statut: 'rated' },
  { score: 3, statut: 'rated' },
  { score: 2, statut: 'rated' },
  { score: 1, statut: 'rated' },
  { score: 0, statut: 'described' },
  { score: 0, statut: 'no-positive-effect' },
  { score: 0, statut: 'not-assessed' },
];

/** What one evaluated site leaves out, of what applies to it: families not evaluated, criteria not answered. */
export interface NotEvaluated {
  readonly fichier: string;
  readonly nom: string;
  /** Titles of the families with nothing answered (a family that does not apply is not one). */
  readonly familles: readonly string[];
  readonly criteres_non_renseignes: number;
  /** The number of criteria that apply to the site: the grid's 16, less those of a family left out. */
  readonly criteres: number;
}

/** A file left out of the portfolio, with its first error. */
export interface NotIncluded {
  /** For the command line and the CSV only: a portfolio's reader is told the site's name. */
  readonly fichier: string;
  /** The site's name (`lieu.nom`) when the file could be read and gives one. */
  readonly nom?: string;
  /** Whether the file could be read as YAML at all. */
  readonly lisible: boolean;
  /** 0 when the error concerns the whole file. */
  readonly ligne: number;
  readonly colonne: number;
  readonly message: string;
}

export interface PortfolioModel {
  readonly langue: Lang;
  /** What the sites evaluated cover, for the cover: communes, periods, commissioners, date. */
  readonly portee: PortfolioScope;
  /** The optional family, for the method note: its title and how many criteria it has. */
  readonly famille_facultative?: { readonly titre: string; readonly criteres: number };
  /** The grid's families, in report order, each with its criteria: the tables' headers and the legend. */
  readonly familles: readonly { readonly id: string; readonly titre: string; readonly criteres: readonly GridCriterion[] }[];
  /** The grid's criteria, numbered 1..16: the heat map's columns. */
  readonly criteres: readonly GridCriterion[];
  /**
   * The heat map's legend, one column per family: row `i` holds each family's `i`th criterion,
   * `null` where a family has fewer.
   */
  readonly legende: readonly (readonly (GridCriterion | null)[])[];
  /** The sites evaluated (at least one criterion answered), in name order: the tables' rows. */
  readonly lieux: readonly PortfolioSite[];
  /** Valid files with none of their criteria answered, in name order: listed, never counted. */
  readonly lieux_sans_reponse: readonly PortfolioSite[];
  /** Over the sites evaluated only. */
  readonly totaux: {
    readonly lieux: number;
    readonly beneficiaires: Total;
    readonly nouveaux_projets: Total;
    /** The counts period by period, in period order (the sites without one last). */
    readonly periodes: readonly PeriodFigures[];
    readonly intensites: readonly FamilyDistribution[];
    /** How many families do not apply to a site, over all the sites (the distribution's "sans objet" column, when not 0). */
    readonly sans_objet: number;
    /** How many families' intensities were set by an evaluation committee, over all the sites. */
    readonly avis_comite: number;
  };
  /** The sites evaluated more than once (several periods), each with its change (changes.ts). */
  readonly evolutions: readonly SiteChange[];
  /** Evaluated sites with a family "non évalué" or a criterion not answered, in the portfolio's order. */
  readonly non_evalues: readonly NotEvaluated[];
  /** Invalid or unreadable files, in name order (those without a name last). */
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
  /** `lieu.nom`, when the file could be read and gives one. */
  readonly nom?: string;
  readonly lisible: boolean;
}

export const INSERTION = { famille: 'effets_individuels', critere: 'insertion_professionnelle', champ: 'beneficiaires' } as const;
export const NEW_PROJECTS = { famille: 'effets_individuels', critere: 'capacite_agir', champ: 'nouveaux_projets' } as const;

/** The facts of `PortfolioSite.fiche`, in this order. */
const SITE_FACTS: readonly string[] = ['structure_porteuse', 'commanditaire'];

/** A count answered in a site's model, when it is. */
function countOf(model: ReportModel, where: { famille: string; critere: string; champ: string }): number | undefined {
  const value = model.familles.find((f) => f.id === where.famille)?.criteres.find((c) => c.id === where.critere)?.reponses[where.champ];
  return typeof value === 'number' ? value : undefined;
}

function siteOf({ fichier, model }: ValidSite, lang: Lang): PortfolioSite {
  const familles = FAMILIES.map((family): SiteFamily => {
    const shown = model.familles.find((f) => f.id === family.id);
    if (!shown) return { id: family.id, titre: family.label[lang], sans_objet: true, renseignee: false, statut: 'not-assessed', score: 0, score_calcule: 0 };
    return {
      id: family.id,
      titre: shown.titre,
      sans_objet: false,
      renseignee: shown.renseignee,
      statut: shown.statut,
      score: shown.score,
      score_calcule: shown.score_calcule,
      ...(shown.avis_comite ? { avis_comite: shown.avis_comite } : {}),
    };
  });
  const criteres = gridCriteria(lang).map(({ numero, id, famille }): SiteCriterion => {
    const shown = model.familles.find((f) => f.id === famille);
    const criterion = shown?.criteres.find((c) => c.id === id);
    return {
      numero,
      id,
      famille,
      sans_objet: !shown,
      renseigne: criterion?.renseigne ?? false,
      statut: criterion?.statut ?? 'unanswered',
      score: criterion?.score ?? 0,
    };
  });
  const beneficiaires = countOf(model, INSERTION);
  const nouveaux_projets = countOf(model, NEW_PROJECTS);
  const commanditaire = model.evaluation?.commanditaire;
  return {
    fichier,
    lieu: model.lieu,
    details: model.details,
    fiche: [...model.presentation, ...(model.evaluation?.details ?? [])].filter((detail) => SITE_FACTS.includes(detail.id)),
    familles,
    criteres,
    ...(beneficiaires !== undefined ? { beneficiaires } : {}),
    ...(nouveaux_projets !== undefined ? { nouveaux_projets } : {}),
    ...(commanditaire !== undefined ? { commanditaire } : {}),
  };
}

/** The first error of an invalid file, in the portfolio's language, with its suggestion. */
function notIncluded({ fichier, diagnostics, nom, lisible }: InvalidFile, lang: Lang): NotIncluded {
  const named = { fichier, ...(nom !== undefined ? { nom } : {}), lisible };
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  if (!first) return { ...named, ligne: 0, colonne: 0, message: '' };
  const suggestion = first.suggestion ? `${wordsOf(lang).typography.semicolon} ${suggestionText(first.suggestion, lang)}` : '';
  return { ...named, ligne: first.line, colonne: first.column, message: `${message(first, lang)}${suggestion}` };
}

/** A site is evaluated once any of its criteria is answered, be it only with a text. */
const evaluated = (site: PortfolioSite): boolean => site.familles.some((f) => f.renseignee);

/** Sites in name order, then their files' (`order.ts`). */
export const SITE_ORDER = byName((site: PortfolioSite) => ({ nom: site.lieu.nom, fichier: site.fichier }));

/** How many sites have each intensity of `family`, the `i`th; the sites it does not apply to are counted apart. */
function distribution(lieux: readonly PortfolioSite[], family: Family, i: number, lang: Lang): FamilyDistribution {
  const applying = lieux.map((site) => site.familles[i]).filter((f): f is SiteFamily => f !== undefined && !f.sans_objet);
  return {
    id: family.id,
    titre: family.label[lang],
    repartition: INTENSITY_COLUMNS.map(({ score, statut }) => ({
      score,
      statut,
      lieux: applying.filter((f) => f.score === score && (score > 0 || f.statut === statut)).length,
    })),
    sans_objet: lieux.length - applying.length,
  };
}

function notEvaluated(site: PortfolioSite): NotEvaluated[] {
  const familles = site.familles.filter((f) => !f.sans_objet && !f.renseignee).map((f) => f.titre);
  const applying = site.criteres.filter((c) => !c.sans_objet);
  const missing = applying.filter((c) => !c.renseigne).length;
  if (familles.length === 0 && missing === 0) return [];
  return [{ fichier: site.fichier, nom: site.lieu.nom, familles, criteres_non_renseignes: missing, criteres: applying.length }];
}

/**
 * The portfolio of `valid` and `invalid` files; `buildDate` (YYYY-MM-DD, from SOURCE_DATE_EPOCH)
 * dates it when no evaluation gives a date.
 */
export function buildPortfolio(valid: readonly ValidSite[], invalid: readonly InvalidFile[], lang: Lang, buildDate?: string): PortfolioModel {
  const criteres = gridCriteria(lang);
  const sites = valid.map((site) => siteOf(site, lang)).sort(SITE_ORDER);
  const lieux = sites.filter(evaluated);
  const intensites = FAMILIES.map((family, i) => distribution(lieux, family, i, lang));
  const familles = FAMILIES.map((family) => ({ id: family.id, titre: family.label[lang], criteres: criteres.filter((c) => c.famille === family.id) }));
  const rows = Math.max(...familles.map((f) => f.criteres.length));
  const legende = Array.from({ length: rows }, (_, i) => familles.map((f) => f.criteres[i] ?? null));
  const optional = FAMILIES.find((family) => family.optional);
  return {
    langue: lang,
    portee: scopeOf(lieux, lang, buildDate),
    ...(optional ? { famille_facultative: { titre: optional.label[lang], criteres: optional.criteria.length } } : {}),
    familles,
    criteres,
    legende,
    lieux,
    lieux_sans_reponse: sites.filter((site) => !evaluated(site)),
    totaux: {
      lieux: lieux.length,
      beneficiaires: totalOf(lieux, 'beneficiaires'),
      nouveaux_projets: totalOf(lieux, 'nouveaux_projets'),
      periodes: figuresByPeriod(lieux),
      intensites,
      sans_objet: intensites.reduce((n, family) => n + family.sans_objet, 0),
      avis_comite: lieux.reduce((n, site) => n + site.familles.filter((f) => f.avis_comite).length, 0),
    },
    evolutions: siteChanges(lieux.map((site) => valid.find((v) => v.fichier === site.fichier)?.model).filter((m): m is ReportModel => m !== undefined)),
    non_evalues: lieux.flatMap(notEvaluated),
    non_inclus: invalid.map((file) => notIncluded(file, lang)).sort(byName((file: NotIncluded) => file)),
  };
}
