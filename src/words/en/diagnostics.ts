/** What every diagnostic says in English, made from its parameters. */
import type { Words } from '../catalogue.js';
import { bytes, count, items, named, namedEach, possible, s, type Message, type Params } from '../params.js';
import { MAX_SCORE, MIN_INTENSITY } from '../../grid/rubric.js';
import { yamlHints } from './yaml.js';

/** What a template's helper expects and was given (render/template-errors.ts). */
const KINDS: Record<string, string> = {
  number: 'a number',
  text: 'a text',
  list: 'a list',
  'one-value': 'one value',
  'object-and-key': 'a mapping and a key',
  nothing: 'nothing',
  null: 'an empty value',
  'not-a-number': 'a value that is not a number',
  object: 'a mapping',
  boolean: 'true or false',
};
const kind = (p: Params, key: string): string => named(KINDS, p, key);

/** A Handlebars token as the reader knows it: the end of the file, or the token itself. */
const token = (found: string): string => (found === 'EOF' ? 'the end of the file' : `“${found}”`);

const TEMPLATE_PROBLEMS: Record<string, Message> = {
  syntax: (p) =>
    s(p, 'found') === ''
      ? 'invalid Handlebars syntax: check the {{ }} on this line'
      : `invalid Handlebars syntax: ${token(s(p, 'found'))} comes while a block or a tag is still open; close the block ({{/if}}, {{/each}}…) or the tag (}})`,
  'unknown-helper': (p) => `unknown helper "${s(p, 'name')}"`,
  'missing-partial': (p) => `the partial "${s(p, 'name')}" does not exist`,
  'unknown-role': (p) => `unknown block role "${s(p, 'name')}" (roles: ${items(p, 'roles').join(', ')})`,
  'unknown-name': (p) => `“${s(p, 'helper')}” knows no “${s(p, 'name')}” (names: ${items(p, 'names').join(', ')})`,
  'missing-main': (p) => `the main template ${s(p, 'name')} is missing`,
  'helper-argument': (p) => `“${s(p, 'helper')}” expects ${kind(p, 'expected')}, and was given ${kind(p, 'received')}`,
  'partial-depth': (p) => `partials include each other more than ${s(p, 'limit')} levels deep, reaching “${s(p, 'name')}”: does a partial include itself?`,
  'words-file': (p) => WORDS_FILE[s(p, 'detail')]?.(p) ?? s(p, 'detail'),
  runtime: (p) => (s(p, 'detail') === 'stack' ? 'the template calls itself without end' : s(p, 'detail')),
};

/** What is wrong with a words file of a templates folder (pdf.json). */
const WORDS_FILE: Record<string, Message> = {
  syntax: () => 'this words file is not valid JSON here: check the double quotes, the commas between pairs and the braces ({ "sujet": "…" })',
  unreadable: (p) => FILE_REASONS[s(p, 'found')] ?? `cannot read the file (${s(p, 'found')})`,
  'too-large': (p) => `words file too large: ${size(p, 'size')} for at most ${size(p, 'limit')}`,
  'not-an-object': (p) => `a words file is a set of keys in braces ({ "sujet": "…" }), not ${kind(p, 'found')}`,
  'not-a-text': (p) => `“${s(p, 'key')}” must be a text in double quotes, not ${kind(p, 'found')}`,
  'unknown-key': (p) => `unknown key “${s(p, 'key')}” (possible keys: ${items(p, 'keys').join(', ')})`,
};

const TYPES: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'a text',
  integer: 'a whole number',
  number: 'a decimal number',
  boolean: 'true or false',
  null: 'an empty value',
  nonfinite: 'a non-number (.nan or .inf)',
};
const typeName = (p: Params, key: string): string => namedEach(TYPES, p, key, 'or');

/** How to fix the type mistakes YAML makes easy: an unquoted number, a quoted one, a list without brackets. */
function typeHint(p: Params): string {
  if (p.unquoted !== undefined) return `; remove the quotes: ${s(p, 'unquoted')}`;
  if (s(p, 'expected') === 'string' && ['integer', 'number', 'boolean'].includes(s(p, 'found'))) return `; put the value in quotes: "${s(p, 'value')}"`;
  if (s(p, 'expected') === 'array' && s(p, 'found') === 'string') return `; write a list in brackets: [${s(p, 'value')}]`;
  return '';
}

const size = (p: Params, key: string): string => bytes(p, key, { mega: 'MB', kilo: 'kB', bytes: 'bytes' }, 'en');

