/**
 * A word wider than the line (src/render/pdf/long-words.ts): broken across lines with work linear
 * in its length — counted as the characters measured, never timed — every character kept, in
 * order, and every piece inside the page's margins.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { parseSource } from '../src/load/load.js';
import { modelOf } from '../src/pipeline/stages.js';
import { pdfReport } from '../src/render/pdf/index.js';
import { LONG_WORD } from '../src/render/pdf/long-words.js';
import { PAGE } from '../src/render/pdf/look.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { textOf, words } from './support/pdf.js';

/** The observed example is set in a box inset by this much on each side (typeset.ts). */
const QUOTE_INSET = 12;

const dir = mkdtempSync(join(tmpdir(), 'impact-long-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const evaluation = (exemple: string): string =>
  `version: 1\nlieu:\n  nom: Mot long\neffets_individuels:\n  sante:\n    effets: [bien_etre]\n    exemple: ${JSON.stringify(exemple)}\n`;

const longWord = (length: number): string => 'Anticonstitutionnellement'.repeat(Math.ceil(length / 25)).slice(0, length);

/** Ordinary words, all different (as prose is, mostly): `length` characters in all. */
function ordinaryWords(length: number): string {
  const parts: string[] = [];
  for (let i = 0, total = 0; total < length; i += 1) {
    const word = `mot${i.toString(36)}`;
    parts.push(word);
    total += word.length + 1;
  }
  return parts.join(' ').slice(0, length).trimEnd();
}

interface Built {
  readonly file: string;
  /** How many characters pdfkit's width measurements read while setting it. */
  readonly measured: number;
  /** The texts drawn, a line's piece each. */
  readonly drawn: readonly string[];
}

type Proto = {
  widthOfString(text: string, options?: object): number;
  _fragment(text: string, x: number, y: number, options: object): void;
};

async function built(exemple: string, name: string): Promise<Built> {
  const result = parseSource(`${name}.yaml`, Buffer.from(evaluation(exemple)));
  if (!result.ok) throw new Error(`${name} does not load`);
  const model = modelOf(result.loaded, 'fr');
  const markdown = renderMarkdown(model);
  const proto = PDFDocument.prototype as unknown as Proto;
  const { widthOfString, _fragment } = proto;
  let measured = 0;
  const drawn: string[] = [];
  proto.widthOfString = function (this: unknown, text, options) {
    measured += text.length;
    return widthOfString.call(this, text, options);
  };
  proto._fragment = function (this: unknown, text, x, y, options) {
    drawn.push(text);
    _fragment.call(this, text, x, y, options);
  };
  try {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await pdfReport(model, markdown));
    return { file, measured, drawn };
  } finally {
    Object.assign(proto, { widthOfString, _fragment });
  }
}

describe('a word wider than the line', () => {
  let long: Record<number, Built>;
  let ordinary: Built;
  /** What the rest of the report costs (its method page, its annex), whatever the example: left out of the ratios. */
  let rest: number;
  beforeAll(async () => {
    long = { 20_000: await built(longWord(20_000), 'mot-20000'), 40_000: await built(longWord(40_000), 'mot-40000') };
    ordinary = await built(ordinaryWords(20_000), 'mots-20000');
    rest = (await built('court', 'mot-court')).measured;
  }, 120_000);

  test('costs about what the same length of ordinary words costs, and twice the length costs twice as much', () => {
    expect(long[20_000]!.measured - rest).toBeLessThan((ordinary.measured - rest) * 2.5);
    const ratio = (long[40_000]!.measured - rest) / (long[20_000]!.measured - rest);
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
  });

  test('is broken across lines and pages, every character there, in order', () => {
    const word = longWord(40_000);
    const text = textOf(long[40_000]!.file, 'drawn')
      .replace(/Mot long page \d+ \/ \d+/g, '')
      .replace(/\s/g, '');
    expect(text).toContain(word);
    // Drawn one after the other: the pages' running head and foot are drawn at the end.
    const drawn = long[40_000]!.drawn.map((piece) => piece.trim());
    const first = drawn.findIndex((piece) => piece.length > 20 && word.startsWith(piece));
    let [joined, count] = ['', 0];
    for (let i = first; i >= 0 && i < drawn.length && joined.length < word.length; i += 1, count += 1) joined += drawn[i];
    expect(count).toBeGreaterThan(40_000 / 120);
    expect(joined).toBe(word);
  });

  test('every piece inside the margins, most lines filled', () => {
    const pieces = words(long[20_000]!.file).filter((w) => /^[A-Za-z]{30,}$/.test(w.text));
    const right = 595.28 - PAGE.margins.right - QUOTE_INSET;
    for (const piece of pieces) expect(piece.xMax).toBeLessThanOrEqual(right + 0.5);
    expect(pieces.length).toBeGreaterThan(20_000 / 120);
    const filled = pieces.filter((piece) => piece.xMax > right - 6);
    expect(filled.length).toBeGreaterThan(pieces.length * 0.9);
  });

  test.each([
    ['longer than LONG_WORD', LONG_WORD * 2],
    ['shorter than LONG_WORD', 300],
  ])('a character is never cut in two, nor parted from its combining mark (%s)', async (_, length) => {
    const word = 'e\u0301\u{1D49C}'.repeat(Math.ceil(length / 4));
    const { drawn } = await built(word, `mot-combine-${length}`);
    const pieces = drawn.map((piece) => piece.trim()).filter((piece) => /^[e\u0301\u{1D49C}]+$/u.test(piece));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(word);
    for (const piece of pieces) expect(piece).toMatch(/^(e\u0301|\u{1D49C})+$/u);
  }, 60_000);
});

test('another pdfkit document of the process keeps pdfkit’s own word breaking', async () => {
  await built(longWord(2_000), 'avant-un-autre-document');
  const proto = PDFDocument.prototype as unknown as Proto;
  const { widthOfString } = proto;
  let measured = 0;
  proto.widthOfString = function (this: unknown, text, options) {
    measured += text.length;
    return widthOfString.call(this, text, options);
  };
  try {
    const other = new PDFDocument();
    other.text(longWord(2_000));
    other.end();
  } finally {
    proto.widthOfString = widthOfString;
  }
  // pdfkit measures the rest of the word again for every line: far more than the word's length.
  expect(measured).toBeGreaterThan(2_000 * 10);
});
