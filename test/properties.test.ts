/**
 * Properties that hold for every input, checked with fast-check on evaluations generated from the
 * grid (test/support/arbitraries.ts) and on random mutations of their YAML text.
 *
 * FUZZ_RUNS sets the number of cases per property (200 by default; `npm run test:fuzz`: 5 000);
 * the PDF, slower, gets a 25th of them (at least 24), or FUZZ_PDF_RUNS. A failure prints the seed
 * and the shrunk case; `FUZZ_SEED=<seed>` replays a run. The counterexamples of the bugs these
 * properties found are kept as examples (`regression`), run first every time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import MarkdownIt, { type Token } from 'markdown-it';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { message, suggestionText } from '../src/diagnostics/messages.js';
import { FAMILIES } from '../src/grid/grid.js';
import { LANGS, type Criterion, type Family, type Field, type Lang, type Option } from '../src/grid/types.js';
import { parseSource, type Loaded } from '../src/load/load.js';
import type { ReportModel } from '../src/model/model.js';
import { completeness, modelOf, scoreOf } from '../src/pipeline/stages.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { pdfReport } from '../src/render/pdf/index.js';
import { TemplateError, templateDiagnostic } from '../src/render/template-errors.js';
import { forgetCaches } from '../src/runtime/caches.js';
import { MAX_SCORE } from '../src/score/score.js';
import { frenchOf } from '../src/words/fr/typography.js';
import { validate } from '../src/validate/validate.js';
import { tableCount } from './support/report-shape.js';
import {
  BLANKS,
  CONTROLS,
  SPECIALS,
  TRAPS,
  answeredCriteria,
  evaluation,
  evaluationFile,
  freeTexts,
  style,
  utf8,
  yamlText,
  type Evaluation,
  type EvaluationFile,
  type FreeText,
  type Style,
} from './support/arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const PDF_RUNS = Number(process.env.FUZZ_PDF_RUNS ?? Math.max(24, Math.round(RUNS / 25)));
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, ...(SEED === undefined ? {} : { seed: SEED }) });
/** Generous: a 2-core machine, many thousands of cases with test:fuzz. */
const timeout = (numRuns: number, msPerRun: number) => Math.max(60_000, numRuns * msPerRun);

/**
 * A fixed bug's counterexamples, run first every time. (A property that cannot pass yet because
 * of a known bug would be `test.failing`, its comment naming the bug; none is left.)
 */
function regression<T>(numRuns: number, ...examples: T[]): fc.Parameters<[T]> {
  return { ...(params(numRuns) as fc.Parameters<[T]>), examples: examples.map((example) => [example] as [T]) };
}

const FILE = 'fuzz.yaml';
/** The language of a report, drawn with the case when building both would double the cost. */
const language = fc.constantFrom(...LANGS);
const reader = new MarkdownIt({ html: true });

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/**
 * Text as a reader compares it: controls dropped (the escaper drops them on purpose), invisible
 * format characters too, blanks collapsed. A text that normalises to '' is no answer.
 */
const normalise = (text: string): string =>
  text
    .replace(/[\t\n\r]/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The plain text of an inline token, markup left out. */
const plainText = (inline: Token): string =>
  (inline.children ?? []).map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type.endsWith('break') ? ' ' : '')).join('');

/** A file that must load and validate: its loaded form, or an error saying why not. */
function loadValid(text: string): Loaded {
  const result = parseSource(FILE, utf8(text));
  if (!result.ok) throw new Error(`does not load: ${JSON.stringify(result.diagnostics)}`);
  const errors = validate(result.loaded);
  if (errors.length > 0) throw new Error(`does not validate: ${JSON.stringify(errors)}`);
  return result.loaded;
}

const familiesShown = (data: Evaluation): number => FAMILIES.filter((f) => !f.optional || f.id in data).length;

interface Built {
  readonly model: ReportModel;
  readonly markdown: string;
  readonly tokens: Token[];
}

/** The Markdown and JSON reports of a loaded evaluation in `lang`, with the checks every report passes. */
function build(loaded: Loaded, lang: Lang): Built {
  const model = modelOf(loaded, lang);
  expect(model.familles).toHaveLength(familiesShown(loaded.data));
  const json = JSON.stringify(model, null, 2);
  if (!isDeepStrictEqual(JSON.parse(json), model)) throw new Error('the JSON report does not read back as the model');

  const markdown = renderMarkdown(model);
  expect(markdown.trim()).not.toBe('');
  expect(markdown).not.toContain('[object Object]');
  const tokens = reader.parse(markdown, {});
  expect(tokens.filter((t) => t.type === 'table_open')).toHaveLength(tableCount(model));
  expect(tokens.filter((t) => t.type === 'heading_open' && t.tag === 'h1')).toHaveLength(1);
  return { model, markdown, tokens };
}

