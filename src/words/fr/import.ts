/** What `impact import` says in French: each site written, what was left out and why, the totals. */
import type { LeftOutReason } from '../codes.js';
import { MAX_SCORE, MIN_INTENSITY } from '../../grid/rubric.js';
import { bindNumbers, frenchSpacing } from '../../text/typography.js';
import { count } from '../plural.js';

/** The lines on the terminal: French spacing, numbers bound to their words. */
const spaced = (text: string): string => frenchSpacing(bindNumbers(text));

const REASONS: Record<LeftOutReason, string> = {
  metadata: 'métadonnées du formulaire, qui ne disent rien du lieu',
  'no-field': 'la grille n’a pas de champ pour ces données',
  'other-scale': `intensités notées de 1 à 5, quand celle du comité va de ${MIN_INTENSITY} à ${MAX_SCORE} et se justifie : à reprendre dans le fichier`,
  account: 'le compte qui a rempli le questionnaire, dont rien ne dit qu’il est l’évaluateur·rice',
};

export const imports = {
  written: (where: string, output: string, name: string, answers: number, criteria: number) =>
    spaced(`${where} → ${output} : « ${name} », ${count('fr', answers, { one: 'réponse', other: 'réponses' })} dans ${count('fr', criteria, { one: 'critère', other: 'critères' })}`),
  leftOut: (sources: string, what: string, why: LeftOutReason) => spaced(`${sources} : laissé de côté : ${what} (${REASONS[why]})`),
  total: (written: number, refused: number) =>
    spaced(`${count('fr', written, { one: 'lieu importé', other: 'lieux importés' })}${refused > 0 ? `, ${count('fr', refused, { one: 'refusé', other: 'refusés' })}` : ''}.`),
  /** The comment at the top of each file written. */
  note: (source: string, row: number) => `Importé par « impact import » de ${source}${row > 0 ? `, ligne ${row}` : ''} ; « impact validate » dit ce qui reste à renseigner.`,
  /** How a date is written, in the header of a form's column. */
  dateFormat: 'AAAA-MM-JJ',
  /** The opening date's, which may be a year or a month. */
  partialDateFormat: 'AAAA, AAAA-MM ou AAAA-MM-JJ',
  /** How the committee's members are written in one cell (src/import/members.ts). */
  membersFormat: 'Nom (rôle) ; Nom (rôle)',
};
