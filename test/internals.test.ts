/**
 * The members of pdfkit and fontkit outside their public API that impact uses are all named in
 * src/render/pdf/pdfkit-internals.ts, reached through it only, and still there on the installed
 * versions, which package.json pins exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { INTERNALS } from '../src/render/pdf/pdfkit-internals.js';
import { FONT_FILES } from '../src/theme/fonts.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PINNED = ['pdfkit', 'fontkit'] as const;

type Members = Record<string, unknown>;

/** A document, its font opened from a fontkit face, a `continued` text pending and a word laid out. */
function specimens() {
  const doc = new PDFDocument({ font: null as unknown as string });
  const face = fontkit.openSync(FONT_FILES.regular) as fontkit.Font;
  doc.font(face as unknown as string).fontSize(11).lineGap(2);
  const state = doc as unknown as Members;
  const embedded = state._font as Members;
  (embedded.layout as (text: string) => unknown)('Accueil ');
  doc.text('Accueil', { continued: true });
  const pending = state._textOptions;
  doc.text(' des publics');
  const settled = state._textOptions;
  const glyph = face.getGlyph(face.glyphForCodePoint(0x41).id) as unknown as Members;
  (glyph._getMetrics as () => unknown)();
  // The wrapper an empty, continued text leaves behind.
  (state._text as (text: string, x: number, y: number, options: object, onLine: () => void) => void)('', 0, 0, { width: 100, continued: true }, () => undefined);
  const wrapper = state._wrapper as Members;
  return { doc, state, pending, settled, face, embedded, glyph, wrapper };
}

describe('each internal member impact uses is what it takes it for, on the installed pdfkit and fontkit', () => {
  const { doc, state, pending, settled, face, embedded, glyph, wrapper } = specimens();
  const own = face as unknown as Members;
  const CHECKS: { [K in keyof typeof INTERNALS]: Record<(typeof INTERNALS)[K][number], () => void> } = {
    document: {
      _font: () => expect(state._font).toBe(embedded),
      _fontSize: () => expect(state._fontSize).toBe(11),
      _lineGap: () => expect(state._lineGap).toBe(2),
      _textOptions: () => {
        expect(pending).toMatchObject({ continued: true });
        expect(settled).toBeNull();
      },
      _fontFamilies: () => expect(Object.values(state._fontFamilies as Members)).toContain(embedded),
      _offset: () => expect(state._offset).toBeGreaterThan(0),
      _write: () => expect(typeof state._write).toBe('function'),
      endMetadata: () => expect(typeof state.endMetadata).toBe('function'),
      _text: () => expect(typeof state._text).toBe('function'),
      _wrapper: () => expect(typeof (Object.getPrototypeOf(wrapper) as Members).eachWord).toBe('function'),
    },
    lineWrapper: {
      eachWord: () => expect(typeof wrapper.eachWord).toBe('function'),
      wordWidth: () => expect((wrapper.wordWidth as (word: string) => number).call(wrapper, 'Accueil')).toBeGreaterThan(0),
      lineWidth: () => expect(wrapper.lineWidth).toBe(100),
      spaceLeft: () => expect(typeof wrapper.spaceLeft).toBe('number'),
      continuedX: () => expect(typeof wrapper.continuedX).toBe('number'),
      document: () => expect(wrapper.document).toBe(doc),
    },
    embeddedFont: {
      font: () => expect(embedded.font).toBe(face),
      layoutCache: () => expect(Object.keys(embedded.layoutCache as Members)).toContain('Accueil '),
      layoutCached: () => expect((embedded.layoutCached as (word: string) => Members)('Accueil ')).toHaveProperty('advanceWidth'),
      layoutRun: () => expect((embedded.layoutRun as (text: string, features: unknown) => Members)('Accueil', ['kern'])).toHaveProperty('glyphs'),
      layout: () => expect((embedded.layout as (text: string) => Members)('Accueil des publics')).toHaveProperty('positions'),
    },
    face: {
      _glyphs: () => expect(Object.keys(own._glyphs as Members).length).toBeGreaterThan(0),
      _getTableStream: () => expect((own._getTableStream as (tag: string) => Members | null)('post')).toHaveProperty('pos'),
    },
    glyph: {
      _metrics: () => expect(glyph._metrics).toHaveProperty('advanceWidth'),
      _getMetrics: () => expect(typeof glyph._getMetrics).toBe('function'),
      _decode: () => expect(typeof glyph._decode).toBe('function'),
    },
    structureElement: {
      dictionary: () => expect((doc.struct('TD') as unknown as { dictionary: { data: Members } }).dictionary.data).toMatchObject({ S: 'TD' }),
    },
    // What BufferedDocument replaces on each object: `end` writes through the object's own `write`, then calls its `finalize`.
    reference: {
      write: () => {
        const ref = doc.ref({}) as unknown as Members & { end(chunk: string): void };
        const written: unknown[] = [];
        ref.write = (chunk: unknown) => written.push(chunk);
        ref.finalize = () => undefined;
        ref.end('BT');
        expect(written).toEqual(['BT']);
      },
      finalize: () => {
        const ref = doc.ref({}) as unknown as Members & { end(): void };
        let finalized = 0;
        ref.finalize = () => (finalized += 1);
        ref.end();
        expect(finalized).toBe(1);
      },
    },
  };

  test.each(Object.entries(INTERNALS).flatMap(([owner, names]) => names.map((name) => [owner, name] as const)))('%s.%s', (owner, name) => {
    (CHECKS[owner as keyof typeof INTERNALS] as Record<string, () => void>)[name]?.();
    expect(Object.keys(CHECKS[owner as keyof typeof INTERNALS])).toContain(name);
  });

  test('every check is of a member INTERNALS names', () => {
    for (const [owner, checks] of Object.entries(CHECKS)) expect(Object.keys(checks)).toEqual([...INTERNALS[owner as keyof typeof INTERNALS]]);
  });
});

test('no other module of src/ reaches a member INTERNALS names, or any underscored member', () => {
  const all = [...new Set(Object.values(INTERNALS).flat())];
  // `font` and `layout` are also public names of pdfkit's document and fontkit's face, `write`
  // of Node's streams; the LineWrapper's are used by long-words.ts's own `eachWord`, on the
  // wrapper the adapter types.
  const distinct = all.filter((name) => !name.startsWith('_') && !['font', 'layout', 'write'].includes(name) && !(INTERNALS.lineWrapper as readonly string[]).includes(name));
  const private_ = new RegExp(`\\.(_[A-Za-z]\\w*|${distinct.join('|')})\\b|['"](${all.filter((n) => n.startsWith('_')).join('|')})['"]`);
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && entry.name !== 'pdfkit-internals.ts') {
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (private_.test(line)) offenders.push(`${path.slice(ROOT.length)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
  };
  walk(join(ROOT, 'src'));
  expect(offenders).toEqual([]);
});

test.each(PINNED)('%s is pinned to one exact version, the installed one, in package.json and package-lock.json', (name) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; dependencies?: Record<string, string> }> };
  const installed = (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  expect(manifest.dependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
  expect(manifest.dependencies[name]).toBe(installed);
  expect(lock.packages[`node_modules/${name}`]?.version).toBe(installed);
  expect(lock.packages['']?.dependencies?.[name]).toBe(installed);
});