/**
 * The shape of a report: every block token and every inline token but text. Free text printed as
 * written never adds or removes any (no heading, list, table cell, emphasis, link or HTML of its own).
 */
const shape = (tokens: readonly Token[]): string[] =>
  tokens.flatMap((t) =>
    t.type === 'inline'
      ? (t.children ?? []).filter((c) => !['text', 'text_special', 'softbreak'].includes(c.type)).map((c) => `  ${c.type}`)
      : [`${t.type}:${t.tag}`],
  );

/** A copy of `data` where `change` decides each free text's fate: a new text, or undefined to remove it. */
function editTexts(data: Evaluation, change: (text: FreeText) => string | undefined): Evaluation {
  const copy = structuredClone(data);
  // Backwards, so that removing an item leaves the indexes still to visit in place.
  for (const text of freeTexts(data).reverse()) {
    const keys = text.path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
    const last = keys.pop() as string;
    let node = copy as Record<string, unknown>;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    const next = change(text);
    if (next !== undefined) node[last] = next;
    else if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  }
  return copy;
}

/** The same evaluation with every free text replaced by a plain word (one that prints as nothing kept as it is). */
const plainCopy = (data: Evaluation): Evaluation => editTexts(data, ({ text }) => (normalise(text) === '' ? text : 'x'));

/** A file of the default style. */
const DEFAULT_STYLE: Style = { yaml: {}, crlf: false, bom: false, comment: false };
const fileOf = (data: Evaluation): EvaluationFile => ({ data, style: DEFAULT_STYLE, text: yamlText(data, DEFAULT_STYLE) });

/**
 * Where a diagnostic may point: at a character of the text (1-based line and column, the column at
 * most one past the end of its line), or 0:0 for the whole file; and what it says, in each language.
 */
