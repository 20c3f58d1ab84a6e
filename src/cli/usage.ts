/**
 * Usage errors in the language of the rest of the output: French unless the command line asks
 * for `--lang en`. They are found before the command line is parsed (the language is one of
 * its options), and commander's own messages, in English, are put into French.
 */
import { LANGS, type Lang } from '../grid/types.js';
import { frenchSpacing } from '../text/typography.js';

/** The `--lang` the command line gives (`--lang en`, `--lang=en`), else French. */
export function usageLanguage(argv: readonly string[]): Lang {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]?.startsWith('--lang=') ? argv[at]?.slice('--lang='.length) : argv[at + 1];
  return LANGS.find((lang) => lang === value) ?? 'fr';
}

/** The messages of impact's own option checks. */
export const USAGE = {
  fr: {
    unknownFormat: (item: string, allowed: string, near?: string) => `« ${item} » n’est pas un format connu (${allowed})${near ? ` ; vouliez-vous dire « ${near} » ?` : ''}`,
    noFormat: (allowed: string) => `indiquez au moins un format (${allowed})`,
    notPositive: (value: string) => `« ${value} » n’est pas un nombre entier positif`,
    notShard: (value: string) => `« ${value} » n’est pas une part i/n avec 1 ≤ i ≤ n, par exemple 2/4`,
  },
  en: {
    unknownFormat: (item: string, allowed: string, near?: string) => `“${item}” is not a known format (${allowed})${near ? `; did you mean “${near}”?` : ''}`,
    noFormat: (allowed: string) => `give at least one format (${allowed})`,
    notPositive: (value: string) => `“${value}” is not a positive whole number`,
    notShard: (value: string) => `“${value}” is not a part i/n with 1 ≤ i ≤ n, for example 2/4`,
  },
} as const;

const plural = (n: string, word: string): string => `${n} ${word}${Number(n) > 1 ? 's' : ''}`;

/** commander's messages (commander 14), as patterns and their French. */
const FRENCH: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [/^error: unknown option '(.+)'$/m, (_, option) => `erreur : option inconnue « ${option} »`],
  [/^error: unknown command '(.+)'$/m, (_, command) => `erreur : commande inconnue « ${command} »`],
  [/^\(Did you mean (.+)\?\)$/m, (_, near) => `(vouliez-vous dire ${near} ?)`],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/m,
    (_, option, value, choices) => `erreur : « ${value} » n’est pas une valeur de l’option « ${option} » (valeurs possibles : ${choices})`,
  ],
  [/^error: option '(.+)' argument '(.*)' is invalid\. (.+)$/m, (_, option, _value, why) => `erreur : option « ${option} » : ${why}`],
  [/^error: option '(.+)' argument missing$/m, (_, option) => `erreur : l’option « ${option} » attend une valeur`],
  [/^error: missing required argument '(.+)'$/m, (_, argument) => `erreur : il manque l’argument « ${argument} »`],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/m,
    (_, command, expected = '0', got = '0') => `erreur : trop d’arguments${command ? ` pour « ${command} »` : ''} (${plural(expected, 'attendu')}, ${plural(got, 'donné')})`,
  ],
];

/** A usage error as commander writes it, in `lang`; a message it does not know stays as it is. */
export function usageMessage(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  const french = FRENCH.reduce((text, [pattern, replacement]) => text.replace(pattern, (...groups: string[]) => replacement(...groups)), message);
  return french === message ? message : frenchSpacing(french);
}
