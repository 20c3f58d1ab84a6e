/**
 * What a column of a form export stands for, read from its header against the grid: a grid path
 * (`effets_individuels.lien_social.publics`, or without the family), a field's label in French or
 * English after its criterion's (« Lien social — Publics en interaction »), a label alone where
 * no other field has it, and `… [option]` for a checkbox exported one column per option.
 */
import { CONCLUSION_FIELDS, MEMBERS, SECTIONS, SITE_DESCRIPTION } from '../grid/context.js';
import { FAMILIES, SITE_FIELDS, fieldsOf } from '../grid/grid.js';
import { LANGS, type Field, type Option, type Text } from '../grid/types.js';
import { Names, normalise } from './match.js';

/** A field of the evaluation file, by where it is written. */
export interface Target {
  readonly path: readonly string[];
  readonly field: Field;
}

export type Column =
  | { readonly kind: 'field'; readonly target: Target }
  | { readonly kind: 'option'; readonly target: Target; readonly option: Option }
  | { readonly kind: 'metadata' }
  | { readonly kind: 'unknown'; readonly suggestions: readonly string[] }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] };

const LANGUAGE: Field = {
  id: 'langue',
  kind: 'single',
  label: { fr: 'Langue du rapport', en: 'Language of the report' },
  options: [
    { id: 'fr', label: { fr: 'français', en: 'French' }, points: 0 },
    { id: 'en', label: { fr: 'anglais', en: 'English' }, points: 0 },
  ],
};

const KEYWORDS: Field = { id: 'mots_cles', kind: 'texts', label: { fr: 'Mots-clés', en: 'Keywords' } };

/** The committee's members, one cell for them all: `Nom (rôle) ; Nom (rôle)` (read by members.ts). */
export const MEMBERS_FIELD: Field = { id: MEMBERS.id, kind: 'texts', label: MEMBERS.label };

/** What form tools add to every export, about the answer rather than the site: left out, and said so. */
const METADATA = new Set(
  [
    'Horodateur', 'Horodatage', 'Timestamp', 'Date de soumission', 'Submit date', 'Submitted at', 'Date de début',
    'Date started', 'Date de la dernière action', 'Date last action', 'ID de la réponse', 'Response ID', 'ID',
    'Adresse e-mail', 'Adresse courriel', 'Email address', 'E-mail', 'Dernière page', 'Last page',
    'Langue de départ', 'Start language', 'Tête de série', 'Seed', 'Adresse IP', 'IP address',
    'URL de provenance', 'Referrer URL', 'Utilisateur', 'User', 'Jeton', 'Token',
  ].map(normalise),
);

export const pathOf = (target: Target): string => target.path.join('.');

const under = (section: string, fields: readonly Field[]): Target[] => fields.map((field) => ({ path: [section, field.id], field }));

/** Every field an import can fill, in the order `impact init` writes them. */
export function targets(): readonly Target[] {
  return [
    ...under('lieu', [...SITE_FIELDS, ...SITE_DESCRIPTION]),
    { path: ['langue'], field: LANGUAGE },
    ...under('evaluation', SECTIONS.evaluation.fields),
    ...under('comite', [...SECTIONS.comite.fields, MEMBERS_FIELD]),
    ...FAMILIES.flatMap((family) => [
      { path: [family.id, KEYWORDS.id], field: KEYWORDS },
      ...family.criteria.flatMap((criterion) => fieldsOf(criterion).map((field) => ({ path: [family.id, criterion.id, field.id], field }))),
    ]),
    ...CONCLUSION_FIELDS.map((field) => ({ path: [field.id], field })),
  ];
}

/** The words a header may use for a target: its path, then its labels. */
function namesOf(target: Target, owner: Text | undefined): string[] {
  const [first, ...rest] = target.path;
  const paths = [target.path.join('.'), ...(rest.length === 2 ? [rest.join('.')] : [])];
  const labels = LANGS.flatMap((lang) => [
    ...(owner ? [`${owner[lang]} — ${target.field.label[lang]}`] : []),
    target.field.label[lang],
  ]);
  // The site's fields, and those at the root, by their key alone too (`commune`, `conclusions`).
  return first === 'lieu' || target.path.length === 1 ? [...paths, ...labels, target.field.id] : [...paths, ...labels];
}

/** The label a header is written with: the criterion's, family's or section's label (the evaluation, the committee), then the field's. */
export function ownerLabel(target: Target): Text | undefined {
  const [familyId, criterionId] = target.path;
  if (familyId === 'evaluation' || familyId === 'comite') return SECTIONS[familyId].label;
  const family = FAMILIES.find((f) => f.id === familyId);
  if (!family) return undefined;
  if (target.path.length === 2) return family.label;
  return family.criteria.find((c) => c.id === criterionId)?.label;
}

/** The options a choice accepts: their ids and their labels, in each language. */
export function optionNames(field: Field): Names<Option> {
  const names = new Names<Option>();
  for (const option of field.options ?? []) {
    names.add(option.id, option);
    for (const lang of LANGS) {
      names.add(option.label[lang], option);
      if (option.singular) names.add(option.singular[lang], option);
    }
  }
  return names;
}

let index: Names<Target> | undefined;

function headerNames(): Names<Target> {
  if (index) return index;
  const names = new Names<Target>();
  for (const target of targets()) for (const name of namesOf(target, ownerLabel(target))) names.add(name, target);
  index = names;
  return names;
}

/** Where the group in brackets or parentheses that closes `header` (a header, a member's role) opens, nesting counted. */
export function trailingGroup(header: string, open: string, close: string): number | undefined {
  if (!header.endsWith(close)) return undefined;
  let depth = 0;
  for (let i = header.length - 1; i >= 0; i -= 1) {
    if (header[i] === close) depth += 1;
    else if (header[i] === open && --depth === 0) return i > 0 ? i : undefined;
  }
  return undefined;
}

function resolveField(header: string): Column | undefined {
  const found = headerNames().find(header);
  if (found.length === 1 && found[0]) return { kind: 'field', target: found[0] };
  if (found.length > 1) return { kind: 'ambiguous', candidates: found.map(pathOf) };
  // A header that lists the choices after the question, as `impact init --format csv` writes it.
  const listed = trailingGroup(header.trimEnd(), '(', ')');
  return listed === undefined ? undefined : resolveField(header.slice(0, listed));
}

export function readHeader(header: string): Column {
  if (METADATA.has(normalise(header))) return { kind: 'metadata' };
  const whole = resolveField(header);
  if (whole) return whole;
  const trimmed = header.trimEnd();
  const bracket = trailingGroup(trimmed, '[', ']');
  if (bracket !== undefined) {
    const question = resolveField(trimmed.slice(0, bracket));
    if (question?.kind === 'field' && question.target.field.kind === 'multi') {
      const names = optionNames(question.target.field);
      const options = names.find(trimmed.slice(bracket + 1, -1));
      if (options.length === 1 && options[0]) return { kind: 'option', target: question.target, option: options[0] };
      return { kind: 'unknown', suggestions: names.names().map((option) => `${trimmed.slice(0, bracket).trimEnd()} [${option}]`) };
    }
  }
  return { kind: 'unknown', suggestions: headerNames().names() };
}