function checkDiagnostics(diagnostics: readonly Diagnostic[], bytes: Uint8Array): void {
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  const lines = text.split('\n');
  for (const d of diagnostics) {
    const say = (what: string) => new Error(`${what}: ${JSON.stringify(d)}`);
    if (d.file !== FILE) throw say('wrong file');
    if (d.severity !== 'error' && d.severity !== 'warning') throw say('no severity');
    if (!Number.isInteger(d.line) || !Number.isInteger(d.column) || d.line < 0 || d.column < 0) throw say('bad position');
    if (d.line > lines.length + 1) throw say(`line beyond the text (${lines.length} lines)`);
    if ((d.line === 0) !== (d.column === 0)) throw say('a line without a column, or a column without a line');
    const line = lines[d.line - 1];
    if (line !== undefined && d.column > line.length + 1) throw say(`column beyond its line (${line.length} characters)`);
    if (typeof d.code !== 'string' || (d.code as string) === '') throw say('no code');
    const values = Object.values(d.params).flatMap((v) => (Array.isArray(v) ? v : [v])).map(String);
    for (const lang of LANGS) {
      const words = [message(d, lang), ...(d.suggestion ? [suggestionText(d.suggestion, lang)] : [])];
      for (const said of words) {
        if (said.trim() === '') throw say(`empty message in ${lang}`);
        // What the file wrote may say "undefined"; what impact adds must not.
        const own = values.reduce((rest, v) => (v === '' ? rest : rest.split(v).join('')), said);
        if (/undefined/.test(own)) throw say(`message in ${lang}: ${said}`);
        if (/\[object Object\]/.test(said)) throw say(`message in ${lang}: ${said}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The generator itself
// ---------------------------------------------------------------------------------------------

describe('the generated files', () => {
  test('read back as the data they were written from', () => {
    fc.assert(
      fc.property(evaluationFile, (file) => {
        expect(loadValid(file.text).data).toEqual(file.data);
      }),
      params(RUNS),
    );
  }, timeout(RUNS, 100));
});

// ---------------------------------------------------------------------------------------------
// Valid evaluations build
// ---------------------------------------------------------------------------------------------

describe('any valid evaluation', () => {
  test('loads, validates with no error and builds Markdown and JSON in every language', () => {
    fc.assert(
      fc.property(evaluationFile, (file) => {
        const loaded = loadValid(file.text);
        checkDiagnostics(completeness(loaded), utf8(file.text));
        for (const lang of LANGS) build(loaded, lang);
      }),
      params(RUNS),
    );
  }, timeout(RUNS, 200));

  test('builds a PDF', async () => {
    const { pdfReport, missingGlyphs } = await import('../src/render/pdf/index.js');
    await fc.assert(
      fc.asyncProperty(evaluationFile, async (file) => {
        const loaded = loadValid(file.text);
        checkDiagnostics(missingGlyphs(loaded), utf8(file.text));
        const lang = (loaded.data.langue as Lang | undefined) ?? 'fr';
        const { model, markdown } = build(loaded, lang);
        const pdf = Buffer.from(await pdfReport(model, markdown));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
      }),
      params(PDF_RUNS),
    );
  }, timeout(PDF_RUNS, 3_000));
});

// ---------------------------------------------------------------------------------------------
// The evaluator's text is printed as written
// ---------------------------------------------------------------------------------------------

describe('the evaluator’s text is printed as written', () => {
  /** What follows "Exemple :" in each quote of the report, as a reader reads it. */
  const quoted = (tokens: readonly Token[]): string[] => {
    const found: string[] = [];
    let depth = 0;
    for (const t of tokens) {
      if (t.type === 'blockquote_open') depth += 1;
      if (t.type === 'blockquote_close') depth -= 1;
      if (depth === 0 || t.type !== 'inline') continue;
      const children = t.children ?? [];
      const label = children.findIndex((c) => c.type === 'em_close');
      found.push(normalise(plainText({ ...t, children: children.slice(label + 1) } as Token)));
    }
    return found;
  };

  test('every example reads back, whole, after its label', () => {
    const withExamples = evaluationFile.filter((f) => answeredCriteria(f.data).some(({ answers }) => typeof answers.exemple === 'string'));
    fc.assert(
      fc.property(withExamples, language, (file, lang) => {
        const quotes = quoted(build(loadValid(file.text), lang).tokens);
        for (const { criterion, answers } of answeredCriteria(file.data)) {
          const example = answers.exemple;
          if (typeof example !== 'string' || normalise(example) === '') continue;
          if (!quotes.includes(normalise(example))) {
            throw new Error(`${lang}: the example of ${criterion.id} ${JSON.stringify(example)} is not printed as written; quotes: ${JSON.stringify(quotes)}`);
          }
        }
      }),
      params(RUNS),
    );
  }, timeout(RUNS, 200));

  /** The name ends the title, after an elided article; a `#` there once closed the heading (escape.ts escaped it only first). */
  test('every free text (name, details, keywords, justification, observations) reads back as plain text', () => {
    fc.assert(
      fc.property(evaluationFile, language, (file, lang) => {
        const tokens = build(loadValid(file.text), lang).tokens;
        const title = normalise(plainText(tokens[tokens.findIndex((t) => t.tag === 'h1') + 1] as Token));
        const nom = String((file.data.lieu as Evaluation).nom);
        // French elides: "de La Petite Manchester", "du Relais", "d’Ourcq".
        const ending = normalise(lang === 'fr' ? frenchOf(nom) : nom);
        if (!title.endsWith(ending)) throw new Error(`${lang}: the title ${JSON.stringify(title)} does not end with the name ${JSON.stringify(nom)}`);
        const inlines = tokens.filter((t) => t.type === 'inline').map((t) => normalise(plainText(t)));
        for (const { path, text } of freeTexts(file.data).filter((f) => f.path !== 'lieu.nom')) {
          const expected = normalise(text);
          if (expected !== '' && !inlines.some((inline) => inline.includes(expected))) {
            throw new Error(`${lang}: ${path} ${JSON.stringify(text)} is not printed as written`);
          }
        }
      }),
      { ...params(RUNS), examples: [[fileOf({ version: 1, lieu: { nom: '#' } }), 'fr'], [fileOf({ version: 1, lieu: { nom: 'Atelier ##' } }), 'en']] },
    );
  }, timeout(RUNS, 200));

  test('free text never changes the structure of the report', () => {
    fc.assert(
      fc.property(evaluationFile, language, (file, lang) => {
        const plain = yamlText(plainCopy(file.data), file.style);
        expect(shape(build(loadValid(file.text), lang).tokens)).toEqual(shape(build(loadValid(plain), lang).tokens));
      }),
      params(RUNS),
    );
  }, timeout(RUNS, 300));

  /** A text of blanks or control characters is refused, or is no answer: it never prints as nothing. */
  test('nothing the evaluator wrote is printed as an empty bullet, an empty quote or a nameless title', () => {
    fc.assert(
      fc.property(evaluationFile, language, (file, lang) => {
        const nom = String((file.data.lieu as Evaluation).nom);
        if (normalise(nom) === '') throw new Error(`the site's name ${JSON.stringify(nom)} prints as nothing`);
        const { tokens } = build(loadValid(file.text), lang);
        let quote = 0;
        let item = 0;
        for (const t of tokens) {
          if (t.type === 'blockquote_open') quote += 1;
          if (t.type === 'blockquote_close') quote -= 1;
          if (t.type === 'list_item_open') item += 1;
          if (t.type === 'list_item_close') item -= 1;
          if (t.type !== 'inline') continue;
          const text = normalise(plainText(t));
          if (item > 0 && text === '') throw new Error(`${lang}: an empty bullet`);
          const children = t.children ?? [];
          const label = children.findIndex((c) => c.type === 'em_close');
          if (quote > 0 && normalise(plainText({ ...t, children: children.slice(label + 1) } as Token)) === '') {
            throw new Error(`${lang}: an empty quote after ${JSON.stringify(text)}`);
          }
        }
        for (const { path, text } of freeTexts(file.data).filter((f) => /\.mots_cles\[\d+\]$/.test(f.path))) {
          if (normalise(text) === '') throw new Error(`the keyword ${path} ${JSON.stringify(text)} prints as a lone #`);
        }
      }),
      // Blank texts are refused now; texts of control or format characters are no answer.
      {
        ...params(RUNS),
        examples: [
          [fileOf({ version: 1, lieu: { nom: 'a', commune: '\u0001' }, effets_individuels: { sante: { exemple: '\u0007' } } }), 'fr'],
          [fileOf({ version: 1, lieu: { nom: 'a' }, effets_individuels: { sante: { effets: ['bien_etre'], exemple: '\u200B\u0000' } } }), 'en'],
        ],
      },
    );
  }, timeout(RUNS, 200));
});

// ---------------------------------------------------------------------------------------------
// Broken files: diagnostics, never a crash
// ---------------------------------------------------------------------------------------------

/** A change to a file's text or bytes; positions are taken modulo the text's length. */
type Mutation =
  | { readonly kind: 'insert' | 'replace'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'swap-lines'; readonly at: number; readonly other: number }
  | { readonly kind: 'duplicate-line'; readonly at: number }
  | { readonly kind: 'indent'; readonly at: number; readonly by: number; readonly tab: boolean }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'inject'; readonly at: number; readonly text: string; readonly where: 'here' | 'line-start' | 'line-end' | 'after-colon' }
  | { readonly kind: 'flip'; readonly at: number; readonly value: string }
  | { readonly kind: 'splice'; readonly at: number; readonly text: string };

type ByteMutation =
  | { readonly kind: 'insert-bytes'; readonly at: number; readonly bytes: readonly number[] }
  | { readonly kind: 'replace-byte'; readonly at: number; readonly byte: number }
  | { readonly kind: 'delete-bytes'; readonly at: number; readonly length: number }
  | { readonly kind: 'truncate-bytes'; readonly at: number };

const SYNTAX = [': ', '- ', '&a ', '*a', '&a', '*a ', '&b ', '? ', '{', '}', '[', ']', ',', '"', "'", '|', '>', '#', '!!str ', '!!int ', '!!binary ', '!x ', '%', '@', '`', '\t', ' ', '  ', '\n', '\r', '---\n', '...\n', '<<: *a\n', '\u0000', '\uFEFF', '\\'];
/** Values of every type, and some YAML reads in surprising ways. */
const VALUES = [
  '~', 'null', '""', "''", '[]', '{}', '0', '-1', '1.5', '1e9', '4', '5', '99999999999999999999', 'true', 'no', '.nan', '.inf', '-.inf',
  '[x, y]', '[benevoles, benevoles]', '{a: 1}', '{valeur: 5}', '!!binary aGVsbG8=', '2024-02-30', '2024-06-30', '"2024-06-30"', '0x10',
  '*a', '&a x', '&a [x]', '|', '>-', 'x: y', '- x', 'fr', 'en', 'de', 'voisins', 'publics_en_dificulte', '" "', '"\\u0000"', '"a\\tb"',
];

const position = fc.nat({ max: 1_000_000 });
const fragment = fc.oneof(fc.constantFrom(...SYNTAX, ...SPECIALS, ...BLANKS, ...CONTROLS, ...TRAPS), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 }));