/** Why impact cannot read a PDF it is asked to extract from. */
const PDF_REASONS: Record<string, string> = {
  syntax: 'the PDF’s structure cannot be read: the file is truncated or damaged',
  'compressed-xref': 'this PDF was saved again with compressed cross-reference tables (PDF 1.5), which impact does not read; take the report as impact build wrote it',
  filter: 'the attached evaluation is encoded otherwise than impact writes it (Flate), or damaged',
  'too-large': 'the attached evaluation is larger than an evaluation may be (IMPACT_MAX_BYTES, see docs/limits.md)',
};

const FILE_REASONS: Record<string, string> = {
  ENOENT: 'file not found',
  EISDIR: 'this is a folder, not a file',
  EACCES: 'permission denied',
  NOT_A_FILE: 'not a regular file (a pipe, a device…)',
};

/** The parser's code of a syntax diagnostic; anything else (an old diagnostic, a bug) is said generally. */
const yamlHint = (p: Params): string => (yamlHints as Readonly<Record<string, string>>)[s(p, 'yamlCode')] ?? yamlHints.UNEXPECTED;

/** Where an imported cell is: its column and header in a table, its key in a place file. */
const cellAt = (p: Params): string => {
  if (s(p, 'column') === '') return s(p, 'header') === '' ? '' : ` (“${s(p, 'header')}”)`;
  return ` (column ${s(p, 'column')} “${s(p, 'header')}”)`;
};

/** Why a table cannot be read, when impact can say it in words. */
const tableReason = (p: Params): string =>
  ({
    'quote-not-closed': 'a quote is opened and never closed',
    'bad-closing-quote': `line ${s(p, 'line')}, a closing quote is followed by something other than the separator`,
  })[s(p, 'detail')] ?? s(p, 'detail');

