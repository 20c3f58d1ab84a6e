/**
 * The file `impact init` writes: every family, criterion and field of the grid, nothing answered,
 * the questions and the options (id and label) as comments in the evaluator's language.
 *
 * Lists are written empty (`[]`, no answer). A single choice, a count, a date and the committee's
 * intensity cannot be written empty, and a free text is left out until it is written: they are
 * commented-out lines, placeholder included, that the evaluator uncomments.
 * Everything comes from the grid: only the instructions are written here.
 */
import { FAMILIES, FORMAT_VERSION, SITE_FIELDS, fieldsOf } from './grid.js';
import { conclusionLines, sectionLines, siteDescriptionLines, type Writer } from './skeleton-context.js';
import { LANGS, type Applicability, type Criterion, type Family, type Field, type FieldKind, type Lang, type Option } from './types.js';

/** Comments are wrapped to this many columns, indentation included. */
const WIDTH = 100;

interface Words {
  readonly header: (file: string) => readonly string[];
  readonly kind: Readonly<Record<FieldKind, string>>;
  readonly open: string;
  readonly applies: (rule: Applicability) => string;
  readonly required: string;
  readonly negative: string;
  readonly allNegative: string;
  readonly date: string;
  readonly version: string;
  readonly site: string;
  readonly replaceName: (placeholder: string) => string;
  readonly language: string;
  readonly languages: Readonly<Record<Lang, string>>;
  readonly keywords: string;
  readonly intensity: string;
  readonly intensityValue: string;
  readonly intensityReason: string;
  readonly optionalFamily: string;
}

/** A file name as it is typed in a shell. */
const shellWord = (file: string): string => (/^[\w./-]+$/.test(file) ? file : `"${file.replace(/(["\\$`])/g, '\\$1')}"`);
const stem = (file: string): string => file.replace(/\.[^./]*$/, '');

/** `impact validate` and `impact build` on the file, what each does aligned beside it. */
function commands(file: string, validates: string, builds: string): string[] {
  const lines = [`impact validate ${shellWord(file)}`, `impact build ${shellWord(file)}`];
  const width = Math.max(...lines.map((l) => l.length)) + 3;
  return [`  ${lines[0]?.padEnd(width)}${validates}`, `  ${lines[1]?.padEnd(width)}${builds}`];
}

