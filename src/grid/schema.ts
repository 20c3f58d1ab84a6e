/** The JSON Schema of an evaluation file, derived from the grid (schemas/evaluation.schema.json). */
import { FAMILIES, FORMAT_VERSION, SITE_FIELDS, fieldsOf } from './grid.js';
import { MAX_SCORE, MIN_INTENSITY } from '../score/rubric.js';
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

function fieldSchema(field: Field, criterion?: Criterion): Schema {
  const description = `${fieldDescription(field, criterion)}${applicabilityNote(field)}`;
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
    text: `"$${stop}"`,
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
  const site = SITE_FIELDS.map((f) => f.id);
  const required = SITE_FIELDS.filter((f) => f.required).map((f) => f.id);
  const schema: Schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Évaluation des effets sociaux et urbains d’un tiers-lieu',
    description: 'Fichier d’évaluation lu par impact (grille Approche.s ! / Commune Mesure).',
    errorMessage: keysError('évaluation', ['version', 'lieu', 'langue', ...FAMILIES.map((f) => f.id)], ['version', 'lieu']),
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
      lieu: {
        title: 'Le lieu évalué',
        description: 'Son nom (obligatoire), sa commune, la période évaluée, la date de l’évaluation et qui l’a menée.',
        errorMessage: keysError('lieu', site, required),
        type: 'object',
        additionalProperties: false,
        required,
        properties: Object.fromEntries(SITE_FIELDS.map((f) => [f.id, fieldSchema(f)])),
      },
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
    },
  };
  return typeset(schema) as Schema;
}
