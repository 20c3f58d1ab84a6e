/** The JSON Schema of an evaluation file, derived from the grid (schemas/evaluation.schema.json). */
import { CONCLUSION_FIELDS, MEMBER_FIELDS, MEMBERS, SECTIONS, SITE_DESCRIPTION } from './context.js';
import { FAMILIES, FORMAT_VERSION, SITE_FIELDS, fieldsOf } from './grid.js';
import { MAX_SCORE, MIN_INTENSITY } from './rubric.js';
import { FULL_DATE, PARTIAL_DATE, YEARS } from '../text/dates.js';
import { frenchSpacing } from '../text/typography.js';
import { applicabilityNote, code, fieldDescription, fieldError, keysError, MAX_COUNT, optionError } from './schema-words.js';
import type { Criterion, Family, Field, Option } from './types.js';

export const SCHEMA_ID = 'urn:impact-tiers-lieux:schema:evaluation:1';

type Schema = Record<string, unknown>;

const NEGATIVE_NOTE = 'Observation négative : rapportée dans le rapport, jamais comptée dans le score.';

/**
 * Option ids as an `enum` with a label for each: yaml-language-server shows `enumDescriptions`
 * in completion and hover (it ignores the titles of `oneOf` branches).
 */
function optionIds(options: readonly { id: string; label: string; negative?: boolean }[]): Schema {
  const labels = options.map((o) => (o.negative ? `${o.label} — ${NEGATIVE_NOTE}` : o.label));
  return { type: 'string', enum: options.map((o) => o.id), enumDescriptions: labels, markdownEnumDescriptions: labels };
}

const frenchOptions = (options: readonly Option[]) => options.map((o) => ({ id: o.id, label: o.label.fr, ...(o.negative ? { negative: true } : {}) }));

/**
 * A text that says something: spaces or control characters alone would print a half sentence, a
 * lone # or an empty bullet.
 */
export const NOT_BLANK = '[^\\s\\p{Cc}\\p{Cf}]';
const NON_BLANK: Schema = { type: 'string', pattern: NOT_BLANK };

const nonBlankItem = (errorMessage: string): Schema => ({ ...NON_BLANK, errorMessage });

/** An open list: the options by id and label, or any other text, printed as written. */
function openItems(options: readonly Option[]): Schema {
  const listed = options.map((o) => `${o.id} (${o.label.fr})`).join(' ; ');
  return { type: 'string', pattern: NOT_BLANK, examples: options.map((o) => o.id), description: `Un identifiant : ${listed} ; ou un autre texte, imprimé tel quel.` };
}

/** The hover's Markdown of a field: what it is, then its options with their labels. */
function fieldMarkdown(field: Field, description: string): string {
  const options = (field.options ?? []).map((o) => `- \`${o.id}\` — ${o.label.fr}${o.negative ? ` (${NEGATIVE_NOTE.toLowerCase()})` : ''}`);
  return options.length > 0 ? `${description}\n\nOptions :\n\n${options.join('\n')}` : description;
}

/** A web address a reader can follow: http or https, a host with a dot, no spaces. */
export const WEB_ADDRESS = '^https?://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?$';

/** `where`: the criterion the field answers, or the key it sits under outside the criteria. */
export function fieldSchema(field: Field, where: Criterion | string): Schema {
  const description = `${fieldDescription(field, where)}${applicabilityNote(field)}`;
  const described = { title: field.label.fr, description, markdownDescription: fieldMarkdown(field, description), errorMessage: fieldError(field) };
  const options = field.options ?? [];
  switch (field.kind) {
    case 'single':
      return { ...described, ...optionIds(frenchOptions(options)) };
    case 'multi':
      if (field.open) return { ...described, type: 'array', items: openItems(options), uniqueItems: true };
      return { ...described, type: 'array', items: { ...optionIds(frenchOptions(options)), errorMessage: optionError(field) }, uniqueItems: true };
    case 'count':
      return { ...described, type: 'integer', minimum: 0, maximum: MAX_COUNT };
    case 'texts':
      return { ...described, type: 'array', items: nonBlankItem(fieldError(field)) };
    case 'text':
      return { ...described, type: 'string', ...(field.required ? { pattern: NOT_BLANK } : {}) };
    case 'date':
      return { ...described, type: 'string', format: 'date' };
    case 'partial-date':
      // The shape by its pattern, a full day by its format: 2019-02-30 is no day.
      return { ...described, type: ['string', 'integer'], pattern: PARTIAL_DATE, ...YEARS, if: { type: 'string', pattern: FULL_DATE }, then: { format: 'date' } };
    case 'url':
      return { ...described, type: 'string', pattern: WEB_ADDRESS };
    case 'file':
      return { ...described, type: 'string', pattern: NOT_BLANK };
  }
}

