/**
 * fast-check arbitraries for property tests: valid evaluations drawn from the grid itself (every
 * family, criterion, field and option id comes from `src/grid/grid.ts`, none is copied here), the
 * hostile free text an evaluator may type, and the YAML files they are written as.
 */
import fc from 'fast-check';
import { parse, stringify, type ToStringOptions } from 'yaml';
import { FAMILIES, FORMAT_VERSION, SITE_FIELDS, fieldsOf } from '../../src/grid/grid.js';
import { NOT_BLANK } from '../../src/grid/schema.js';
import { LANGS, type Criterion, type Family, type Field } from '../../src/grid/types.js';

export type Evaluation = Record<string, unknown>;

/** The largest count the schema accepts (`maximum` of every count field). */
export const MAX_COUNT = 10_000_000;

// ---------------------------------------------------------------------------------------------
// Free text
// ---------------------------------------------------------------------------------------------

const chars = (s: string): string[] => [...s];

/** Markdown, HTML and template syntax, and what YAML reads as syntax. */
export const SPECIALS = chars('*_[]<>|#-+!`&{}\\~=.:;()"\'%@,?/^$');
export const BLANKS = ['\n', '\t', '\r\n', '\r', '\u00A0', '\u202F', '  ', '\u2028', '\u2029', '\u3000', '\u200B', '\uFEFF'];
export const ACCENTS = chars('éèêëàâäçîïôöùûüÿœæÉÈÀÇŒÆ«»’…·–—');
/** Latin-script letters of other languages: Turkish, Polish, Romanian, Vietnamese, Czech, Hungarian… */
export const LATIN = chars('şŞłŁăĂơƠđĐøØåÅßñÑğĞıİźżčšžőűțș');
/** Right-to-left scripts: Hebrew and Arabic. */
export const RTL = chars('אבגדשלוםעבריתعربيةسلام\u200F\u202E');
export const EMOJI = ['😀', '🎉', '👩‍👩‍👧', '🇫🇷', '❤️', '👍🏽', '🏳️‍🌈', '🙂'];
/** C0 and C1 control characters (tab, line feed and carriage return are in BLANKS). */
export const CONTROLS = chars('\u0000\u0001\u0002\u0007\u0008\u000B\u000C\u000E\u001B\u001F\u007F\u0080\u0085\u009B\u009F');
/** Whole words that mean something to YAML, Markdown, HTML or Handlebars. */
export const TRAPS = [
  'null', '~', 'true', 'no', 'yes', 'on', '1', '-1', '0x1F', '0o17', '1e3', '.nan', '-.inf', '2024-06-30', '12:30',
  '- a', ': b', '? k', '&a', '*a', '!tag', '!!str', '%YAML', '---', '...', '#x', ' # c', '@x',
  '{{x}}', '{{{x}}}', '{{> p}}', '**b**', '__u__', '_i_', '~~s~~', '<b>x</b>', '<!-- c -->', '&amp;', '&#35;', '&nbsp;',
  '[l](u)', '![i](u)', '<http://x.y>', 'http://exemple.fr', '# h', '## h', '1. x', '2) y', '> q', '| a | b |', '---', '***',
  '===', '    code', '```', '\\', '\\*', 'Le ', 'Les ', 'L’',
];
const WORD = chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');

/** One piece of text: mostly letters and spaces, often something hostile. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORD) },
  { weight: 3, arbitrary: fc.constant(' ') },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 2, arbitrary: fc.constantFrom(...BLANKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ACCENTS) },
  { weight: 1, arbitrary: fc.constantFrom(...LATIN) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 2, arbitrary: fc.constantFrom(...TRAPS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2 }) },
);

/** Any free text, the empty one included. */
export const anyText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

/** The schema's rule for a text that must be written (`NOT_BLANK`), read from the schema's own source. */
const notBlank = new RegExp(NOT_BLANK, 'u');

/** Free text that says something: a character that is neither a space nor a control (the schema's NOT_BLANK). */
export const nonEmptyText: fc.Arbitrary<string> = fc
  .array(piece, { minLength: 1, maxLength: 12 })
  .map((pieces) => pieces.join(''))
  .filter((text) => notBlank.test(text));

// ---------------------------------------------------------------------------------------------
// Evaluations
// ---------------------------------------------------------------------------------------------

