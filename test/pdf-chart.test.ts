/**
 * The chart of every criterion's points tells three states apart without colour — points of
 * positive effects, a negative finding, not answered — names them in a legend, and says each
 * criterion's state to a screen reader.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../src/grid/types.js';
import { parseSource } from '../src/load/load.js';
import type { ReportModel } from '../src/model/model.js';
import { modelOf } from '../src/pipeline/stages.js';
import { pdfReport } from '../src/render/pdf/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { pageText } from './support/pdf.js';
import { figureAlts } from './support/pdf-document.js';

const dir = mkdtempSync(join(tmpdir(), 'impact-chart-'));

async function report(path: string, lang: Lang): Promise<{ file: string; model: ReportModel }> {
  const name = path.replace(/^.*\/|\.yaml$/g, '');
  const result = parseSource(`${name}.yaml`, Buffer.from(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} does not load`);
  const model = modelOf(result.loaded, lang);
  const file = join(dir, `${name}.${lang}.pdf`);
  writeFileSync(file, await pdfReport(model, renderMarkdown(model)));
  return { file, model };
}

/** The page the chart is on: the synthesis page or the next, as the synthesis's words fit (its title starts « Points »). */
const chartPage = (file: string, lang: Lang): string => {
  const title = lang === 'fr' ? 'Points par critère' : 'Points per criterion';
  // A page past the last throws: the chart not found fails the test.
  for (let n = 1; ; n += 1) {
    const text = pageText(file, n);
    if (text.replace(/[\u00A0\u202F]/g, ' ').includes(title)) return text;
  }
};

const criteria = (model: ReportModel) => model.familles.flatMap((f) => f.criteres);
const chartAlt = (file: string): string => figureAlts(file).find((alt) => alt.startsWith('Points')) ?? '';

describe.each([
  ['examples/la-halle-aux-cerises.yaml', 'fr'],
  ['examples/le-relais.yaml', 'fr'],
  ['test/fixtures/truth/tous-negatifs.yaml', 'en'],
] as const)('the chart of %s in %s', (path, lang) => {
  let file: string;
  let model: ReportModel;
  beforeAll(async () => {
    ({ file, model } = await report(path, lang));
  });

  test('its alternative text says every criterion’s state: its points, a negative finding, not answered', () => {
    const words = {
      fr: { negative: 'constat négatif', unanswered: 'non renseigné', of: 'sur 4', colon: '\u00A0:' },
      en: { negative: 'negative finding', unanswered: 'not answered', of: 'out of 4', colon: ':' },
    }[lang];
    const parts = chartAlt(file).split(lang === 'fr' ? '\u202F; ' : '; ');
    expect(parts.slice(1)).toEqual(
      criteria(model).map((c) => {
        const said = `${c.titre.replace(/ (?=[:;])/g, '\u00A0')}${words.colon} `;
        if (!c.renseigne) return `${said}${words.unanswered}`;
        return `${said}${c.score} ${words.of}${c.constats_negatifs.length > 0 ? `, ${words.negative}` : ''}`;
      }),
    );
  });

  test('under the bars, a legend names the three states', () => {
    const page = chartPage(file, lang).replace(/[\u00A0\u202F]/g, ' ');
    const legend = lang === 'fr' ? ['points d’effets positifs', 'constat négatif', 'non renseigné'] : ['points of positive effects', 'negative finding', 'not answered'];
    const last = criteria(model).at(-1)?.titre ?? '';
    const after = page.slice(page.lastIndexOf(last));
    let from = 0;
    for (const words of legend) {
      const at = after.indexOf(words, from);
      expect({ words, found: at >= 0 }).toEqual({ words, found: true });
      from = at + words.length;
    }
  });

  test('each criterion not answered says so in words beside its stub, and no other does', () => {
    const page = chartPage(file, lang);
    const words = lang === 'fr' ? 'non renseigné' : 'not answered';
    const unanswered = criteria(model).filter((c) => !c.renseigne).length;
    // One for each criterion not answered, one in the legend.
    expect(page.split(words).length - 1).toBe(unanswered + 1);
  });
});

test('the examples hold all three states, so that the tests above can fail', async () => {
  const halle = (await report('examples/la-halle-aux-cerises.yaml', 'fr')).model;
  const relais = (await report('examples/le-relais.yaml', 'fr')).model;
  expect(criteria(halle).filter((c) => c.constats_negatifs.length > 0).map((c) => c.id)).toEqual(['inclusion_exclusion', 'entretien_des_espaces', 'services_publics']);
  expect(criteria(relais).some((c) => !c.renseigne)).toBe(true);
  expect(criteria(halle).every((c) => c.renseigne)).toBe(true);
});
