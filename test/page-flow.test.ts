/**
 * Page flow (issue 14.8), read back from the PDF: no page ends on a heading or on a lead-in (a
 * paragraph ending with « : » before its list or table), no page between the cover and the last
 * is left mostly empty, the method and the annex each start a page unless that page holds only a
 * short end of what precedes them, and the key to the intensities is never split over two pages.
 * For every example and fixture, in French and in English.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSource } from '../src/load/load.js';
import { modelOf } from '../src/pipeline/stages.js';
import { pdfReport } from '../src/render/pdf/index.js';
import { PAGE, SIZE } from '../src/render/pdf/look.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { wordsOf } from '../src/words/words.js';
import { FAMILIES } from '../src/grid/grid.js';
import type { Lang } from '../src/grid/types.js';
import { bodyLines, type PrintedLine } from './support/pdf.js';

const dir = mkdtempSync(join(tmpdir(), 'impact-page-flow-'));

const SOURCES: Record<string, string> = {
  'la-petite-manchester': 'examples/la-petite-manchester.yaml',
  'la-halle-aux-cerises': 'examples/la-halle-aux-cerises.yaml',
  'le-relais': 'examples/le-relais.yaml',
  'coco-velten': 'test/fixtures/truth/coco-velten.yaml',
  'tous-negatifs': 'test/fixtures/truth/tous-negatifs.yaml',
};
const BLANK = 'version: 1\nlieu: { nom: Le Vide }\n';

async function linesOf(name: string, lang: Lang): Promise<PrintedLine[][]> {
  const text = SOURCES[name] ? readFileSync(SOURCES[name]) : Buffer.from(BLANK);
  const result = parseSource(`${name}.yaml`, text);
  if (!result.ok) throw new Error(`${name} does not load`);
  const model = modelOf(result.loaded, lang);
  const file = join(dir, `${name}.${lang}.pdf`);
  writeFileSync(file, await pdfReport(model, renderMarkdown(model)));
  return bodyLines(file, PAGE.margins);
}

/**
 * Headings are set at the h3 size or larger; the body, its tables and lists below it, and so is a
 * synthesis card's family name (body + 1.5): a card is drawn whole, its name may end a page.
 */
const isHeading = (line: PrintedLine): boolean => line.size >= SIZE.h3 - 0.25;
const isLeadIn = (line: PrintedLine): boolean => /:\s*$/.test(line.text.trim());
/** A4's height, and the share of a page's body its printed lines reach down to. */
const PAGE_HEIGHT = 841.89;
const BODY = PAGE_HEIGHT - PAGE.margins.top - PAGE.margins.bottom;
const reach = (lines: readonly PrintedLine[]): number => ((lines.at(-1)?.box[3] ?? PAGE.margins.top) - PAGE.margins.top) / BODY;
/** The typesetter's share (typeset.ts SHORT_END): less than this on a page is a short end. */
const SHORT_END = 1 / 3;
const flat = (text: string): string => text.replace(/[\u00A0\u202F]/g, ' ').trim();

const cases = [...Object.keys(SOURCES), 'blank'].flatMap((name) => (['fr', 'en'] as const).map((lang) => [name, lang] as const));

describe.each(cases)('%s (%s)', (name, lang) => {
  let pages: PrintedLine[][];
  beforeAll(async () => {
    pages = await linesOf(name, lang);
  });

  test('no page ends on a heading or a lead-in (the cover, a page of its own, ends on the title when the file says nothing more)', () => {
    const ends = pages.flatMap((lines, i) => {
      if (i === 0) return [];
      const last = lines.at(-1);
      return last && (isHeading(last) || isLeadIn(last)) ? [`page ${i + 1}: ${flat(last.text)}`] : [];
    });
    expect(ends).toEqual([]);
  });

  test('no page between the cover and the last is left mostly empty: no forced break after a short end', () => {
    const short = pages.slice(1, -1).flatMap((lines, i) => (reach(lines) < SHORT_END ? [`page ${i + 2}: ${Math.round(reach(lines) * 100)} %`] : []));
    expect(short).toEqual([]);
  });

  test('the method and the annex each start a page, or follow on it the short end of what precedes them', () => {
    const words = wordsOf(lang).report;
    for (const title of [words.methode_titre, words.annexe_titre]) {
      const page = pages.find((lines) => lines.some((line) => flat(line.text) === flat(title)));
      const at = page?.findIndex((line) => flat(line.text) === flat(title)) ?? -1;
      expect(at).toBeGreaterThanOrEqual(0);
      if (at > 0) expect(reach(page?.slice(0, at) ?? [])).toBeLessThan(SHORT_END);
    }
  });

  test("the synthesis' family cards on one page: a card alone overleaf reads as another list", () => {
    const names = new Set(FAMILIES.map((family) => flat(family.label[lang])));
    const cardPages = pages.flatMap((lines, i) =>
      lines.some((line) => Math.abs(line.size - (SIZE.body + 1.5)) < 0.25 && names.has(flat(line.text))) ? [i + 1] : [],
    );
    expect(cardPages.length).toBeLessThanOrEqual(1);
  });
});

/** The lines of the key to the intensities: its heading and one item per level, « ++ : des effets nets… ». */
const isKeyLine = (lang: Lang) => (line: PrintedLine): boolean =>
  flat(line.text) === flat(wordsOf(lang).report.lire_les_intensites) || /^(•\s*)?\+{1,4}\s?:/.test(flat(line.text));

describe.each(['fr', 'en'] as const)('the key to the intensities (%s), wherever the synthesis puts it', (lang) => {
  test('is never split over two pages: its heading and its four levels on one', async () => {
    const loaded = parseSource('la-petite-manchester.yaml', readFileSync(SOURCES['la-petite-manchester'] as string));
    const negative = parseSource('tous-negatifs.yaml', readFileSync(SOURCES['tous-negatifs'] as string));
    if (!loaded.ok || !negative.ok) throw new Error('the seed or tous-negatifs does not load');
    const seed = modelOf(loaded.loaded, lang);
    const concerns = modelOf(negative.loaded, lang).synthese.vigilance;
    const split: string[] = [];
    // One more point to watch at a time (tous-negatifs' own, again and again) moves the key down
    // its page, over the foot of it: the cards and the chart go over first, then the key.
    for (let n = 0; n <= 16; n++) {
      const vigilance = Array.from({ length: n }, (_, i) => concerns[i % concerns.length] as (typeof concerns)[number]);
      const model = { ...seed, synthese: { ...seed.synthese, vigilance } };
      const file = join(dir, `key-${n}.${lang}.pdf`);
      writeFileSync(file, await pdfReport(model, renderMarkdown(model)));
      const keyPages = bodyLines(file, PAGE.margins).flatMap((lines, page) => (lines.some(isKeyLine(lang)) ? [page + 1] : []));
      const levels = bodyLines(file, PAGE.margins).flat().filter(isKeyLine(lang)).length;
      expect(levels).toBe(5);
      if (keyPages.length > 1) split.push(`${n} points to watch: pages ${keyPages.join(', ')}`);
    }
    expect(split).toEqual([]);
  });
});