/** A real calendar date, YYYY-MM-DD, from year 1 to 9999. */
export const isoDate: fc.Arbitrary<string> = fc
  .oneof(
    fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }),
  )
  .map((d) => d.toISOString().slice(0, 10));

const optionIds = (field: Field): string[] => (field.options ?? []).map((o) => o.id);

/** A valid value for any field of the grid, by its kind. */
export function fieldValue(field: Field): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'single':
      return fc.constantFrom(...optionIds(field));
    case 'multi':
      return fc.shuffledSubarray(optionIds(field));
    case 'count':
      return fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: MAX_COUNT }));
    case 'texts':
      return fc.array(nonEmptyText, { maxLength: 3 });
    case 'text':
      return field.required ? nonEmptyText : anyText;
    case 'date':
      return isoDate;
    case 'partial-date':
      return fc.oneof(isoDate, isoDate.map((d) => d.slice(0, 7)), fc.integer({ min: 1000, max: 9999 }));
    case 'url':
      return fc.constantFrom('https://www.exemple.fr', 'http://lieu.example.org/page?x=1');
    case 'file':
      return fc.constant('logo.png');
  }
}

/** Any subset of a criterion's fields (its own, `exemple` and `autres`), or `null`. */
export function criterionAnswers(criterion: Criterion): fc.Arbitrary<Evaluation | null> {
  const fields = fieldsOf(criterion);
  const answers = fc.record(Object.fromEntries(fields.map((f) => [f.id, fieldValue(f)])), { requiredKeys: [], noNullPrototype: true });
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 5, arbitrary: answers });
}

export const intensite = fc.record({ valeur: fc.integer({ min: 1, max: 4 }), justification: nonEmptyText }, { noNullPrototype: true });

/** A family: `null`, or its keywords, the committee's intensity and any of its criteria. */
export function familyAnswers(family: Family): fc.Arbitrary<Evaluation | null> {
  const content = fc.record(
    {
      mots_cles: fc.array(nonEmptyText, { maxLength: 3 }),
      intensite,
      ...Object.fromEntries(family.criteria.map((c) => [c.id, criterionAnswers(c)])),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: content });
}

export const lieu: fc.Arbitrary<Evaluation> = fc.record(Object.fromEntries(SITE_FIELDS.map((f) => [f.id, fieldValue(f)])), {
  requiredKeys: SITE_FIELDS.filter((f) => f.required).map((f) => f.id),
  noNullPrototype: true,
});

/** A valid evaluation: the version, the site, maybe a language, each family absent, null or answered. */
export const evaluation: fc.Arbitrary<Evaluation> = fc.record(
  {
    version: fc.constant(FORMAT_VERSION),
    lieu,
    langue: fc.constantFrom(...LANGS),
    ...Object.fromEntries(FAMILIES.map((f) => [f.id, familyAnswers(f)])),
  },
  { requiredKeys: ['version', 'lieu'], noNullPrototype: true },
);

// ---------------------------------------------------------------------------------------------
// YAML files
// ---------------------------------------------------------------------------------------------

/** How a file is written: YAML style, line ends, byte order mark, a leading comment. */
export interface Style {
  readonly yaml: ToStringOptions;
  readonly crlf: boolean;
  readonly bom: boolean;
  readonly comment: boolean;
}

/**
 * YAML styles for `stringify`. yaml 2.9 does not always write what reads back as the data:
 * `yamlText` checks, and falls back to fewer options when it does not (see there).
 */
export const style: fc.Arbitrary<Style> = fc.record({
  yaml: fc.record(
    {
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
      minContentWidth: fc.constantFrom(0, 20),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
      blockQuote: fc.constantFrom(true, false, 'literal', 'folded'),
      doubleQuotedAsJSON: fc.boolean(),
      flowCollectionPadding: fc.boolean(),
    },
    { requiredKeys: [], noNullPrototype: true },
  ) as fc.Arbitrary<ToStringOptions>,
  crlf: fc.boolean(),
  bom: fc.boolean(),
  comment: fc.boolean(),
});

/**
 * What yaml 2.9's `stringify` gets wrong, found by the property "the generated files read back as
 * the data": block scalars for text with leading or only blank lines (" " written `|-` over a
 * blank line reads back as ""; with an indentation of 4, the indicator `|2-` is off by two),
 * narrow line widths (folding inserts "undefined" into deeply nested flow strings, and splits
 * surrogate pairs), and unindented sequences among block collections (`key:\n  []` at the key's
 * own indentation), and some texts with NULs in them. So the style asked for is kept when its
 * text reads back as the data, else without block scalars, else with yaml's defaults and no
 * folding, else as JSON (YAML 1.2 reads JSON, escapes and all).
 */
