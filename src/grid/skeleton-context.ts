/**
 * The parts of the file `impact init` writes that are not the grid's (src/grid/context.ts): the
 * site described, the evaluation, the committee's validation, the conclusions. All optional,
 * every key written empty or commented out, as the grid's are.
 */
import { CONCLUSION_FIELDS, MEMBERS, SECTIONS, SITE_DESCRIPTION } from './context.js';
import type { Field, Lang } from './types.js';

/** How skeleton.ts writes a field, a comment and a heading, lent so that both write them alike. */
export interface Writer {
  readonly field: (indent: string, field: Field) => string[];
  readonly comment: (indent: string, text: string) => string[];
  readonly banner: (title: string, ...notes: string[]) => string[];
}

interface Words {
  readonly description: string;
  readonly evaluation: string;
  readonly committee: string;
  readonly members: string;
  readonly conclusions: string;
  readonly conclusionsNote: string;
}

const WORDS: Record<Lang, Words> = {
  fr: {
    description:
      'Ce qu’est le lieu, pour la première page du rapport (facultatif) ; l’image est un chemin relatif à ce fichier :',
    evaluation: 'Facultatif : qui a demandé l’évaluation, pourquoi, quand, auprès de qui et comment les réponses ont été recueillies.',
    committee: 'Facultatif : quand le comité d’évaluation a validé le rapport, et qui le compose.',
    members: `${MEMBERS.label.fr} (une liste ; chaque membre sur deux lignes, « - nom: Claire Morel » puis « role: présidente ») :`,
    conclusions: 'Conclusions et recommandations',
    conclusionsNote: 'Facultatif : ce que l’évaluation conclut, et ce qu’elle recommande, une recommandation par texte.',
  },
  en: {
    description: 'What the site is, for the first page of the report (optional); the image is a path relative to this file:',
    evaluation: 'Optional: who commissioned the evaluation, why, when, from whom and how the answers were gathered.',
    committee: 'Optional: when the evaluation committee validated the report, and who sits on it.',
    members: `${MEMBERS.label.en} (a list; each member on two lines, “- nom: Claire Morel” then “role: chair”):`,
    conclusions: 'Conclusions and recommendations',
    conclusionsNote: 'Optional: what the evaluation concludes, and what it recommends, one recommendation a text.',
  },
};

/** The site's description, under `lieu:` after its details. */
export function siteDescriptionLines(lang: Lang, write: Writer): string[] {
  return ['', ...write.comment('  ', WORDS[lang].description), ...SITE_DESCRIPTION.flatMap((f) => write.field('  ', f))];
}

/** `evaluation:` and `comite:`, each under its heading. */
export function sectionLines(lang: Lang, write: Writer): string[] {
  const { evaluation, comite } = SECTIONS;
  return [
    ...write.banner(evaluation.label[lang], WORDS[lang].evaluation),
    'evaluation:',
    ...evaluation.fields.flatMap((f) => write.field('  ', f)),
    '',
    ...write.banner(comite.label[lang], WORDS[lang].committee),
    'comite:',
    ...comite.fields.flatMap((f) => write.field('  ', f)),
    ...write.comment('  ', WORDS[lang].members),
    `  ${MEMBERS.id}: []`,
  ];
}

/** `conclusions:` and `recommandations:`, at the end of the file. */
export function conclusionLines(lang: Lang, write: Writer): string[] {
  return [...write.banner(WORDS[lang].conclusions, WORDS[lang].conclusionsNote), ...CONCLUSION_FIELDS.flatMap((f) => write.field('', f))];
}