/** Larger pieces, spliced in at the start of a line: more documents, deep nesting, many aliases, repeated keys. */
const SPLICES = [
  '---\nversion: 1\n',
  '...\n',
  '%YAML 1.2\n---\n',
  `deep: ${'['.repeat(40)}${']'.repeat(40)}\n`,
  `  deep: ${'{a: '.repeat(40)}1${'}'.repeat(40)}\n`,
  `anchors: &a [x]\nrefs: [${Array.from({ length: 120 }, () => '*a').join(', ')}]\n`,
  'lieu: { nom: y }\n',
  'version: 2\n',
  '<<: { version: 1 }\n',
  'effets_individuels: ~\n',
  '  exemple: "sans fin\n',
  '  autres: |\n    a\n   b\n',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('insert' as const, 'replace' as const), at: position, text: fragment }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), at: position, other: position }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), at: position }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('indent' as const), at: position, by: fc.integer({ min: -4, max: 4 }), tab: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('inject' as const),
      at: position,
      text: fc.constantFrom(': ', '- ', '&a ', '*a', '&a', '*a ', '? ', '!!str ', '{', '['),
      where: fc.constantFrom('here' as const, 'line-start' as const, 'line-end' as const, 'after-colon' as const),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: position, value: fc.constantFrom(...VALUES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('splice' as const), at: position, text: fc.constantFrom(...SPLICES) }) },
);

