/**
 * What a document says about itself besides its blocks, in the PDF's metadata and the HTML's
 * head alike: its language, author, subject, keywords, the families whose colours it uses.
 */
import type { Lang } from '../grid/types.js';
import type { ReportModel } from '../model/model.js';
import type { ComparisonModel } from '../compare/model.js';
import type { PortfolioModel } from '../portfolio/model.js';
import type { DocumentLabels } from './labels.js';

export interface DocumentInfo {
  readonly langue: Lang;
  /** The metadata's author, when there is one (the evaluators). */
  readonly author?: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** Printed at the top of every page but the first (the site's name); by default the document's title (its H1). */
  readonly running?: string;
  /** The families' ids in report order: the `n`th takes the palette's `n`th colour. */
  readonly familles: readonly string[];
}

/** What a site's report says about itself: the evaluators as author, the site and keywords. */
export function reportInfo(model: ReportModel, subject: string): DocumentInfo {
  const keywords = [model.lieu.nom, model.lieu.commune, ...model.familles.flatMap((f) => f.mots_cles)].filter((k): k is string => Boolean(k));
  return {
    langue: model.langue,
    ...(model.lieu.evaluateurs?.length ? { author: model.lieu.evaluateurs.join(', ') } : {}),
    subject,
    keywords,
    running: model.lieu.nom,
    familles: model.familles.map((f) => f.id),
  };
}

/** What the portfolio says about itself: its subject, the sites' names as keywords. */
export function portfolioInfo(model: PortfolioModel, labels: DocumentLabels): DocumentInfo {
  return {
    langue: model.langue,
    subject: labels.portefeuille_sujet ?? labels.sujet,
    keywords: model.lieux.map((site) => site.lieu.nom),
    familles: model.familles.map((f) => f.id),
  };
}

/** A comparison's metadata: the site compared, its families in the grid's order. */
export function comparisonInfo(model: ComparisonModel, labels: DocumentLabels): DocumentInfo {
  return {
    langue: model.langue,
    subject: labels.comparaison_sujet ?? labels.sujet,
    keywords: [model.lieu.nom, ...(model.lieu.commune ? [model.lieu.commune] : [])],
    running: model.lieu.nom,
    familles: model.familles.map((f) => f.id),
  };
}
