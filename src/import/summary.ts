/** The lines `impact import` prints: each site written, what was left out and why, the totals. */
import type { Lang } from '../grid/types.js';
import { bindNumbers, frenchSpacing } from '../text/typography.js';
import type { ImportedSite, LeftOut, LeftOutReason, Tree } from './site.js';

/** French counts 0 and 1 as singular, English only 1. */
const plural = (n: number, one: string, many: string, lang: Lang = 'fr'): string => `${n} ${(lang === 'fr' ? n > 1 : n !== 1) ? many : one}`;

/** How many fields of the grid's families a site answers, and in how many criteria. */
export function answerCount(answers: Tree): { answers: number; criteria: number } {
  let fields = 0;
  let criteria = 0;
  for (const [key, family] of Object.entries(answers)) {
    if (key === 'lieu' || typeof family !== 'object' || family === null) continue;
    for (const [id, criterion] of Object.entries(family as Tree)) {
      if (id === 'mots_cles' || typeof criterion !== 'object' || criterion === null) continue;
      criteria += 1;
      fields += Object.keys(criterion).length;
    }
  }
  return { answers: fields, criteria };
}

const REASONS: Record<Lang, Record<LeftOutReason, string>> = {
  fr: {
    metadata: 'métadonnées du formulaire, qui ne disent rien du lieu',
    'no-field': 'la grille n’a pas de champ pour ces données',
    'other-scale': 'intensités notées de 1 à 5, quand celle du comité va de 1 à 4 et se justifie : à reprendre dans le fichier',
    account: 'le compte qui a rempli le questionnaire, dont rien ne dit qu’il est l’évaluateur·rice',
  },
  en: {
    metadata: 'form metadata, which say nothing of the site',
    'no-field': 'the grid has no field for these data',
    'other-scale': "intensities rated 1 to 5, while the committee's goes from 1 to 4 with its reasons: to be set in the file",
    account: 'the account that filled in the questionnaire, not said to be the evaluator',
  },
};

const spaced = (text: string, lang: Lang): string => (lang === 'fr' ? frenchSpacing(bindNumbers(text)) : text);

const where = (site: ImportedSite): string => (site.row > 0 ? `${site.source}:${site.row}` : site.source);

export function writtenLine(site: ImportedSite, output: string, lang: Lang): string {
  const { answers, criteria } = answerCount(site.answers);
  const text =
    lang === 'fr'
      ? `${where(site)} → ${output} : « ${site.name} », ${plural(answers, 'réponse', 'réponses')} dans ${plural(criteria, 'critère', 'critères')}`
      : `${where(site)} → ${output}: “${site.name}”, ${plural(answers, 'answer', 'answers', 'en')} in ${plural(criteria, 'criterion', 'criteria', 'en')}`;
  return spaced(text, lang);
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
  return [...groups.values()].map(({ sources, left }) => {
    const what = left.what.join(', ');
    const text = lang === 'fr' ? `${sources.join(', ')} : laissé de côté : ${what} (${REASONS.fr[left.why]})` : `${sources.join(', ')}: left out: ${what} (${REASONS.en[left.why]})`;
    return spaced(text, lang);
  });
}

export function totalLine(written: number, refused: number, lang: Lang): string {
  const text =
    lang === 'fr'
      ? `${plural(written, 'lieu importé', 'lieux importés')}${refused > 0 ? `, ${plural(refused, 'refusé', 'refusés')}` : ''}.`
      : `${plural(written, 'site imported', 'sites imported', 'en')}${refused > 0 ? `, ${refused} refused` : ''}.`;
  return spaced(text, lang);
}
