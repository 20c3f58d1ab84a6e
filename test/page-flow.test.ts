/**
 * Page flow (issue 14.8), read back from the PDF: no page ends on a heading or on a lead-in (a
 * paragraph ending with « : » before its list or table), and the method and the annex each start
 * a page. For every example and fixture, in French and in English.
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

  test('the method and the annex each start a page', () => {
    const words = wordsOf(lang).report;
    for (const title of [words.methode_titre, words.annexe_titre]) {
      const page = pages.find((lines) => lines.some((line) => flat(line.text) === flat(title)));
      expect(page && flat(page[0]?.text ?? '')).toBe(flat(title));
    }
  });
});