/** What a criterion's snippet writes for a field: an empty answer, the cursor where it goes (`$1`…). */
function snippetValue(field: Field, stop: number): string {
  const ids = (field.options ?? []).map((o) => o.id);
  const value: Record<Field['kind'], string> = {
    multi: `[$${stop}]`,
    texts: `[$${stop}]`,
    single: `\${${stop}|${ids.join(',')}|}`,
    count: `\${${stop}:0}`,
    date: `\${${stop}:AAAA-MM-JJ}`,
    'partial-date': `\${${stop}:AAAA}`,
    text: `"$${stop}"`,
    url: `\${${stop}:https://}`,
    file: `"$${stop}"`,
  };
  // yaml-language-server writes a value starting with ^ as it is, without quoting it.
  return `^${value[field.kind]}`;
}

/** The whole criterion with every field, empty, the cursor going from one answer to the next. */
const snippetBody = (criterion: Criterion): Schema => Object.fromEntries(fieldsOf(criterion).map((f, i) => [f.id, snippetValue(f, i + 1)]));

const snippet = (criterion: Criterion, body: Schema): Schema => ({
  label: `${criterion.id} : toutes ses clés`,
  description: `Le critère « ${criterion.label.fr} » avec chacune de ses clés, à remplir.`,
  body,
});

function criterionSchema(criterion: Criterion): Schema {
  const fields = fieldsOf(criterion);
  return {
    title: criterion.label.fr,
    description: criterion.addition ? `${criterion.question.fr} ${criterion.addition.fr}` : criterion.question.fr,
    markdownDescription: `**${criterion.question.fr}**${criterion.addition ? `\n\n${criterion.addition.fr}` : ''}\n\nSes clés : ${code(fields.map((f) => f.id))}.`,
    errorMessage: keysError(criterion.id, fields.map((f) => f.id)),
    type: ['object', 'null'],
    additionalProperties: false,
    properties: Object.fromEntries(fields.map((f) => [f.id, fieldSchema(f, criterion)])),
    // Offered inside the criterion, once its key is written.
    defaultSnippets: [snippet(criterion, snippetBody(criterion))],
  };
}

/** « 1 (+) à 4 (++++) »: the committee's scale, the rubric's. */
const SCALE = `${MIN_INTENSITY} (${'+'.repeat(MIN_INTENSITY)}) à ${MAX_SCORE} (${'+'.repeat(MAX_SCORE)})`;

const INTENSITE: Schema = {
  title: 'Intensité retenue par le comité',
  description: 'Le jugement du comité d’évaluation, qui prime sur le score calculé ; le rapport montre les deux.',
  errorMessage: `« intensite » a deux clés, obligatoires : valeur (de ${MIN_INTENSITY} à ${MAX_SCORE}) et justification (un texte) ; aucune autre.`,
  type: 'object',
  additionalProperties: false,
  required: ['valeur', 'justification'],
  properties: {
    valeur: {
      title: 'Intensité',
      description: `De ${SCALE}.`,
      errorMessage: `« valeur » prend un nombre entier de ${SCALE}, sans guillemets.`,
      type: 'integer',
      minimum: MIN_INTENSITY,
      maximum: MAX_SCORE,
    },
    justification: {
      title: 'Justification',
      description: 'Pourquoi le comité retient cette intensité.',
      errorMessage: '« justification » prend un texte non vide : pourquoi le comité retient cette intensité.',
      type: 'string',
      pattern: NOT_BLANK,
    },
  },
};

function familySchema(family: Family): Schema {
  const keys = ['mots_cles', 'intensite', ...family.criteria.map((c) => c.id)];
  return {
    title: family.label.fr,
    description: `Critères de la famille « ${family.label.fr} »${family.optional ? ' (famille facultative)' : ''}.`,
    markdownDescription: `Critères de la famille « ${family.label.fr} »${family.optional ? ' (famille facultative)' : ''} : ${code(family.criteria.map((c) => c.id))}.`,
    errorMessage: keysError(family.id, keys),
    // Offered among the family's keys: each criterion, its key and all its fields at once.
    defaultSnippets: family.criteria.map((c) => snippet(c, { [c.id]: snippetBody(c) })),
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      mots_cles: {
        title: 'Mots-clés',
        description: 'Mots-clés de la famille, imprimés en #mots-clés sous son intensité.',
        errorMessage: '« mots_cles » prend une liste de textes non vides entre crochets : [rencontres, entraide].',
        type: 'array',
        items: nonBlankItem('Un mot-clé est un texte non vide.'),
      },
      intensite: INTENSITE,
      ...Object.fromEntries(family.criteria.map((c) => [c.id, criterionSchema(c)])),
    },
  };
}

/** A mapping of fields, none required unless the field says so; `empty`: the key may be written with nothing under it. */
function fieldsSchema(key: string, fields: readonly Field[], title: string, description: string, extra: Schema = {}, empty = false): Schema {
  const required = fields.filter((f) => f.required).map((f) => f.id);
  return {
    title,
    description,
    errorMessage: keysError(key, [...fields.map((f) => f.id), ...Object.keys(extra)], required),
    type: empty ? ['object', 'null'] : 'object',
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    properties: { ...Object.fromEntries(fields.map((f) => [f.id, fieldSchema(f, key)])), ...extra },
  };
}

