/**
 * The parts of the file `impact init` writes that are not the grid's (src/grid/context.ts): the
 * site described, the evaluation, the committee's validation, the conclusions. All optional,
 * every key written empty or commented out, as the grid's are.
 */
import { CONCLUSION_FIELDS, MEMBERS, SECTIONS, SITE_DESCRIPTION } from '../grid/context.js';
import type { Field, Lang } from '../grid/types.js';
import { wordsOf } from '../words/words.js';

const wordsIn = (lang: Lang) => wordsOf(lang).skeleton.context;

/** How skeleton.ts writes a field, a comment and a heading, lent so that both write them alike. */
export interface Writer {
  readonly field: (indent: string, field: Field) => string[];
  readonly comment: (indent: string, text: string) => string[];
  readonly banner: (title: string, ...notes: string[]) => string[];
}

/** The site's description, under `lieu:` after its details. */
export function siteDescriptionLines(lang: Lang, write: Writer): string[] {
  return ['', ...write.comment('  ', wordsIn(lang).description), ...SITE_DESCRIPTION.flatMap((f) => write.field('  ', f))];
}

/** `evaluation:` and `comite:`, each under its heading. */
export function sectionLines(lang: Lang, write: Writer): string[] {
  const { evaluation, comite } = SECTIONS;
  return [
    ...write.banner(evaluation.label[lang], wordsIn(lang).evaluation),
    'evaluation:',
    ...evaluation.fields.flatMap((f) => write.field('  ', f)),
    '',
    ...write.banner(comite.label[lang], wordsIn(lang).committee),
    'comite:',
    ...comite.fields.flatMap((f) => write.field('  ', f)),
    ...write.comment('  ', wordsIn(lang).members(MEMBERS.label[lang])),
    `  ${MEMBERS.id}: []`,
  ];
}

/** `conclusions:` and `recommandations:`, at the end of the file. */
export function conclusionLines(lang: Lang, write: Writer): string[] {
  return [...write.banner(wordsIn(lang).conclusions, wordsIn(lang).conclusionsNote), ...CONCLUSION_FIELDS.flatMap((f) => write.field('', f))];
}
