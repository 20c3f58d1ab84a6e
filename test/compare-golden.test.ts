/**
 * The comparison of a site's two evaluations (test/fixtures/compare/) compared with reviewed
 * copies in test/golden/. After a deliberate change: `UPDATE_GOLDEN=1 npm test -- test/compare-golden.test.ts`,
 * then read the diff of test/golden/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { buildComparison } from '../src/compare/model.js';
import type { Lang } from '../src/grid/types.js';
import { check, modelOf } from '../src/pipeline/stages.js';
import { renderDocument } from '../src/render/markdown.js';

const PAIR = ['test/fixtures/compare/halle-2023.yaml', 'test/fixtures/compare/halle-2024.yaml'] as const;

async function comparison(lang: Lang): Promise<string> {
  const [before, after] = await Promise.all(PAIR.map(check));
  if (!before?.ok || !after?.ok) throw new Error('the pair is not valid');
  return renderDocument('comparaison', buildComparison(modelOf(before.loaded, lang), modelOf(after.loaded, lang), 'identifiant'));
}

const goldenFile = (lang: Lang) => new URL(`golden/comparaison-halle${lang === 'fr' ? '' : `.${lang}`}.md`, import.meta.url);

describe.each(['fr', 'en'] as const)('the comparison in %s', (lang) => {
  test('is the reviewed one', async () => {
    const markdown = await comparison(lang);
    if (process.env.UPDATE_GOLDEN) writeFileSync(goldenFile(lang), markdown);
    expect(markdown).toBe(readFileSync(goldenFile(lang), 'utf8'));
  });

  test('follows the prose rules of the reports: no empty item, no stray space before a point, one real table', async () => {
    const markdown = await comparison(lang);
    expect(markdown.split('\n').filter((l) => /^\s*[-*]\s*$/.test(l))).toEqual([]);
    expect(markdown).not.toMatch(/ [.,]/);
    expect(markdown).not.toMatch(/undefined|null|NaN|\[object Object\]/);
    // impact's own words in French spacing; the evaluators' quoted as they wrote them.
    if (lang === 'fr') expect(markdown).toContain('- Avant\u00A0: 2023, évaluation du 20 mars 2024\n');
    if (lang === 'fr') expect(markdown).toContain('Après\u00A0: «\u00A0Şule Yıldız : CAP cuisine obtenu en juin\u00A0»');
    expect(new MarkdownIt().parse(markdown, {}).filter((t) => t.type === 'table_open')).toHaveLength(1);
  });
});