const WORDS: Record<Lang, Words> = {
  fr: {
    header: (file) => [
      'Évaluation des effets sociaux et urbains d’un tiers-lieu',
      '(grille de l’atelier Approche.s ! reprise par Commune Mesure)',
      '',
      'Ce fichier, créé par « impact init », contient toute la grille : chaque famille d’effets,',
      'chaque critère avec sa question, chaque champ avec ses réponses possibles en commentaire.',
      'Rien n’est encore renseigné : tant qu’un critère reste vide, le rapport le dit « non renseigné ».',
      '',
      'Pour le remplir :',
      '  1. Remplacez « Nom du lieu » par le nom du lieu évalué, puis complétez les autres informations.',
      '  2. Listes : écrivez entre les crochets les identifiants choisis (à gauche du tiret « — »),',
      '     séparés par des virgules :      publics: [benevoles, voisins]',
      '  3. Lignes en commentaire, comme « # frequence: quotidienne » : retirez le « # » et l’espace',
      '     qui le suit (Ctrl+/ dans la plupart des éditeurs), puis écrivez votre réponse :',
      '                                     frequence: hebdomadaire',
      '  4. Textes libres : entre guillemets, surtout s’ils contiennent « : » ou « # » :',
      '                                     exemple: "atelier de réparation de vélos"',
      '  5. « autres » accueille les observations qu’aucune option ne décrit :',
      '                                     autres: ["une observation", "une autre"]',
      '',
      'Laissez vide ce qui n’a pas été observé. Les options marquées « observation négative » sont',
      'rapportées telles quelles et ne font jamais monter le score. Les clés et les identifiants font',
      'partie du format : ne les traduisez pas, ne les modifiez pas. Indentez avec des espaces, jamais',
      'avec des tabulations.',
      '',
      'Ensuite :',
      ...commands(file, 'vérifie le fichier : erreurs, puis ce qui reste à renseigner', `écrit le rapport (${stem(file)}.pdf et ${stem(file)}.md)`),
      '',
      'Un éditeur qui lit la première ligne (VS Code avec l’extension YAML, par exemple) propose les',
      'identifiants et signale les erreurs pendant la saisie.',
    ],
    kind: {
      single: 'un seul choix',
      multi: 'plusieurs choix possibles',
      count: 'un nombre entier',
      texts: 'une liste de textes libres',
      text: 'un texte libre',
      date: 'une date au format AAAA-MM-JJ',
      url: 'une adresse web complète, https://…',
      file: 'le chemin d’une image PNG ou JPEG, relatif à ce fichier',
    },
    open: 'ou vos propres textes',
    applies: (rule) =>
      'nonZero' in rule ? `sauf si ${rule.field} vaut 0` : `seulement si ${rule.field} vaut ${rule.options.join(' ou ')}`,
    required: 'obligatoire',
    negative: 'observation négative',
    allNegative: 'toutes des observations négatives',
    date: 'AAAA-MM-JJ',
    version: 'Version du format : toujours 1, ne la changez pas.',
    site: 'Le lieu évalué',
    replaceName: (placeholder) => `remplacez « ${placeholder} » par le nom du lieu évalué`,
    language: 'Langue du rapport (un seul choix ; l’option --lang de « impact build » l’emporte) :',
    languages: { fr: 'français', en: 'anglais' },
    keywords: 'Mots-clés de la famille, imprimés sous son intensité (une liste de textes libres) :',
    intensity:
      'Intensité retenue par le comité d’évaluation (facultatif) : elle prime sur le score calculé, et le rapport montre les deux.',
    intensityValue: 'de 1 (+) à 4 (++++)',
    intensityReason: 'obligatoire : pourquoi le comité retient cette intensité',
    optionalFamily:
      'Famille facultative : le rapport ne l’imprime que si elle figure dans ce fichier ; supprimez-la si le lieu ne participe à aucun projet urbain.',
  },
  en: {
    header: (file) => [
      'Evaluation of the social and urban effects of a third place (tiers-lieu)',
      '(the Approche.s ! workshop’s grid, as collected by Commune Mesure)',
      '',
      'This file, written by “impact init”, holds the whole grid: every family of effects, every',
      'criterion with its question, every field with its possible answers as comments. Nothing is',
      'answered yet: as long as a criterion is left empty, the report says it is “not answered”.',
      '',
      'To fill it in:',
      '  1. Replace “Name of the site” with the name of the site evaluated, then add the other details.',
      '  2. Lists: write the chosen ids (left of the dash “—”) between the brackets, separated by',
      '     commas:                         publics: [benevoles, voisins]',
      '  3. Commented-out lines, such as “# frequence: quotidienne”: remove the “#” and the space after',
      '     it (Ctrl+/ in most editors), then write your answer:',
      '                                     frequence: hebdomadaire',
      '  4. Free texts: in double quotes, especially when they contain “: ” or “#”:',
      '                                     exemple: "bicycle repair workshop"',
      '  5. “autres” holds the observations that no option describes:',
      '                                     autres: ["an observation", "another one"]',
      '',
      'Leave empty what was not observed. Options marked “negative observation” are reported as they',
      'are and never raise a score. Keys and ids are part of the format, they stay in French: do not',
      'translate or change them. Indent with spaces, never with tabs.',
      '',
      'Then:',
      ...commands(file, 'checks the file: its errors, then what is left to answer', `writes the report (${stem(file)}.pdf and ${stem(file)}.md)`),
      '',
      'An editor that reads the first line (VS Code with the YAML extension, for instance) completes',
      'the ids and flags mistakes as you type.',
    ],
    kind: {
      single: 'one choice',
      multi: 'one or more choices',
      count: 'a whole number',
      texts: 'a list of free texts',
      text: 'a free text',
      date: 'a date as YYYY-MM-DD',
      url: 'a full web address, https://…',
      file: 'the path of a PNG or JPEG image, relative to this file',
    },
    open: 'or texts of your own',
    applies: (rule) => ('nonZero' in rule ? `unless ${rule.field} is 0` : `only when ${rule.field} is ${rule.options.join(' or ')}`),
    required: 'required',
    negative: 'negative observation',
    allNegative: 'all negative observations',
    date: 'YYYY-MM-DD',
    version: 'Format version: always 1, do not change it.',
    site: 'The site evaluated',
    replaceName: (placeholder) => `replace “${placeholder}” with the name of the site evaluated`,
    language: 'Language of the report (one choice; the --lang option of “impact build” takes precedence):',
    languages: { fr: 'French', en: 'English' },
    keywords: 'Keywords of the family, printed under its intensity (a list of free texts):',
    intensity:
      'Intensity set by the evaluation committee (optional): it takes precedence over the computed score, and the report shows both.',
    intensityValue: 'from 1 (+) to 4 (++++)',
    intensityReason: 'required: why the committee sets this intensity',
    optionalFamily:
      'Optional family: the report prints it only when this file has it; delete it if the site takes part in no urban project.',
  },
};

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
  const colon = lang === 'fr' ? ' :' : ':';
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
  const words = WORDS[lang];
  const write: Writer = { field: (indent, f) => fieldLines(indent, f, words, lang), comment: (indent, text) => comment(indent, text), banner };
  const languages = LANGS.map((l) => ({ id: l, label: { fr: words.languages[l], en: words.languages[l] }, points: 0 }));
  const lines = [
    `# yaml-language-server: $schema=${schemaPath}`,
    '#',
    ...words.header(file).map((line) => (line === '' ? '#' : `# ${line}`)),
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
