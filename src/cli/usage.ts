/**
 * The language of usage errors and of commander's own words (help headings, defaults, choices):
 * French unless the command line asks for `--lang en`. It is found before the command line is
 * parsed, since it is one of its options; the words are in src/words/<lang>/cli.ts and help.ts.
 */
import { LANGS, type Lang } from '../grid/types.js';

/** The `--lang` the command line gives (`--lang en`, `--lang=en`), else French. */
export function usageLanguage(argv: readonly string[]): Lang {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]?.startsWith('--lang=') ? argv[at]?.slice('--lang='.length) : argv[at + 1];
  return LANGS.find((lang) => lang === value) ?? 'fr';
}
