/**
 * Whole reports compared with reviewed copies in test/golden/. After a deliberate change, run
 * `UPDATE_GOLDEN=1 npm test`, read the diff of test/golden/ and commit it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import { check, modelOf } from '../src/pipeline/stages.js';
import { renderMarkdown } from '../src/render/markdown.js';
import type { Lang } from '../src/grid/types.js';

/** The examples, a site's real answers given in words only, and every negative finding. */
const FILES: Record<string, string> = {
  'la-petite-manchester': 'examples/la-petite-manchester.yaml',
  'la-halle-aux-cerises': 'examples/la-halle-aux-cerises.yaml',
  'le-relais': 'examples/le-relais.yaml',
  'coco-velten': 'test/fixtures/truth/coco-velten.yaml',
  'tous-negatifs': 'test/fixtures/truth/tous-negatifs.yaml',
};
const EXAMPLES = Object.keys(FILES);
const LANGS_OF_GOLDENS: Lang[] = ['fr', 'en'];

async function modelFor(name: string, lang: Lang) {
  const checked = await check(FILES[name] as string);
  if (!checked.ok) throw new Error(`${FILES[name]} is not valid`);
  return modelOf(checked.loaded, lang);
}

const report = async (name: string, lang: Lang): Promise<string> => renderMarkdown(await modelFor(name, lang));

const goldenFile = (name: string, lang: Lang) => new URL(`golden/${name}${lang === 'fr' ? '' : `.${lang}`}.md`, import.meta.url);

describe.each(LANGS_OF_GOLDENS)('reports in %s', (lang) => {
  test.each(EXAMPLES)('%s', async (name) => {
    const markdown = await report(name, lang);
    if (process.env.UPDATE_GOLDEN) writeFileSync(goldenFile(name, lang), markdown);
    expect(markdown).toBe(readFileSync(goldenFile(name, lang), 'utf8'));
  });
});

describe('prose rules hold in every report', () => {
  test.each(EXAMPLES.flatMap((name) => LANGS_OF_GOLDENS.map((lang) => [name, lang] as const)))('%s (%s)', async (name, lang) => {
    const markdown = await report(name, lang);
    const lines = markdown.split('\n');
    expect(lines.filter((l) => /^\s*[-*]\s*$/.test(l))).toEqual([]);
    expect(lines.filter((l) => /^\s*[.,;:]\s*$/.test(l))).toEqual([]);
    expect(markdown).not.toMatch(/ [.,]/);
    expect(markdown).not.toMatch(/(?<!\p{L})(\p{L}+) \1(?!\p{L})/u);
    expect(markdown).not.toMatch(/undefined|null|NaN|\[object Object\]/);
    if (lang === 'fr') expect(markdown).not.toMatch(/\bvous\b/);
    const blocks = new MarkdownIt().parse(markdown, {}).map((t) => t.type);
    // The summary, the method's rubric, one table per family in the annex and the completeness
    // table when something is missing: all of them real Markdown tables.
    const model = await modelFor(name, lang);
    const completeness = model.non_renseignes.length > 0 ? 1 : 0;
    expect(blocks.filter((type) => type === 'table_open')).toHaveLength(2 + model.familles.length + completeness);
  });
});

test('the seed report holds every observation of the reference report', async () => {
  const markdown = (await report('la-petite-manchester', 'fr')).replace(/[\u00A0\u202F]/g, ' ');
  const observations = [
    '# Effets sociaux et urbains de La Petite Manchester',
    '| Effets individuels | +++ | #prise de confiance · #projet professionnel · #employabilité |',
    '| Effets collectifs | ++++ | #compétences · #aptitudes · #dextérité |',
    '| Effets sur le quartier et le territoire | ++++ |',
    '## Effets individuels',
    '### Lien social',
    'Des interactions sociales ont été observées entre différents publics :',
    '- personnes travaillant sur le site\n- acteur·rice·s du quartier\n- publics en difficulté',
    'lors d’évènements grand public, lors de temps spécifiques organisés pour favoriser les rencontres entre les publics et dans la vie du projet.',
    '### Santé',
    'Des changements significatifs dans les conditions physiques, sociales et psychiques des bénéficiaires du projet ont été observés.',
    'se sentir mieux dans leurs relations avec les autres et avoir une plus grande confiance en elles.',
    '> *Précisions des évaluateur·rice·s :* Transmission de savoir-faire personnel',
    '### Transmission de savoir-faire personnel\n\n*Non renseigné.*',
    '### Insertion professionnelle',
    'ont bénéficié à 150 personnes et ont permis :',
    '- à des personnes en difficulté de reprendre confiance',
    '- à certaines personnes d’obtenir un emploi à l’extérieur du lieu',
    '- d’accompagner des personnes ou des structures',
    "> *Précisions des évaluateur·rice·s :* Malika : ouverture d'une micro-entreprise",
    '### Capacité à agir',
    'Le lieu a vu émerger 3 nouveaux projets ou actions imprévus (atelier, évènement, marché…), portés par des occupant·e·s.',
    '> *Précisions des évaluateur·rice·s :* cours de cuisine collectif',
    '## Effets collectifs',
    'Des échanges, dons ou mutualisations portant sur les compétences et petits services ont été observés entre :',
    '- personnes travaillant sur le site\n- bénévoles\n- publics en difficulté',
    '> *Précisions des évaluateur·rice·s :* accompagnement scolaire',
    'La création de réseaux de personnes autour d’un projet ou d’une action a été observée entre occupant·e·s du site et publics en difficulté.',
    "> *Précisions des évaluateur·rice·s :* repas d'anniversaire - goûter d'anniversaire",
    'Il a été observé que certaines personnes se sentent faire partie d’un groupe autour du projet.',
    '> *Précisions des évaluateur·rice·s :* fréquentation trop faible',
    'Concernant l’équipe de gestion et d’animation du lieu, les dirigeant·e·s et les publics, les femmes sont plus nombreuses que les hommes.',
    '> *Précisions des évaluateur·rice·s :* oui',
    '## Effets sur le quartier et le territoire',
    'Le projet a permis d’améliorer la gestion urbaine par les services des collectivités ou de leurs partenaires (ramassage des ordures, propreté, entretien, sécurité…).',
    'Le projet a permis de répondre à des besoins sociaux urgents du territoire :\n\n- services de proximité\n- pratique artistique et culturelle\n- locaux d’activité\n- espaces de convivialité ou de rencontres attentifs aux minorités',
    '> *Précisions des évaluateur·rice·s :* Miroir-cité - conciergerie solidaire',
    'La collaboration avec les partenaires publics et privés a permis d’améliorer ou d’expérimenter de nouveaux modes de faire.',
    '> *Précisions des évaluateur·rice·s :* coopération avec la collectivité de mulhouse',
  ];
  for (const observation of observations) expect(markdown).toContain(observation);
  expect(markdown).not.toMatch(/Ces rencontres ont lieu/);
});

test('Markdown escaping is impact’s own: Handlebars elsewhere in the process still escapes HTML', async () => {
  await report('la-petite-manchester', 'fr');
  expect(Handlebars.compile('{{x}}')({ x: '<b>*gras*</b>' })).toBe('&lt;b&gt;*gras*&lt;/b&gt;');
  expect(Handlebars.Utils.escapeExpression('a & b')).toBe('a &amp; b');
});