const MEMBERS_SCHEMA: Schema = {
  title: MEMBERS.label.fr,
  description: 'Les membres du comité qui ont validé le rapport, chacun avec son nom et son rôle.',
  errorMessage: '« membres » prend une liste de membres, chacun écrit « - nom: … » puis « role: … » à la ligne.',
  type: 'array',
  items: fieldsSchema('membres', MEMBER_FIELDS, 'Membre du comité', 'Un nom (obligatoire) et un rôle.'),
  defaultSnippets: [{ label: 'membres : un membre', description: 'Un membre du comité, son nom et son rôle.', body: [{ nom: '$1', role: '$2' }] }],
};

/** A section's snippet, offered inside it once its key is written: every key, empty, the cursor going from one to the next. */
function sectionSnippet(key: string, fields: readonly Field[], extra: Schema = {}): Schema {
  const body = { ...Object.fromEntries(fields.map((f, i) => [f.id, snippetValue(f, i + 1)])), ...extra };
  return { label: `${key} : toutes ses clés`, description: `« ${key} » avec chacune de ses clés, à remplir.`, body };
}

/** What the file says beside the grid's answers (src/grid/context.ts), at its root. */
function contextProperties(): Schema {
  const { evaluation, comite } = SECTIONS;
  const member = { nom: `$${comite.fields.length + 1}`, role: `$${comite.fields.length + 2}` };
  return {
    evaluation: {
      ...fieldsSchema('evaluation', evaluation.fields, evaluation.label.fr, 'Qui a demandé l’évaluation, pourquoi, quand les réponses ont été recueillies, auprès de qui et comment.', {}, true),
      defaultSnippets: [sectionSnippet('evaluation', evaluation.fields)],
    },
    comite: {
      ...fieldsSchema('comite', comite.fields, comite.label.fr, 'Quand le comité d’évaluation a validé le rapport, et qui le compose.', { membres: MEMBERS_SCHEMA }, true),
      defaultSnippets: [sectionSnippet('comite', comite.fields, { membres: [member] })],
    },
    ...Object.fromEntries(CONCLUSION_FIELDS.map((f) => [f.id, fieldSchema(f, '')])),
  };
}

/** The keys at the root of an evaluation file, in the order `impact init` writes them. */
const ROOT_KEYS: readonly string[] = ['version', 'lieu', 'langue', 'evaluation', 'comite', ...FAMILIES.map((f) => f.id), ...CONCLUSION_FIELDS.map((f) => f.id)];

/** The keys whose text a person reads in the editor. */
const READ = new Set(['title', 'description', 'markdownDescription', 'errorMessage', 'enumDescriptions', 'markdownEnumDescriptions', 'label']);

/** Every text of the schema in French typography (no-break spaces before « : » and inside « »). */
function typeset(node: unknown, read = false): unknown {
  if (typeof node === 'string') return read ? frenchSpacing(node) : node;
  if (Array.isArray(node)) return node.map((item) => typeset(item, read));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, typeset(value, READ.has(key))]));
}

export function buildSchema(): Schema {
  const schema: Schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Évaluation des effets sociaux et urbains d’un tiers-lieu',
    description: 'Fichier d’évaluation lu par impact (grille Approche.s ! / Commune Mesure).',
    errorMessage: keysError('évaluation', ROOT_KEYS, ['version', 'lieu']),
    type: 'object',
    additionalProperties: false,
    required: ['version', 'lieu'],
    properties: {
      version: {
        title: 'Version du format',
        description: `Toujours ${FORMAT_VERSION}.`,
        errorMessage: `« version » vaut toujours ${FORMAT_VERSION}, sans guillemets.`,
        const: FORMAT_VERSION,
      },
      lieu: fieldsSchema(
        'lieu',
        [...SITE_FIELDS, ...SITE_DESCRIPTION],
        'Le lieu évalué',
        'Son nom (obligatoire), sa commune, la période évaluée, la date de l’évaluation et qui l’a menée ; puis, si vous le souhaitez, ce qu’est le lieu : présentation, adresse, structure porteuse, ouverture, surface, activités, publics, site web, contact, logo ou photo.',
      ),
      langue: {
        title: 'Langue du rapport',
        description: 'fr par défaut ; l’option --lang de la ligne de commande l’emporte.',
        errorMessage: '« langue » vaut fr (français) ou en (anglais).',
        ...optionIds([
          { id: 'fr', label: 'français' },
          { id: 'en', label: 'anglais' },
        ]),
      },
      ...Object.fromEntries(FAMILIES.map((f) => [f.id, familySchema(f)])),
      ...contextProperties(),
    },
  };
  return typeset(schema) as Schema;
}