const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert-bytes' as const), at: position, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('replace-byte' as const), at: position, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete-bytes' as const), at: position, length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate-bytes' as const), at: position }),
);

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  const lines = text.split('\n');
  const line = m.at % lines.length;
  const withLine = (change: (l: string) => string) => lines.map((l, i) => (i === line ? change(l) : l)).join('\n');
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'replace':
      return text.slice(0, at) + m.text + text.slice(at + Math.max(1, m.text.length));
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'truncate':
      return text.slice(0, at);
    case 'swap-lines': {
      const other = m.other % lines.length;
      const swapped = [...lines];
      [swapped[line], swapped[other]] = [lines[other] as string, lines[line] as string];
      return swapped.join('\n');
    }
    case 'duplicate-line':
      return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
    case 'indent':
      return withLine((l) => {
        const [indent = ''] = /^[ \t]*/.exec(l) ?? [];
        const spaces = ' '.repeat(Math.max(0, indent.length + m.by));
        return (m.tab ? `\t${spaces.slice(1)}` : spaces) + l.slice(indent.length);
      });
    case 'inject':
      if (m.where === 'here') return text.slice(0, at) + m.text + text.slice(at);
      return withLine((l) => {
        if (m.where === 'line-start') return l.replace(/^[ \t]*/, (indent) => indent + m.text);
        if (m.where === 'line-end') return l.replace(/\r?$/, (end) => m.text + end);
        const colon = l.indexOf(': ');
        return colon < 0 ? l + m.text : l.slice(0, colon + 2) + m.text + l.slice(colon + 2);
      });
    case 'splice':
      return [...lines.slice(0, line), m.text.replace(/\n$/, ''), ...lines.slice(line)].join('\n');
    case 'flip':
      // The value of a `key: value` line, or of a `- item` line, becomes another type's.
      return withLine((l) => {
        const keyed = /^(\s*(?:- )?[^:#\s][^:#]*:[ \t]+)([^\r]*)(\r?)$/.exec(l);
        if (keyed) return `${keyed[1]}${m.value}${keyed[3]}`;
        const item = /^(\s*- )([^\r]*)(\r?)$/.exec(l);
        return item ? `${item[1]}${m.value}${item[3]}` : l;
      });
  }
}

function mutateBytes(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1);
  const before = bytes.subarray(0, at);
  switch (m.kind) {
    case 'insert-bytes':
      return Uint8Array.from([...before, ...m.bytes, ...bytes.subarray(at)]);
    case 'replace-byte':
      return Uint8Array.from([...before, m.byte, ...bytes.subarray(at + 1)]);
    case 'delete-bytes':
      return Uint8Array.from([...before, ...bytes.subarray(at + m.length)]);
    case 'truncate-bytes':
      return Uint8Array.from(before);
  }
}

interface Mutant {
  readonly original: EvaluationFile;
  readonly mutations: readonly Mutation[];
  readonly byteMutations: readonly ByteMutation[];
}

const mutant: fc.Arbitrary<Mutant> = fc.record({
  original: evaluationFile,
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  byteMutations: fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(byteMutation, { minLength: 1, maxLength: 2 }) }),
});

const bytesOf = (m: Mutant): Uint8Array => m.byteMutations.reduce(mutateBytes, utf8(m.mutations.reduce(mutate, m.original.text)));

/** Bytes to load, printed as the text they decode to when a property fails. */
interface Broken {
  readonly bytes: Uint8Array;
  readonly [fc.toStringMethod]: () => string;
}

const broken = (bytes: Uint8Array): Broken => ({ bytes, [fc.toStringMethod]: () => `file ${JSON.stringify(new TextDecoder().decode(bytes))}` });

/** Short texts of YAML syntax and evaluation keys: they shrink to the few characters that matter. */
const YAMLISH = ['version: 1', 'lieu:', 'nom: x', 'a', 'b', '1', ':', ': ', '-', '- ', ' ', '  ', '\n', '\t', '\r\n', '[', ']', '{', '}', ',', '"', "'", '#', '&a ', '*a', '|', '>', '?', '!', '%', '@', '---', '...', '\uFEFF', '\u0000', 'é', '😀'];
const yamlish = fc.array(fc.constantFrom(...YAMLISH), { minLength: 1, maxLength: 16 }).map((pieces) => broken(utf8(pieces.join(''))));

