/**
 * What the process keeps between builds is made in src/runtime/caches.ts and emptied there at
 * once: a build fills the caches, `forgetCaches` empties every one, and the next build gives the
 * same bytes. No other module keeps a map of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, modelOf } from '../src/pipeline/stages.js';
import { missingGlyphs, pdfReport } from '../src/render/pdf/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { MAX_MEASUREMENTS, measuredOnce } from '../src/render/pdf/measures.js';
import { cacheSizes, forgetCaches, processCache, WeakCache } from '../src/runtime/caches.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function build(): Promise<Buffer> {
  const checked = await check(join(ROOT, 'examples', 'le-relais.yaml'));
  if (!checked.ok) throw new Error('le-relais.yaml is valid');
  missingGlyphs(checked.loaded, undefined);
  const model = modelOf(checked.loaded, 'fr');
  return pdfReport(model, renderMarkdown(model));
}

test('a build fills the caches, forgetCaches empties them all, and the next build gives the same bytes', async () => {
  const first = await build();
  const filled = cacheSizes();
  for (const name of ['font faces', 'shaped words', 'measurements', 'compiled templates', 'schema validators', 'font coverage']) {
    expect(filled[name]).toBeGreaterThan(0);
  }
  forgetCaches();
  const emptied = Object.values(cacheSizes()).filter((size) => size !== undefined);
  expect(emptied.length).toBeGreaterThanOrEqual(6);
  expect(new Set(emptied)).toEqual(new Set([0]));
  expect(Buffer.compare(await build(), first)).toBe(0);
});

test('a weak cache is emptied too, and a name is given to one cache only', () => {
  const cache = new WeakCache<object, number>();
  const key = {};
  cache.set(key, 1);
  expect(cache.get(key)).toBe(1);
  cache.clear();
  expect(cache.has(key)).toBe(false);
  processCache('a cache of this test');
  expect(() => processCache('a cache of this test')).toThrow('two caches are named a cache of this test');
});

test('measurements are kept in two bounded generations: what is measured again and again stays, the rest goes', () => {
  forgetCaches();
  let measured = 0;
  const measure = () => (measured += 1);
  const hot = measuredOnce(['test', 'every report'], measure);
  for (let i = 0; i < 10 * MAX_MEASUREMENTS; i += 1) {
    measuredOnce(['test', `one site ${i}`], measure);
    if (i % (MAX_MEASUREMENTS / 3) === 0) expect(measuredOnce(['test', 'every report'], measure)).toBe(hot);
  }
  expect(measured).toBe(10 * MAX_MEASUREMENTS + 1);
  const sizes = cacheSizes();
  expect((sizes.measurements ?? 0) + (sizes['older measurements'] ?? 0)).toBeLessThanOrEqual(2 * MAX_MEASUREMENTS);
  forgetCaches();
});

/** Module-level state that is no cache, each with why. */
const NOT_CACHES: Record<string, string> = {
  'src/load/stdin.ts': 'standard input can be read only once',
  'src/import/columns.ts': 'the grid’s column names, computed once from constant data',
  'src/render/pdf/long-words.ts': 'pdfkit’s LineWrapper prototype made once to choose by document, and the documents impact opened',
  'src/render/pdf/pdfkit-internals.ts': 'the prototype of pdfkit’s objects made once to gather the streams of impact’s documents',
};

test('no module but caches.ts keeps a map, a set or a variable of its own for the process', () => {
  const state = /^(?:export )?(?:let |(?:const|var) \w+(?::[^=]+)? = new (?:Weak)?(?:Map|Set)\((?:\)|<))/;
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const file = path.slice(ROOT.length);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && file !== 'src/runtime/caches.ts' && !(file in NOT_CACHES)) {
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (state.test(line)) found.push(`${file}:${i + 1}: ${line}`);
          });
      }
    }
  };
  walk(join(ROOT, 'src'));
  expect(found).toEqual([]);
});
