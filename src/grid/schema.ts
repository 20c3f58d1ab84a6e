/** The JSON Schema of an evaluation file, derived from the grid (schemas/evaluation.schema.json). */
import { FAMILIES, FORMAT_VERSION, SITE_FIELDS, fieldsOf } from './grid.js';
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

/** Beyond any tiers-lieu: a count this large is a typo, and would lose precision. */
const MAX_COUNT = 10_000_000;

/**
 * A text that says something: spaces or control characters alone would print a half sentence, a
 * lone # or an empty bullet.
 */
export const NOT_BLANK = '[^\\s\\p{Cc}\\p{Cf}]';
const NON_BLANK: Schema = { type: 'string', pattern: NOT_BLANK };

const KIND_HELP: Record<Field['kind'], string> = {
  single: 'Un seul choix parmi les options.',
  multi: 'Une liste d’options, sans doublon.',
  count: 'Un nombre entier, de 0 à 10 000 000.',
  texts: 'Une liste de textes libres.',
  text: 'Un texte libre.',
  date: 'Une date au format AAAA-MM-JJ.',
};

/** When the field applies, as the grid says (completeness and `impact init` read the same data). */
function applicabilityNote(field: Field): string {
  const rule = field.appliesWhen;
  if (!rule) return '';
  if ('nonZero' in rule) return ` Ne s’applique pas quand « ${rule.field} » vaut 0.`;
  return ` Ne s’applique que si « ${rule.field} » vaut ${rule.options.join(' ou ')}.`;
}

/** An open list: the options by id and label, or any other text, printed as written. */
function openItems(options: readonly Option[]): Schema {
  const listed = options.map((o) => `${o.id} (${o.label.fr})`).join(' ; ');
  return { type: 'string', pattern: NOT_BLANK, examples: options.map((o) => o.id), description: `Un identifiant : ${listed} ; ou un autre texte, imprimé tel quel.` };
}

function fieldSchema(field: Field): Schema {
  const described = { title: field.label.fr, description: `${KIND_HELP[field.kind]}${applicabilityNote(field)}` };
  const options = field.options ?? [];
  switch (field.kind) {
    case 'single':
      return { ...described, ...optionIds(frenchOptions(options)) };
    case 'multi':
      if (field.open) return { ...described, type: 'array', items: openItems(options), uniqueItems: true };
      return { ...described, type: 'array', items: optionIds(frenchOptions(options)), uniqueItems: true };
    case 'count':
      return { ...described, type: 'integer', minimum: 0, maximum: MAX_COUNT };
    case 'texts':
      return { ...described, type: 'array', items: NON_BLANK };
    case 'text':
      return { ...described, type: 'string', ...(field.required ? { pattern: NOT_BLANK } : {}) };
    case 'date':
      return { ...described, type: 'string', format: 'date' };
  }
}

function criterionSchema(criterion: Criterion): Schema {
  return {
    title: criterion.label.fr,
    description: criterion.addition ? `${criterion.question.fr} ${criterion.addition.fr}` : criterion.question.fr,
    type: ['object', 'null'],
    additionalProperties: false,
    properties: Object.fromEntries(fieldsOf(criterion).map((f) => [f.id, fieldSchema(f)])),
  };
}

const INTENSITE: Schema = {
  title: 'Intensité retenue par le comité',
  description: 'Le jugement du comité d’évaluation, qui prime sur le score calculé ; le rapport montre les deux.',
  type: 'object',
  additionalProperties: false,
  required: ['valeur', 'justification'],
  properties: {
    valeur: { title: 'Intensité', description: 'De 1 (+) à 4 (++++).', type: 'integer', minimum: 1, maximum: 4 },
    justification: { title: 'Justification', description: 'Pourquoi le comité retient cette intensité.', type: 'string', pattern: NOT_BLANK },
  },
};

function familySchema(family: Family): Schema {
  return {
    title: family.label.fr,
    description: `Critères de la famille « ${family.label.fr} »${family.optional ? ' (famille facultative)' : ''}.`,
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      mots_cles: {
        title: 'Mots-clés',
        description: 'Mots-clés de la famille, imprimés en #mots-clés sous son intensité.',
        type: 'array',
        items: NON_BLANK,
      },
      intensite: INTENSITE,
      ...Object.fromEntries(family.criteria.map((c) => [c.id, criterionSchema(c)])),
    },
  };
}

export function buildSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Évaluation des effets sociaux et urbains d’un tiers-lieu',
    description: 'Fichier d’évaluation lu par impact (grille Approche.s ! / Commune Mesure).',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'lieu'],
    properties: {
      version: { title: 'Version du format', description: `Toujours ${FORMAT_VERSION}.`, const: FORMAT_VERSION },
      lieu: {
        title: 'Le lieu évalué',
        description: 'Son nom (obligatoire), sa commune, la période évaluée, la date de l’évaluation et qui l’a menée.',
        type: 'object',
        additionalProperties: false,
        required: SITE_FIELDS.filter((f) => f.required).map((f) => f.id),
        properties: Object.fromEntries(SITE_FIELDS.map((f) => [f.id, fieldSchema(f)])),
      },
      langue: {
        title: 'Langue du rapport',
        description: 'fr par défaut ; l’option --lang de la ligne de commande l’emporte.',
        ...optionIds([
          { id: 'fr', label: 'français' },
          { id: 'en', label: 'anglais' },
        ]),
      },
      ...Object.fromEntries(FAMILIES.map((f) => [f.id, familySchema(f)])),
    },
  };
}