/** A valid file with random changes, or a short text made of YAML syntax. */
const brokenFile: fc.Arbitrary<Broken> = fc.oneof(
  { weight: 4, arbitrary: mutant.map((m) => broken(bytesOf(m))) },
  { weight: 1, arbitrary: yamlish },
);

/** A broken file through every stage: diagnostics that say where and what, or reports. */
function loadBroken({ bytes }: Broken): void {
  try {
    const result = parseSource(FILE, bytes);
    if (!result.ok) {
      expect(result.diagnostics.length).toBeGreaterThan(0);
      expect(result.diagnostics.every((d) => d.severity === 'error')).toBe(true);
      checkDiagnostics(result.diagnostics, bytes);
      return;
    }
    const diagnostics = validate(result.loaded);
    checkDiagnostics(diagnostics, bytes);
    if (diagnostics.some((d) => d.severity === 'error')) return;
    checkDiagnostics(completeness(result.loaded), bytes);
    for (const lang of LANGS) build(result.loaded, lang);
  } catch (e) {
    throw new Error(`${(e as Error).stack ?? String(e)}\nfile: ${JSON.stringify(new TextDecoder().decode(bytes))}`);
  }
}

describe('any mutation of a valid file', () => {
  /**
   * Positions are counted on the text itself: yaml's LineCounter missed the line breaks inside a
   * scalar it rejects, and put "- a\nb: 1\n  c: 2\n"'s errors at 2:9 and 2:11 on a 4-character line.
   */
  test('gives a valid evaluation that builds, or diagnostics that point at a character of their line and say what — never an exception', () => {
    fc.assert(
      fc.property(brokenFile, (file) => loadBroken(file)),
      regression(RUNS, broken(utf8('- a\nb: 1\n  c: 2\n'))),
    );
  }, timeout(RUNS, 200));

  /** A mapping or a list where one option id is expected is a wrong type, never « [object Object] ». */
  test('a mapping where an option is expected is reported without "[object Object]"', () => {
    const optionFields = FAMILIES.flatMap((family) =>
      family.criteria.flatMap((criterion) => criterion.fields.filter((f) => f.options).map((field) => ({ family, criterion, field }))),
    );
    const mapping = fc.dictionary(fc.constantFrom('a', 'b', 'nom'), fc.constantFrom<unknown>(1, 'x', null), { minKeys: 1, maxKeys: 2, noNullPrototype: true });
    const misplaced = fc.tuple(fc.constantFrom(...optionFields), mapping).map(([{ family, criterion, field }, value]) => {
      const data = { version: 1, lieu: { nom: 'a' }, [family.id]: { [criterion.id]: { [field.id]: field.kind === 'multi' ? [value] : value } } };
      return { ...fileOf(data), [fc.toStringMethod]: () => JSON.stringify(data) };
    });
    const example = fileOf({ version: 1, lieu: { nom: 'a' }, effets_individuels: { lien_social: { frequence: { a: 1 } } } });
    fc.assert(
      fc.property(misplaced, (file) => {
        const result = parseSource(FILE, utf8(file.text));
        if (!result.ok) throw new Error('does not load');
        for (const d of validate(result.loaded)) {
          for (const lang of LANGS) expect(message(d, lang)).not.toContain('[object Object]');
        }
      }),
      regression(RUNS, example),
    );
  }, timeout(RUNS, 100));
});

// ---------------------------------------------------------------------------------------------
// Scores
// ---------------------------------------------------------------------------------------------

const isScore = (n: number, min: number) => Number.isInteger(n) && n >= min && n <= MAX_SCORE;

