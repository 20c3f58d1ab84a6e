/** What `impact import` says in English: each site written, what was left out and why, the totals. */
import type { LeftOutReason } from '../codes.js';
import { MAX_SCORE, MIN_INTENSITY } from '../../grid/rubric.js';
import type { Words } from '../catalogue.js';
import { count } from '../plural.js';

const REASONS: Record<LeftOutReason, string> = {
  metadata: 'form metadata, which say nothing of the site',
  'no-field': 'the grid has no field for these data',
  'other-scale': `intensities rated 1 to 5, while the committee's goes from ${MIN_INTENSITY} to ${MAX_SCORE} with its reasons: to be set in the file`,
  account: 'the account that filled in the questionnaire, not said to be the evaluator',
};

export const imports: Words['imports'] = {
  written: (where, output, name, answers, criteria) =>
    `${where} → ${output}: “${name}”, ${count('en', answers, { one: 'answer', other: 'answers' })} in ${count('en', criteria, { one: 'criterion', other: 'criteria' })}`,
  leftOut: (sources, what, why) => `${sources}: left out: ${what} (${REASONS[why]})`,
  total: (written, refused) => `${count('en', written, { one: 'site imported', other: 'sites imported' })}${refused > 0 ? `, ${refused} refused` : ''}.`,
  note: (source, row) => `Imported by “impact import” from ${source}${row > 0 ? `, row ${row}` : ''}; “impact validate” tells what is left to answer.`,
  dateFormat: 'YYYY-MM-DD',
  partialDateFormat: 'YYYY, YYYY-MM or YYYY-MM-DD',
  membersFormat: 'Name (role); Name (role)',
};