const messages: Words['diagnostics']['messages'] = {
  'file-unreadable': (p) => FILE_REASONS[s(p, 'reason')] ?? `cannot read the file (${s(p, 'reason')})`,
  'no-evaluation': () => 'no evaluation (*.yaml, *.yml) in this folder or its sub-folders; check the path',
  'not-utf8': () => 'the file is not UTF-8 encoded; save it as UTF-8 in your editor',
  'empty-file': () => 'the file is empty; it needs at least “version” and “lieu”',
  'yaml-syntax': (p) => `YAML syntax: ${yamlHint(p)}`,
  'duplicate-key': (p) => `the key “${s(p, 'key')}” appears twice at the same level; keep only one`,
  'multiple-documents': () => 'several YAML documents (separated by “---”) in one file; write one evaluation per file',
  'not-a-mapping': () => 'the file must be a mapping of keys (version, lieu, families of effects), not a list or a single value',
  'unknown-key': (p) => `unknown key “${s(p, 'key')}”${possible(p, 'possible keys:')}`,
  'missing-key': (p) => `missing required key: “${s(p, 'key')}”`,
  'unknown-option': (p) =>
    `unknown option “${s(p, 'value')}” for “${s(p, 'field')}”${p.label ? ': this is the label of an option, the answer is written with its id' : ''}${possible(p, 'possible options:')}`,
  'wrong-type': (p) => {
    return `the value must be ${typeName(p, 'expected')}, not ${typeName(p, 'found')}${typeHint(p)}`;
  },
  'too-small': (p) => `the value must be at least ${s(p, 'limit')}`,
  'too-large': (p) => `the value must be at most ${s(p, 'limit')}`,
  'empty-text': () => 'the text is empty; write it or remove the key',
  'duplicate-item': (p) => `“${s(p, 'value')}” appears twice in the list`,
  'bad-date': (p) => `invalid date “${s(p, 'value')}”; write it as YYYY-MM-DD${p.iso ? `: ${s(p, 'iso')}` : ', for example 2024-06-30'}`,
  'bad-partial-date': (p) => `invalid date “${s(p, 'value')}”; write a year (2019), a month (2019-03) or a day (2019-03-04)${p.iso ? `: ${s(p, 'iso')}` : ''}`,
  'bad-url': (p) => `invalid web address “${s(p, 'value')}”; write it in full${p.fixed ? `: ${s(p, 'fixed')}` : ', for example https://www.example.org'}`,
  'missing-image': (p) => `image not found “${s(p, 'value')}”; the path is read from the evaluation file’s folder (${s(p, 'folder')})`,
  'placeholder-name': (p) => `“${s(p, 'value')}” is the text impact init puts in place of the name; write the name of the site evaluated (it titles the report)`,
  'bad-version': (p) => `unsupported format version: ${s(p, 'value')} (impact reads version ${s(p, 'expected')})`,
  'output-is-input': (p) => `the report “${s(p, 'output')}” would overwrite an input file; choose another --out-dir`,
  'compare-different-sites': (p) =>
    `“${s(p, 'before')}” and “${s(p, 'after')}” do not name the same site (${s(p, 'why') === 'identifiant' ? 'their lieu.identifiant differ' : 'neither the same lieu.identifiant nor the same name and town'}); compare two evaluations of one site, give both the same lieu.identifiant, or add --force`,
  'compare-output-is-input': (p) => `the comparison “${s(p, 'output')}” would overwrite an evaluation; choose another --out-dir`,
  'summary-output-is-input': (p) => `the portfolio “${s(p, 'output')}” would overwrite an evaluation; choose another name with -o`,
  'output-collision': (p) => `“${s(p, 'other')}” also writes “${s(p, 'output')}”; build them into separate folders`,
  'output-exists': () => 'the file already exists; impact init does not overwrite it: choose another name, or add --force to replace it',
  'not-a-pdf': () => 'this file is not a PDF; give the PDF report impact build wrote',
  'unreadable-pdf': (p) => `${PDF_REASONS[s(p, 'reason')] ?? 'the PDF’s structure cannot be read'}${p.offset === undefined ? '' : ` (byte ${s(p, 'offset')})`}`,
  'no-embedded-source': () => 'this PDF carries no evaluation; only a report built with impact build --embed-source carries one',
  'extract-output-is-input': (p) => `“${s(p, 'output')}” is the PDF itself: impact extract does not overwrite it; choose another name with -o`,
  'write-failed': (p) => `cannot write “${s(p, 'output')}” (${s(p, 'reason')})`,
  'out-of-memory': (p) =>
    `ran out of memory building this file (more than ${s(p, 'limit')} MB); make it smaller, or raise the limit (IMPACT_MAX_WORKER_MB)`,
  'build-crashed': (p) => `internal error building this file — this is a bug in impact, please report it: ${s(p, 'detail')}`,
  'bad-colour': (p) => `invalid colour “${s(p, 'value')}”; write it #rrggbb, for example #17324d`,
  'empty-list': () => 'the list is empty; give at least one item or remove the key',
  'bad-font': (p) => `“${s(p, 'value')}” is not a readable TrueType or OpenType font`,
  'bad-image': (p) => `“${s(p, 'value')}” is not a PNG or JPEG image`,
  'image-too-large': (p) =>
    `the image “${s(p, 'value')}” is ${count(p, 'width', 'en')} × ${count(p, 'height', 'en')} pixels, for at most ${count(p, 'limit', 'en')} a side; make it smaller: a logo needs no more than a thousand pixels`,
  'theme-file-too-large': (p) =>
    `file too large: ${p.size === undefined ? 'over ' : `${size(p, 'size')} for `}${size(p, 'limit')}${p.size === undefined ? '' : ' at most'}; a font or a logo takes far less`,
  'template-error': (p) => `template error: ${TEMPLATE_PROBLEMS[s(p, 'problem')]?.(p) ?? s(p, 'detail')}`,
  'file-too-large': (p) =>
    `file too large: ${p.size === undefined ? 'more than' : `${size(p, 'size')} for at most`} ${size(p, 'limit')}; an evaluation takes a few kilobytes (limit: IMPACT_MAX_BYTES)`,
  'too-deep': (p) => `nested too deep (more than ${s(p, 'limit')} levels); an evaluation has 5 (limit: IMPACT_MAX_DEPTH)`,
  'too-many-aliases': (p) => `more than ${s(p, 'limit')} YAML aliases (*name): refused, so as not to exhaust memory (limit: IMPACT_MAX_ALIASES)`,
  'too-much-text': (p) =>
    `too much text: here the evaluation goes past ${count(p, 'limit', 'en')} characters of text in all; an evaluation holds a few thousand (limit: IMPACT_MAX_TEXT)`,
  'too-many-texts': (p) => `too many texts: here the evaluation goes past ${count(p, 'limit', 'en')} texts (list items counted); an evaluation holds a few dozen (limit: IMPACT_MAX_TEXTS)`,
  'too-many-values': (p) => `too many values: here the evaluation goes past ${count(p, 'limit', 'en')} keys and values; an evaluation holds a few hundred (limit: ${s(p, 'per')} × IMPACT_MAX_TEXTS + ${count(p, 'base', 'en')})`,
  'unanswered-criterion': (p) => `criterion not answered: “${s(p, 'criterion')}”`,
  'unanswered-field': (p) => `field not answered: “${s(p, 'field')}” in “${s(p, 'criterion')}”`,
  'inapplicable-field': (p) =>
    `“${s(p, 'field')}” applies only when “${s(p, 'on')}” is ${items(p, 'allowed').join(' or ')}, and here it is “${s(p, 'value')}”: remove the field or check “${s(p, 'on')}” (the report prints it as written)`,
  'inapplicable-after-zero': (p) =>
    `“${s(p, 'field')}” applies only when “${s(p, 'on')}” is at least 1, and here it is 0: remove the field or check “${s(p, 'on')}” (the report prints it as written)`,
  'bare-text': (p) =>
    `“${s(p, 'value')}” does not say what was observed: describe it in a few words (a fact, an example); as it is, it is printed but does not count`,
  'free-item-like-option': (p) =>
    `“${s(p, 'value')}” is not an option of “${s(p, 'field')}”: it will be printed as free text${possible(p, 'options:')}`,
  'described-only': (p) =>
    `the family “${s(p, 'family')}” is described in words only: no intensity is computed; tick the choices that apply, or give the committee's intensity (intensite: { valeur: ${MIN_INTENSITY} to ${MAX_SCORE}, justification: "…" })`,
  'missing-glyph': (p) =>
    `the PDF's font has no character for ${s(p, 'characters')} (${items(p, 'codes').join(', ')}): it will print as a box; the Markdown and JSON keep it`,
  'import-unknown-column': (p) => `column ${s(p, 'column')} “${s(p, 'header')}” matches no field of the grid: it is not imported; name it by its path (effets_individuels.lien_social.publics) or by its criterion's label followed by the field's (impact init --format csv writes them all)`,
  'import-ambiguous-column': (p) => `column ${s(p, 'column')} “${s(p, 'header')}” may stand for ${items(p, 'candidates').join(', ')}: it is not imported; put the criterion's label before the field's, or write the path`,
  'import-duplicate-column': (p) => `column ${s(p, 'column')} “${s(p, 'header')}” fills “${s(p, 'path')}”, as column ${s(p, 'other')} does: it is not imported; keep only one`,
  'import-unknown-choice': (p) => `“${s(p, 'value')}”${cellAt(p)} is no option of “${s(p, 'field')}”: this choice is not imported${possible(p, 'possible options:')}`,
  'import-not-a-count': (p) => `“${s(p, 'value')}”${cellAt(p)} is not a whole number of zero or more: it is not imported; write the number alone, for example 12`,
  'import-member-without-name': (p) => `“${s(p, 'value')}”${cellAt(p)} has no name: this member is not imported; write each member “Name (role)”, separated by “;” or a new line`,
  'import-not-a-partial-date': (p) => `“${s(p, 'value')}”${cellAt(p)} is not a date: it is not imported; write a year (2019), a month (2019-03 or 03/2019) or a day (2019-03-04 or 04/03/2019)`,
  'import-not-a-date': (p) => `“${s(p, 'value')}”${cellAt(p)} is not a date: it is not imported; write it 2024-06-30 or 30/06/2024`,
  'import-several-choices': (p) => `“${s(p, 'value')}”${cellAt(p)} gives several choices, and “${s(p, 'field')}” takes one: nothing is imported; keep the one that applies`,
  'import-not-a-tick': (p) => `“${s(p, 'value')}”${cellAt(p)} says neither yes nor no for the option “${s(p, 'option')}”: it is not imported; write yes, 1 or x to tick it, leave it empty otherwise`,
  'import-no-name': () => "this row has no name of the site: it is not imported; write the site's name in the “Name of the site” column",
  'import-no-name-column': () => 'no column gives the name of the site: nothing is imported; add a “Name of the site” (or lieu.nom) column',
  'import-same-name': (p) => `“${s(p, 'other')}” already writes “${s(p, 'output')}”: this site is not imported; give them distinct names, or import them into separate folders`,
  'import-output-exists': (p) => `“${s(p, 'output')}” already exists: impact import does not overwrite it; choose another --out-dir, or add --force to replace it`,
  'import-copied-text': (p) => `the text of “${s(p, 'field')}” repeats that of “${s(p, 'from')}” (a known defect of the platform's files): it is not imported a second time; write this criterion's own answer in the imported file`,
  'import-unreadable-table': (p) => `the table cannot be read (${tableReason(p)}): nothing is imported; save it again as UTF-8 CSV or as XLSX`,
  'import-unknown-format': () => "impact import reads form exports (.csv, .tsv, .txt, .xlsx) and the Commune Mesure platform's place files (.json): this file is not imported",
  'import-not-a-place': () => 'this JSON is not a place file of the Commune Mesure platform (storage/app/places/*.json: name, address, blocs): nothing is imported',
  'import-empty-table': () => 'the table has no row of answers under its headers: nothing is imported',
  'import-repeated-text': (p) => `the text of “${s(p, 'field')}” is word for word that of the site “${s(p, 'other')}” (${s(p, 'source')}): it is imported, but check that this site wrote it for itself`,
};

export const diagnostics: Words['diagnostics'] = {
  messages,
  severity: { error: 'error', warning: 'warning' },
  severities: { error: { one: 'error', other: 'errors' }, warning: { one: 'warning', other: 'warnings' } },
  stdin: '<stdin>',
  didYouMean: (suggestion) => `did you mean “${suggestion}”?`,
};