describe('scores', () => {
  test('stay in range: criteria 0..4, families 0..4 (0 when not evaluated or without any positive effect), the committee’s value when it gave one', () => {
    fc.assert(
      fc.property(evaluationFile, (file) => {
        const loaded = loadValid(file.text);
        const scores = scoreOf(loaded);
        for (const family of scores) {
          for (const c of family.criteria) {
            expect(isScore(c.score, 0)).toBe(true);
            if (!c.answered) expect(c.score).toBe(0);
          }
          expect(isScore(family.computed, 0)).toBe(true);
          if (!family.answered) expect(family.computed).toBe(0);
          // Answered, a family scores 0 only when no criterion observes a positive effect.
          if (family.answered && family.computed === 0) expect(family.criteria.every((c) => c.score === 0)).toBe(true);
          const committee = ((file.data[family.id] as Evaluation | null | undefined)?.intensite as { valeur: number } | undefined)?.valeur;
          expect(family.score).toBe(committee ?? family.computed);
        }
        for (const lang of LANGS) {
          for (const family of modelOf(loaded, lang).familles) {
            expect(isScore(family.score, 0)).toBe(true);
            expect(isScore(family.score_calcule, 0)).toBe(true);
            for (const c of family.criteres) expect(isScore(c.score, 0)).toBe(true);
          }
        }
      }),
      params(RUNS),
    );
  }, timeout(RUNS, 100));

  /** Every option of a list field the evaluation has not chosen yet. */
  const unchosen = (data: Evaluation) =>
    FAMILIES.flatMap((family) =>
      family.criteria.flatMap((criterion) =>
        criterion.fields
          .filter((field) => field.kind === 'multi')
          .flatMap((field) => {
            const answers = (data[family.id] as Evaluation | null | undefined)?.[criterion.id] as Evaluation | null | undefined;
            const chosen = (answers?.[field.id] as string[] | undefined) ?? [];
            return (field.options ?? []).filter((o) => !chosen.includes(o.id)).map((option) => ({ family, criterion, field, option }));
          }),
      ),
    );

  interface Addition {
    readonly family: Family;
    readonly criterion: Criterion;
    readonly field: Field;
    readonly option: Option;
  }

  const describeAddition = (data: Evaluation, how: Style, added: Addition | undefined): string =>
    `${JSON.stringify(data)} written ${JSON.stringify(how)}, plus ${added ? `${added.family.id}.${added.criterion.id}.${added.field.id}: ${added.option.id}` : 'nothing'}`;

  /** `data` with one more option in one list, the family and criterion created when absent or null. */
  function withOption(data: Evaluation, { family, criterion, field, option }: Addition): Evaluation {
    const next = structuredClone(data);
    const familyAnswers = (next[family.id] ??= {}) as Evaluation;
    const answers = (familyAnswers[criterion.id] ??= {}) as Evaluation;
    answers[field.id] = [...((answers[field.id] as string[] | undefined) ?? []), option.id];
    return next;
  }

  /** An evaluation, another option (one that `fits`) for one of its lists, and the style both files are written in. */
  const additionOf = (fits: (option: Option) => boolean) =>
    fc
      .tuple(evaluation, style, fc.nat())
      .map(([data, how, pick]) => {
        const candidates = unchosen(data).filter((c) => fits(c.option));
        const added = candidates[pick % Math.max(1, candidates.length)] as Addition;
        return { data, how, added, [fc.toStringMethod]: () => describeAddition(data, how, added) };
      })
      .filter(({ added }) => added !== undefined);

  /** Each family's computed score and each criterion's, through the whole pipeline: YAML text → model. */
  const computed = (data: Evaluation, how: Parameters<typeof yamlText>[1]) => {
    const model = modelOf(loadValid(yamlText(data, how)), 'fr');
    return new Map(
      FAMILIES.map((f) => {
        const shown = model.familles.find((m) => m.id === f.id);
        return [f.id, { family: shown?.score_calcule ?? 0, criteria: shown?.criteres.map((c) => c.score) ?? f.criteria.map(() => 0) }];
      }),
    );
  };

  test('adding an option to any list never lowers the family’s score (end to end)', () => {
    fc.assert(
      fc.property(additionOf(() => true), ({ data, how, added }) => {
        const before = computed(data, how).get(added.family.id);
        const after = computed(withOption(data, added), how).get(added.family.id);
        expect(after?.family).toBeGreaterThanOrEqual(before?.family ?? 0);
        after?.criteria.forEach((score, i) => expect(score).toBeGreaterThanOrEqual(before?.criteria[i] ?? 0));
      }),
      params(RUNS),
    );
  }, timeout(RUNS, 100));

  /** A negative observation alone leaves a family at 0 ("aucun effet positif"), never +. */
  test('adding a negative observation never raises a score (end to end)', () => {
    const collectifs = FAMILIES.find((f) => f.id === 'effets_collectifs') as Family;
    const inclusion = collectifs.criteria.find((c) => c.fields.some((f) => f.options?.some((o) => o.negative))) as Criterion;
    const field = inclusion.fields.find((f) => f.kind === 'multi' && f.options?.some((o) => o.negative)) as Field;
    const example: { data: Evaluation; how: Style; added: Addition } = { data: { version: 1, lieu: { nom: 'a' } }, how: DEFAULT_STYLE, added: { family: collectifs, criterion: inclusion, field, option: (field.options as Option[])[0] as Option } };
    fc.assert(
      fc.property(additionOf((option) => option.negative === true), ({ data, how, added }) => {
        const before = computed(data, how).get(added.family.id);
        const after = computed(withOption(data, added), how).get(added.family.id);
        expect(after?.criteria).toEqual(before?.criteria);
        expect(after?.family).toBeLessThanOrEqual(before?.family ?? 0);
      }),
      regression(RUNS, example),
    );
  }, timeout(RUNS, 100));

  /** Text that prints as nothing is no answer, and earns no point. */
  test('free text that prints as nothing changes no score', () => {
    const example = fileOf({ version: 1, lieu: { nom: 'a' }, effets_territoriaux: { innovation_publique: { effet: 'aucun', exemple: '\u0000' } } });
    fc.assert(
      fc.property(evaluationFile, (file) => {
        const printed = editTexts(file.data, ({ path, text }) => (normalise(text) === '' && !path.startsWith('lieu.') && !path.endsWith('.justification') ? undefined : text));
        const scores = (data: Evaluation) =>
          scoreOf(loadValid(yamlText(data, file.style))).map((f) => ({ id: f.id, computed: f.computed, criteria: f.criteria.map((c) => [c.id, c.answered, c.score]) }));
        expect(scores(file.data)).toEqual(scores(printed));
      }),
      regression(RUNS, example),
    );
  }, timeout(RUNS, 100));
});

