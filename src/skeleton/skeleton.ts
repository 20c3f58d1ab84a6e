/**
 * The file `impact init` writes: every family, criterion and field of the grid, nothing answered,
 * the questions and the options (id and label) as comments in the evaluator's language.
 *
 * Lists are written empty (`[]`, no answer). A single choice, a count, a date and the committee's
 * intensity cannot be written empty, and a free text is left out until it is written: they are
 * commented-out lines, placeholder included, that the evaluator uncomments.
 * Everything comes from the grid: only the instructions are written here.
 */
import { FAMILIES, FORMAT_VERSION, SITE_FIELDS, fieldsOf } from '../grid/grid.js';
import { conclusionLines, sectionLines, siteDescriptionLines, type Writer } from './sections.js';
import { LANGS, type Criterion, type Family, type Field, type Lang, type Option } from '../grid/types.js';
import { wordsOf, type Words as Catalogue } from '../words/words.js';

type Words = Catalogue['skeleton'];

/** Comments are wrapped to this many columns, indentation included. */
const WIDTH = 100;

/** A file name as it is typed in a shell. */
const shellWord = (file: string): string => (/^[\w./-]+$/.test(file) ? file : `"${file.replace(/(["\\$`])/g, '\\$1')}"`);
const stem = (file: string): string => file.replace(/\.[^./]*$/, '');

/** `impact validate` and `impact build` on the file, what each does aligned beside it. */
function commands(file: string, validates: string, builds: string): string[] {
  const lines = [`impact validate ${shellWord(file)}`, `impact build ${shellWord(file)}`];
  const width = Math.max(...lines.map((l) => l.length)) + 3;
  return [`  ${lines[0]?.padEnd(width)}${validates}`, `  ${lines[1]?.padEnd(width)}${builds}`];
}


/** Stands for a space a line must not break at: before : ; ? ! and », after « (French spacing). */
const GLUE = '\uE000';

