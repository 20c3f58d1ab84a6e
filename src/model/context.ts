/**
 * The report model's account of what the file says beside the grid's answers
 * (src/grid/context.ts): each value as written, typed, and labelled in the report's language,
 * dates written out and the surface with its unit, so that a template prints them as they are.
 */
import { CONCLUSION_FIELDS, SECTIONS, SITE_DESCRIPTION } from '../grid/context.js';
import { hasAnswer } from '../grid/answers.js';
import type { Field, Lang } from '../grid/types.js';
import { formatNumber, writtenDate, writtenPartialDate } from '../words/prose.js';
import { wordsOf } from '../words/words.js';

/** One answered field, labelled: « Commune : Mulhouse ». */
export interface SiteDetail {
  readonly id: string;
  readonly champ: string;
  readonly valeur: string | readonly string[];
}

export interface SiteDescription {
  readonly description?: string;
  readonly adresse?: string;
  readonly structure_porteuse?: string;
  /** As written: a year (2019, a number when unquoted), a month ("2019-03") or a day ("2019-03-04"). */
  readonly date_ouverture?: string | number;
  /** In square metres. */
  readonly surface?: number;
  readonly activites?: readonly string[];
  readonly publics?: readonly string[];
  readonly site_web?: string;
  readonly contact?: string;
  /** The logo or photo, as written: a path relative to the evaluation file (checked to exist). */
  readonly image?: string;
}

export interface EvaluationModel {
  readonly commanditaire?: string;
  readonly objet?: string;
  readonly periode_collecte?: string;
  readonly sources?: readonly string[];
  readonly methode?: string;
  /** The fields above that are answered, labelled, in the file's order. */
  readonly details: readonly SiteDetail[];
}

export interface CommitteeMember {
  readonly nom: string;
  readonly role?: string;
}

export interface CommitteeModel {
  /** YYYY-MM-DD. */
  readonly date_validation?: string;
  /** The same date written out (« 2 avril 2025 »). */
  readonly date_validation_ecrite?: string;
  readonly membres: readonly CommitteeMember[];
}

export interface ContextModel {
  /** The site described beyond its details, labelled (its image aside: a path is not for reading); the values are in `lieu`. */
  readonly presentation: readonly SiteDetail[];
  /** Absent when the file says nothing of it. */
  readonly evaluation?: EvaluationModel;
  readonly comite?: CommitteeModel;
  readonly conclusions?: string;
  readonly recommandations: readonly string[];
}

type Data = Readonly<Record<string, unknown>>;

const asData = (value: unknown): Data => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {});

/** A value as a reader sees it: a date written out, a surface with its unit. */
function shown(field: Field, value: unknown, lang: Lang): string | readonly string[] {
  if (field.kind === 'date') return writtenDate(value as string, lang);
  if (field.kind === 'partial-date') return writtenPartialDate(value as string | number, lang);
  if (field.kind === 'count') return `${formatNumber(value as number, lang)}${wordsOf(lang).typography.unitSpace}m²`;
  return value as string | readonly string[];
}

/** The answered fields of `data`, labelled. */
export function labelled(fields: readonly Field[], data: Data, lang: Lang): SiteDetail[] {
  return fields.filter((f) => hasAnswer(data[f.id])).map((f) => ({ id: f.id, champ: (f.shownLabel ?? f.label)[lang], valeur: shown(f, data[f.id], lang) }));
}

/** The answered fields of `data`, as written. */
const answered = (fields: readonly Field[], data: Data): Data => Object.fromEntries(fields.filter((f) => hasAnswer(data[f.id])).map((f) => [f.id, data[f.id]]));

function committee(data: Data, lang: Lang): CommitteeModel | undefined {
  const date = typeof data.date_validation === 'string' ? data.date_validation : undefined;
  const members = Array.isArray(data.membres) ? (data.membres as Data[]).map(asData) : [];
  const membres = members.map((m) => ({ nom: String(m.nom), ...(hasAnswer(m.role) ? { role: String(m.role) } : {}) }));
  if (date === undefined && membres.length === 0) return undefined;
  return { ...(date ? { date_validation: date, date_validation_ecrite: writtenDate(date, lang) } : {}), membres };
}

export function contextModel(data: Data, lang: Lang): ContextModel {
  const evaluation = asData(data.evaluation);
  const details = labelled(SECTIONS.evaluation.fields, evaluation, lang);
  const comite = committee(asData(data.comite), lang);
  const [conclusions, recommendations] = CONCLUSION_FIELDS.map((f) => data[f.id]);
  return {
    presentation: labelled(
      SITE_DESCRIPTION.filter((f) => f.kind !== 'file'),
      asData(data.lieu),
      lang,
    ),
    ...(details.length > 0 ? { evaluation: { ...(answered(SECTIONS.evaluation.fields, evaluation) as Omit<EvaluationModel, 'details'>), details } } : {}),
    ...(comite ? { comite } : {}),
    ...(hasAnswer(conclusions) ? { conclusions: conclusions as string } : {}),
    recommandations: hasAnswer(recommendations) ? (recommendations as string[]) : [],
  };
}