/** Pieces of Handlebars, impact's helpers and the model's names: random templates are made of them. */
const TEMPLATE_PIECES = [
  '{{', '}}', '{{{', '}}}', '{{#', '{{/', '{{^', '{{>', '{{!', '{{!--', '--}}', '{{else}}', '~', '(', ')', '=', '"', "'", ' ', '\n', '.', '..', '/', '@root', '@index', '@key',
  'this', 'lieu', 'lieu.nom', 'familles', 'null', 'undefined', '"abc"', '5', '-1', 'true', 'constructor', '__proto__', 'each', 'if', 'unless', 'with', 'lookup', 'log',
  'helperMissing', 'blockHelperMissing', 'liste', 'nombre', 'accord', 'quantite', 'plus', 'majuscule', 'de', 'eq', 'ou', 'plusieurs', 'par_reponse', 'partiel_critere', 'partiel_synthese',
  'bloc', '"famille"', '"inconnu"', 'attributs', 'x=1', 'p', '{{> p}}', '{{> rapport}}', '{{> (lookup . "nom")}}', '{{#each familles}}', '{{/each}}', '{{#bloc "famille"}}', '{{/bloc}}',
  '*inline', '@partial-block', '{{{{raw}}}}', '{{{{/raw}}}}', 'as |a b|', 'a', 'é', '\u0001', '#',
];
const templateSource = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...TEMPLATE_PIECES), { maxLength: 24 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** An error impact's own words would never have: Handlebars' or JavaScript's own, or a value printed as an object. */
const INTERNAL = /undefined \(reading|is not a function|Cannot read|\[object Object\]|Maximum call stack|\bat .+:\d+/;

describe('any template', () => {
  const seed = loadValid(readFileSync(new URL('../examples/le-relais.yaml', import.meta.url), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'impact-fuzz-templates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The report written with `main` as rapport.hbs and `partial` as p.hbs: its Markdown, or the template error in both languages. */
  function written(main: string, partial: string, lang: Lang): string {
    writeFileSync(join(dir, 'rapport.hbs'), main);
    writeFileSync(join(dir, 'p.hbs'), partial);
    forgetCaches();
    try {
      return renderMarkdown(modelOf(seed, lang), dir);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw new Error(`not a template error: ${String(e)}`, { cause: e });
      const d = templateDiagnostic(e);
      expect(d.file).toMatch(/(rapport|p)\.hbs$/);
      expect(d.line).toBeGreaterThan(0);
      for (const l of LANGS) expect(message(d, l)).not.toMatch(INTERNAL);
      return '';
    }
  }

  test('writes a report, or is a template error at a line of its file in impact’s words — never another exception', () => {
    fc.assert(
      fc.property(templateSource, templateSource, language, (main, partial, lang) => {
        written(main, partial, lang);
      }),
      {
        ...(params(RUNS) as fc.Parameters<[string, string, Lang]>),
        examples: ['{{lookup}}', '{{#bloc}}x{{/bloc}}', '{{helperMissing}}', '{{> p}}', '{{log "x"}}', '{{#each}}{{/each}}', '{{nombre}}'].map((main): [string, string, Lang] => [main, '{{> p}}', 'fr']),
      },
    );
  }, timeout(RUNS, 50));

  test('what it writes is typeset as a PDF', async () => {
    await fc.assert(
      fc.asyncProperty(templateSource, language, async (main, lang) => {
        const markdown = written(`# R\n${main}`, '', lang);
        if (markdown === '') return;
        const bytes = await pdfReport(modelOf(seed, lang), markdown, { templates: dir });
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }),
      { ...(params(PDF_RUNS) as fc.Parameters<[string, Lang]>), examples: [['{{#bloc "famille"}}x{{/bloc}}', 'fr'], ['{{#bloc "carte"}}{{/bloc}}', 'en']] },
    );
  }, timeout(PDF_RUNS, 1000));
});
