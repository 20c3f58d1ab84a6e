/**
 * Usage errors and commander's own words (help headings, defaults, choices) in the language of
 * the rest of the output: French unless the command line asks for `--lang en`. The language is
 * found before the command line is parsed, since it is one of its options.
 */
import { LANGS, type Lang } from '../grid/types.js';
import { frenchSpacing } from '../text/typography.js';

/** The `--lang` the command line gives (`--lang en`, `--lang=en`), else French. */
export function usageLanguage(argv: readonly string[]): Lang {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]?.startsWith('--lang=') ? argv[at]?.slice('--lang='.length) : argv[at + 1];
  return LANGS.find((lang) => lang === value) ?? 'fr';
}

const plural = (n: number, word: string): string => `${n} ${word}${n > 1 ? 's' : ''}`;
const nearFr = (near?: string): string => (near ? ` ; vouliez-vous dire « ${near} » ?` : '');
const nearEn = (near?: string): string => (near ? `; did you mean “${near}”?` : '');

/** The messages of the command line's own checks, and of those commander makes. */
export const USAGE = {
  fr: {
    unknownFormat: (item: string, allowed: string, near?: string) => `« ${item} » n’est pas un format connu (${allowed})${nearFr(near)}`,
    noFormat: (allowed: string) => `indiquez au moins un format (${allowed})`,
    notPositive: (value: string) => `« ${value} » n’est pas un nombre entier positif`,
    notShard: (value: string) => `« ${value} » n’est pas une part i/n avec 1 ≤ i ≤ n, par exemple 2/4`,
    unknownOption: (flag: string, near?: string) => `option inconnue « ${flag} »${nearFr(near)}`,
    unknownCommand: (name: string, near?: string) => `commande inconnue « ${name} »${nearFr(near)}`,
    missingArgument: (name: string) => `il manque l’argument « ${name} »`,
    missingValue: (flags: string) => `l’option « ${flags} » attend une valeur`,
    tooManyArguments: (command: string | undefined, expected: number, got: number) =>
      `trop d’arguments${command ? ` pour « ${command} »` : ''} (${plural(expected, 'attendu')}, ${plural(got, 'donné')})`,
    notAChoice: (value: string, flags: string, choices: string, near?: string) =>
      `« ${value} » n’est pas une valeur de l’option « ${flags} » (valeurs possibles : ${choices})${nearFr(near)}`,
    invalidValue: (flags: string, why: string) => `option « ${flags} » : ${why}`,
    error: (message: string) => frenchSpacing(`erreur : ${message}`),
  },
  en: {
    unknownFormat: (item: string, allowed: string, near?: string) => `“${item}” is not a known format (${allowed})${nearEn(near)}`,
    noFormat: (allowed: string) => `give at least one format (${allowed})`,
    notPositive: (value: string) => `“${value}” is not a positive whole number`,
    notShard: (value: string) => `“${value}” is not a part i/n with 1 ≤ i ≤ n, for example 2/4`,
    unknownOption: (flag: string, near?: string) => `unknown option “${flag}”${nearEn(near)}`,
    unknownCommand: (name: string, near?: string) => `unknown command “${name}”${nearEn(near)}`,
    missingArgument: (name: string) => `missing argument “${name}”`,
    missingValue: (flags: string) => `the option “${flags}” needs a value`,
    tooManyArguments: (command: string | undefined, expected: number, got: number) =>
      `too many arguments${command ? ` for “${command}”` : ''} (expected ${expected}, got ${got})`,
    notAChoice: (value: string, flags: string, choices: string, near?: string) =>
      `“${value}” is not a value of the option “${flags}” (possible values: ${choices})${nearEn(near)}`,
    invalidValue: (flags: string, why: string) => `option “${flags}”: ${why}`,
    error: (message: string) => `error: ${message}`,
  },
} as const;

/** The words commander puts in every help: its headings, its notes after a description, its own options. */
export const HELP_WORDS = {
  fr: {
    /** commander's headings, by the English it passes to `Help.styleTitle`. */
    titles: {
      'Usage:': 'Utilisation :',
      'Arguments:': 'Arguments :',
      'Options:': 'Options :',
      'Commands:': 'Commandes :',
      'Global Options:': 'Options globales :',
    },
    options: '[options]',
    command: '[commande]',
    defaultIs: (value: string) => `par défaut : ${value}`,
    choices: (values: string) => `valeurs : ${values}`,
    help: 'affiche l’aide',
    helpCommand: 'help [commande]',
    helpCommandDescription: 'affiche l’aide d’une commande',
    version: 'affiche la version',
    examples: 'Exemples :',
  },
  en: {
    titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Global Options:': 'Global options:' },
    options: '[options]',
    command: '[command]',
    defaultIs: (value: string) => `default: ${value}`,
    choices: (values: string) => `values: ${values}`,
    help: 'show this help',
    helpCommand: 'help [command]',
    helpCommandDescription: 'show the help of a command',
    version: 'show the version',
    examples: 'Examples:',
  },
} as const;

/** Why `impact build -` cannot write its report on standard output as asked. */
export const STDIN_CONFLICTS = {
  fr: {
    formats: (asked: string) =>
      `« - » (l’entrée standard) : son rapport s’écrit sur la sortie standard, qui ne peut en tenir qu’un ; choisissez un seul format avec --format (pdf, md ou json), pas ${asked}`,
    outDir:
      '« - » (l’entrée standard) : son rapport s’écrit sur la sortie standard, --out-dir ne peut pas lui donner de nom ; redirigez la sortie : impact build - --format pdf > site.pdf',
    check: '« - » (l’entrée standard) : --check n’a aucun rapport à comparer ; construisez un fichier nommé',
    watch: '« - » (l’entrée standard) : --watch n’a aucun fichier à surveiller ; nommez le fichier',
    json: '« - » (l’entrée standard) : son rapport et --reporter json se disputeraient la sortie standard ; gardez le rapport texte',
    terminal: '« - » (l’entrée standard) : un PDF ne s’écrit pas dans un terminal ; redirigez la sortie : impact build - --format pdf > site.pdf',
  },
  en: {
    formats: (asked: string) =>
      `“-” (standard input): its report is written to standard output, which holds only one; choose one format with --format (pdf, md or json), not ${asked}`,
    outDir:
      '“-” (standard input): its report is written to standard output, --out-dir has no name to give it; redirect the output: impact build - --format pdf > site.pdf',
    check: '“-” (standard input): --check has no report to compare with; build a named file',
    watch: '“-” (standard input): --watch has no file to watch; name the file',
    json: '“-” (standard input): its report and --reporter json would both write to standard output; keep the text reporter',
    terminal: '“-” (standard input): a PDF is not written to a terminal; redirect the output: impact build - --format pdf > site.pdf',
  },
} as const;
