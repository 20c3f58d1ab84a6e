/**
 * The tests' PDF reader (test/support) finds faults where there are some: a made-up PDF with a
 * font left out, no tags and lines drawn out of order, impact's own PDF damaged, broken XML.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { modelOf } from '../src/pipeline/stages.js';
import { parseSource } from '../src/load/load.js';
import { pdfReport } from '../src/render/pdf/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { checkPdf, fonts, info, outlines, tagging } from './support/pdf-document.js';
import { textOf } from './support/pdf.js';
import { xmlError } from './support/xml.js';

const dir = mkdtempSync(join(tmpdir(), 'impact-pdf-reader-'));

/** A one-page PDF whose content stream draws "en bas" near the bottom, then "en haut" near the top, in Helvetica (not embedded). */
function plainPdf(): string {
  const doc = new mupdf.PDFDocument();
  const font = doc.addSimpleFont(new mupdf.Font('Helvetica'));
  const content = 'BT /F1 12 Tf 20 20 Td (en bas) Tj ET BT /F1 12 Tf 20 160 Td (en haut) Tj ET';
  doc.insertPage(-1, doc.addPage([0, 0, 200, 200], 0, { Font: { F1: font } }, content));
  const file = join(dir, 'plain.pdf');
  writeFileSync(file, doc.saveToBuffer('').asUint8Array());
  doc.destroy();
  return file;
}

async function seedPdf(): Promise<Buffer> {
  const result = parseSource('seed.yaml', readFileSync('examples/la-petite-manchester.yaml'));
  if (!result.ok) throw new Error('the seed does not load');
  const model = modelOf(result.loaded, 'fr');
  return pdfReport(model, renderMarkdown(model));
}

describe('a PDF that is none of what impact writes', () => {
  const file = plainPdf();

  test('reads top to bottom in reading order, bottom first as drawn', () => {
    expect(textOf(file)).toBe('en haut en bas');
    expect(textOf(file, 'drawn')).toBe('en bas en haut');
  });

  test('has a font neither embedded, nor subset, nor mapped to Unicode', () => {
    expect(fonts(file)).toEqual([{ name: 'Helvetica', type: 'Type1', encoding: 'WinAnsiEncoding', embedded: false, subset: false, toUnicode: false }]);
  });

  test('is not tagged and has no bookmarks', () => {
    expect(tagging(file)).toEqual({ lang: undefined, displayDocTitle: false, marked: false, structureTypes: new Set(), markedContent: [] });
    expect(info(file)).toMatchObject({ Tagged: 'no', Pages: '1', 'Page size': '200 x 200 pts' });
    expect(outlines(file)).toEqual([]);
  });
});

describe('a damaged PDF is not sound', () => {
  let seed: Buffer;
  beforeAll(async () => {
    seed = await seedPdf();
  });
  const damaged = (name: string, bytes: Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  test('whole, it is', () => {
    expect(() => checkPdf(damaged('whole.pdf', seed))).not.toThrow();
  });

  test.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length - 10)],
    ['with its objects away from where the cross-reference table says', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, 500), Buffer.from(' '), bytes.subarray(500)])],
    [
      'with a stream that does not decode',
      (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        const start = copy.indexOf('stream\n') + 'stream\n'.length + 40;
        for (let i = start; i < start + 20; i++) copy[i] = (copy[i] ?? 0) ^ 0xff;
        return copy;
      },
    ],
  ])('%s', (name, damage) => {
    expect(() => checkPdf(damaged(`${name}.pdf`, damage(seed)))).toThrow(/is not a sound PDF/);
  });
});

test.each([
  ['<a><b></a>', '</a> closes <b> at 6'],
  ['<a>x & y</a>', 'unexpected "& y</a>" at 5'],
  ['<a x="<"/>', 'unexpected "<a x=\\"<\\"/>" at 0'],
  ['<a><b/>', '<a> left open'],
  ['<a/><b/>', '2 root elements'],
])('%s is not well-formed XML', (xml, error) => {
  expect(xmlError(xml)).toBe(error);
});

test('an XMP packet is well-formed XML', () => {
  expect(xmlError('<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/"><!-- c --><dc:creator a=\'1\'>Zoë &lt;Z&gt; &amp; &#233;</dc:creator></x:xmpmeta>\n<?xpacket end="w"?>')).toBeUndefined();
});