function faithfulYaml(data: Evaluation, options: ToStringOptions): string {
  const fallbacks: (ToStringOptions | 'json')[] = [options, { ...options, blockQuote: false }, { blockQuote: false, lineWidth: 0 }, 'json'];
  for (const attempt of fallbacks) {
    let text: string;
    try {
      text = attempt === 'json' ? `${JSON.stringify(data, null, 2)}\n` : stringify(data, attempt);
    } catch {
      continue;
    }
    try {
      // Through UTF-8, as impact reads it: a surrogate pair split across lines does not survive.
      // Compared as JSON: the data may come from another realm (structuredClone under jest).
      if (JSON.stringify(parse(new TextDecoder().decode(utf8(text)))) === JSON.stringify(data)) return text;
    } catch {
      // Unreadable: the next, plainer style.
    }
  }
  throw new Error(`yaml cannot write ${JSON.stringify(data)}`);
}

/** The text of a YAML file holding `data`, written in `how`'s style (the BOM included). */
export function yamlText(data: Evaluation, how: Style): string {
  let text = faithfulYaml(data, how.yaml);
  if (how.comment) text = `# yaml-language-server: $schema=../schemas/evaluation.schema.json\n${text}`;
  if (how.crlf) text = text.replace(/\n/g, '\r\n');
  return how.bom ? `\uFEFF${text}` : text;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export interface EvaluationFile {
  readonly data: Evaluation;
  readonly style: Style;
  readonly text: string;
}

/** A valid evaluation and the YAML text it is written as. */
export const evaluationFile: fc.Arbitrary<EvaluationFile> = fc
  .tuple(evaluation, style)
  .map(([data, how]) => ({ data, style: how, text: yamlText(data, how) }));

// ---------------------------------------------------------------------------------------------
// Walking an evaluation
// ---------------------------------------------------------------------------------------------

/** Every criterion's answers that the evaluation holds, with where they are. */
export function answeredCriteria(data: Evaluation): { family: Family; criterion: Criterion; answers: Evaluation }[] {
  return FAMILIES.flatMap((family) => {
    const familyData = data[family.id] as Evaluation | null | undefined;
    return family.criteria.flatMap((criterion) => {
      const answers = familyData?.[criterion.id] as Evaluation | null | undefined;
      return answers ? [{ family, criterion, answers }] : [];
    });
  });
}

/** A free text of an evaluation, where it is, and how the report prints it. */
export interface FreeText {
  readonly path: string;
  readonly text: string;
  /** `text` fields (the site's name, an example, a justification) are printed whole, in one place. */
  readonly kind: 'text' | 'texts';
}

const isFree = (field: Field): boolean => field.kind === 'text' || field.kind === 'texts';

function textsOf(path: string, kind: 'text' | 'texts', value: unknown): FreeText[] {
  if (kind === 'text') return typeof value === 'string' ? [{ path, text: value, kind }] : [];
  return Array.isArray(value) ? value.map((text, i) => ({ path: `${path}[${i}]`, text: String(text), kind })) : [];
}

/** Every free text of an evaluation (site details, keywords, justifications, examples, observations…), found through the grid. */
export function freeTexts(data: Evaluation): FreeText[] {
  const site = (data.lieu ?? {}) as Evaluation;
  const found = SITE_FIELDS.filter(isFree).flatMap((f) => textsOf(`lieu.${f.id}`, f.kind as 'text' | 'texts', site[f.id]));
  for (const family of FAMILIES) {
    const answers = data[family.id] as Evaluation | null | undefined;
    if (!answers) continue;
    found.push(...textsOf(`${family.id}.mots_cles`, 'texts', answers.mots_cles));
    const committee = answers.intensite as Evaluation | undefined;
    if (committee) found.push(...textsOf(`${family.id}.intensite.justification`, 'text', committee.justification));
    for (const criterion of family.criteria) {
      const given = answers[criterion.id] as Evaluation | null | undefined;
      if (!given) continue;
      for (const field of fieldsOf(criterion).filter(isFree)) {
        found.push(...textsOf(`${family.id}.${criterion.id}.${field.id}`, field.kind as 'text' | 'texts', given[field.id]));
      }
    }
  }
  return found;
}
