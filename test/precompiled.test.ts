/**
 * What `npm run build` precompiles for speed (templates as code, the built-in text's words shaped,
 * the bundle's V8 code cache) must change nothing but the time: a copy of impact without them, and
 * with a damaged code cache, writes the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../src/grid/types.js';
import { precompiledTemplatesFile } from '../src/render/templates.js';
import { storedWordsFile } from '../src/render/pdf/shaping.js';
import { FONT_FILES } from '../src/theme/fonts.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = ['la-petite-manchester', 'la-halle-aux-cerises', 'le-relais'];

/** impact as installed at `root`, building every example in `lang` into `out`. */
function buildExamples(root: string, lang: string, out: string): void {
  const files = EXAMPLES.map((name) => join(ROOT, 'examples', `${name}.yaml`));
  const run = spawnSync(process.execPath, [join(root, 'bin', 'impact.js'), 'build', ...files, '--lang', lang, '--format', 'pdf,md', '--out-dir', out], { encoding: 'utf8' });
  expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  expect(run.status).toBe(0);
}

/** A copy of the built package without its precompiled templates and shaped words, its code cache cut short. */
function withoutPrecompiled(): string {
  const copy = mkdtempSync(join(tmpdir(), 'impact-plain-'));
  for (const part of ['bin', 'dist', 'templates', 'schemas', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const inCopy = (path: string) => join(copy, path.slice(ROOT.length));
  for (const lang of LANGS) rmSync(inCopy(precompiledTemplatesFile(lang)));
  rmSync(inCopy(storedWordsFile(FONT_FILES.regular)).replace(/[^/\\]+$/, ''), { recursive: true });
  const cache = join(copy, 'dist', 'impact.cjs.cache');
  writeFileSync(cache, readFileSync(cache).subarray(0, 4096));
  return copy;
}

test('the build has precompiled the templates of every language and the words of every built-in face', () => {
  for (const lang of LANGS) expect(readFileSync(precompiledTemplatesFile(lang), 'utf8')).toMatch(/^module\.exports = \{\n"annexe": /);
  for (const path of Object.values(FONT_FILES)) expect(JSON.parse(readFileSync(storedWordsFile(path), 'utf8'))).toHaveProperty('words');
  const regular = JSON.parse(readFileSync(storedWordsFile(FONT_FILES.regular), 'utf8')) as { words: Record<string, unknown> };
  expect(regular.words).toHaveProperty(['intensité ']);
  expect(regular.words).toHaveProperty(['neighbourhood ']);
});

test('this Node.js takes the code cache the build made for the bundle', () => {
  const run = spawnSync(process.execPath, ['-e', "console.log(require('./bin/load.cjs').loadImpact().usedCache)"], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stdout.trim()).toBe('true');
});

test.each(LANGS)('reports in %s are byte-identical with and without what the build precompiled', (lang) => {
  const plain = withoutPrecompiled();
  const out = mkdtempSync(join(tmpdir(), 'impact-outputs-'));
  buildExamples(ROOT, lang, join(out, 'precompiled'));
  buildExamples(plain, lang, join(out, 'plain'));
  for (const name of EXAMPLES) {
    for (const ext of ['md', 'pdf']) {
      const file = `${name}.${ext}`;
      expect({ file, same: readFileSync(join(out, 'precompiled', file)).equals(readFileSync(join(out, 'plain', file))) }).toEqual({ file, same: true });
    }
  }
});
