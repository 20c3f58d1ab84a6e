/** The lines `impact import` prints: each site written, what was left out and why, the totals. */
import { FAMILIES } from '../grid/grid.js';
import type { Lang } from '../grid/types.js';
import { wordsOf } from '../words/words.js';
import type { ImportedSite, LeftOut, Tree } from './site.js';

/** How many fields of the grid's families a site answers, and in how many criteria (the site, the evaluation and the conclusions aside). */
export function answerCount(answers: Tree): { answers: number; criteria: number } {
  let fields = 0;
  let criteria = 0;
  for (const family of FAMILIES) {
    const answered = answers[family.id];
    if (typeof answered !== 'object' || answered === null) continue;
    for (const criterion of family.criteria) {
      const given = (answered as Tree)[criterion.id];
      if (typeof given !== 'object' || given === null) continue;
      criteria += 1;
      fields += Object.keys(given).length;
    }
  }
  return { answers: fields, criteria };
}

const where = (site: ImportedSite): string => (site.row > 0 ? `${site.source}:${site.row}` : site.source);

export function writtenLine(site: ImportedSite, output: string, lang: Lang): string {
  const { answers, criteria } = answerCount(site.answers);
  return wordsOf(lang).imports.written(where(site), output, site.name, answers, criteria);
}

/** What was left out and why, one line for the sources that left out the same things for the same reason. */
export function leftOutLines(leftOut: readonly LeftOut[], lang: Lang): string[] {
  const groups = new Map<string, { sources: string[]; left: LeftOut }>();
  for (const left of leftOut) {
    const key = `${left.why}\n${left.what.join('\n')}`;
    const group = groups.get(key) ?? { sources: [], left };
    group.sources.push(left.source);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ sources, left }) => wordsOf(lang).imports.leftOut(sources.join(', '), left.what.join(', '), left.why));
}

export function totalLine(written: number, refused: number, lang: Lang): string {
  return wordsOf(lang).imports.total(written, refused);
}