/** `text` in lines of at most `first` then `next` characters, broken between words. */
function wrap(text: string, first: number, next: number): string[] {
  const glued = text.replace(/ (?=[:;?!»])/g, GLUE).replace(/« /g, `«${GLUE}`);
  const lines: string[] = [];
  let line = '';
  for (const word of glued.split(' ')) {
    const width = lines.length === 0 ? first : next;
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.map((l) => l.replaceAll(GLUE, ' '));
}

/** A comment, wrapped; `lead` starts its first line and its continuation lines start under the text. */
function comment(indent: string, text: string, lead = ''): string[] {
  const room = WIDTH - indent.length - 2 - lead.length;
  const hang = ' '.repeat(lead.length);
  return wrap(text, room, room).map((line, i) => `${indent}# ${i === 0 ? lead : hang}${line}`);
}

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

/** `#   id — label`, one option a line, the dashes aligned. */
function optionLines(indent: string, options: readonly Option[], words: Words, lang: Lang, markNegative: boolean): string[] {
  const width = Math.max(...options.map((o) => o.id.length));
  return options.flatMap((o) => {
    const label = markNegative && o.negative ? `${o.label[lang]} (${words.negative})` : o.label[lang];
    return comment(indent, label, `  ${o.id.padEnd(width)} — `);
  });
}

/** A plain YAML scalar when it reads as one, else a double-quoted one. */
const scalar = (text: string): string => (/^[\p{L}][\p{L}\p{N} ’'-]*$/u.test(text) ? text : JSON.stringify(text));

/** A field: its label and what it takes, its options, then the key, empty or commented out. */
function fieldLines(indent: string, field: Field, words: Words, lang: Lang): string[] {
  const options = field.options ?? [];
  const allNegative = options.length > 0 && options.every((o) => o.negative);
  const notes = [
    ...(field.required ? [words.required] : []),
    words.kind[field.kind],
    ...(field.open ? [words.open] : []),
    ...(field.appliesWhen ? [words.applies(field.appliesWhen)] : []),
    ...(allNegative ? [words.allNegative] : []),
  ];
  const { colon } = words;
  // The site's name is the one answer written: its comment says it is a placeholder.
  const help = field.required && field.kind === 'text' ? `${colon} ${words.replaceName(field.label[lang])}.` : colon;
  const lines = comment(indent, `${capitalised(field.label[lang])} (${notes.join(', ')})${help}`);
  lines.push(...optionLines(indent, options, words, lang, !allNegative));
  switch (field.kind) {
    case 'multi':
    case 'texts':
      lines.push(`${indent}${field.id}: []`);
      break;
    case 'single':
      lines.push(`${indent}# ${field.id}: ${options[0]?.id ?? ''}`);
      break;
    case 'count':
      lines.push(`${indent}# ${field.id}: 0`);
      break;
    case 'date':
    case 'partial-date':
      lines.push(`${indent}# ${field.id}: ${words.date}`);
      break;
    case 'url':
      lines.push(`${indent}# ${field.id}: https://`);
      break;
    case 'file':
    case 'text':
      lines.push(field.required ? `${indent}${field.id}: ${scalar(field.label[lang])}` : `${indent}# ${field.id}: ""`);
      break;
  }
  return lines;
}

/** A heading between two rules. */
function banner(title: string, ...notes: string[]): string[] {
  const rule = `# ${'─'.repeat(WIDTH - 2)}`;
  return [rule, ...comment('', title), ...notes.flatMap((n) => comment('', n)), rule];
}

function criterionLines(criterion: Criterion, words: Words, lang: Lang): string[] {
  const indent = '    ';
  return [
    ...comment('  ', criterion.label[lang]),
    ...comment('  ', criterion.question[lang]),
    ...(criterion.addition ? comment('  ', criterion.addition[lang]) : []),
    `  ${criterion.id}:`,
    ...fieldsOf(criterion).flatMap((f) => fieldLines(indent, f, words, lang)),
  ];
}

function familyLines(family: Family, words: Words, lang: Lang): string[] {
  return [
    ...banner(family.label[lang], ...(family.optional ? [words.optionalFamily] : [])),
    `${family.id}:`,
    ...comment('  ', words.keywords),
    '  mots_cles: []',
    ...comment('  ', words.intensity),
    '  # intensite:',
    `  #   valeur: 1  # ${words.intensityValue}`,
    `  #   justification: ""  # ${words.intensityReason}`,
    ...family.criteria.flatMap((c) => ['', ...criterionLines(c, words, lang)]),
  ];
}

function siteLines(words: Words, lang: Lang, write: Writer): string[] {
  return [...banner(words.site), 'lieu:', ...SITE_FIELDS.flatMap((f) => write.field('  ', f)), ...siteDescriptionLines(lang, write)];
}

/**
 * A new evaluation file in `lang`, valid as it is and with no criterion answered.
 * `schemaPath`: the JSON Schema as the modeline names it (relative to the file, or a URL);
 * `file`: the file's name, for the commands the header suggests.
 */
export function evaluationSkeleton(lang: Lang, schemaPath: string, file = 'evaluation.yaml'): string {
  const words = wordsOf(lang).skeleton;
  const write: Writer = { field: (indent, f) => fieldLines(indent, f, words, lang), comment: (indent, text) => comment(indent, text), banner };
  const languages = LANGS.map((l) => ({ id: l, label: { fr: words.languages[l], en: words.languages[l] }, points: 0 }));
  const lines = [
    `# yaml-language-server: $schema=${schemaPath}`,
    '#',
    ...words.header((validates, builds) => commands(file, validates, builds), stem(file)).map((line) => (line === '' ? '#' : `# ${line}`)),
    '',
    ...comment('', words.version),
    `version: ${FORMAT_VERSION}`,
    '',
    ...siteLines(words, lang, write),
    '',
    ...comment('', words.language),
    ...optionLines('', languages, words, lang, false),
    `langue: ${lang}`,
    '',
    '',
    ...sectionLines(lang, write),
    ...FAMILIES.flatMap((family) => ['', '', ...familyLines(family, words, lang)]),
    '',
    '',
    ...conclusionLines(lang, write),
  ];
  return `${lines.join('\n')}\n`;
}
