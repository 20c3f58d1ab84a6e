// Bundles the command line into one CommonJS file, dist/impact.cjs (esbuild), then makes the V8
// code cache that bin/load.cjs loads it with (dist/impact.cjs.cache) and the start-up snapshot
// the bin/impact launcher starts from (dist/impact.blob): one file, its functions already
// compiled, is most of impact's start-up time, and a heap already warm most of the rest. Run by
// `npm run build`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

// Earlier builds' files: those of other names, and the code cache and snapshot of the old bundle.
for (const file of readdirSync('dist')) if (/^(chunk-.*|impact|worker)\.js$|\.cache$|\.blob(\.node)?$/.test(file)) rmSync(`dist/${file}`);

/**
 * Code impact never runs, left out of the bundle because loading it costs start-up time: pdfkit's
 * encryption (AES tables computed on load) and fontkit's WOFF2 decompression (a dictionary
 * decoded on load; themes take TrueType and OpenType fonts only).
 */
const UNUSED = { '@noble/ciphers/aes': 'PDF encryption', 'brotli/decompress.js': 'WOFF2 fonts' };
const unused = {
  name: 'unused',
  setup(build) {
    build.onResolve({ filter: /^(@noble\/ciphers\/aes|brotli\/decompress\.js)$/ }, (args) => ({ path: args.path, namespace: 'unused' }));
    build.onLoad({ filter: /.*/, namespace: 'unused' }, (args) => ({
      contents: `const unsupported = () => { throw new Error('impact does not support ${UNUSED[args.path]}'); };
export default unsupported; export const cbc = unsupported; export const ecb = unsupported;`,
      loader: 'js',
    }));
  },
};

/**
 * The bundle with every character above U+00FF escaped. V8 keeps a script's source for as long
 * as it may compile its functions, in one byte a character only when every character fits in
 * Latin-1; esbuild escapes strings and templates, but leaves a ’ in a comment or an œ in a
 * regular expression, which doubled the 2.7 MB the command and every batch worker keep. `\uXXXX`
 * means the same in a comment, a regular expression or an identifier, never in a template (a
 * tagged one reads its raw text) nor after a backslash: found there, the build stops.
 */
function latin1Only(code) {
  return code
    .split('\n')
    .map((line, number) => {
      if (!/[^\x00-\xff]/.test(line)) return line;
      const comment = /^\s*(\/\/|\/\*|\*)/.test(line);
      let template = false;
      return [...line]
        .map((character, i, characters) => {
          if (character === '`' && characters[i - 1] !== '\\') template = !template;
          if (character.codePointAt(0) <= 0xff) return character;
          if (!comment && (template || characters[i - 1] === '\\')) throw new Error(`dist/impact.cjs:${number + 1}: ${character} cannot be escaped there`);
          return Array.from({ length: character.length }, (_, k) => `\\u${character.charCodeAt(k).toString(16).padStart(4, '0')}`).join('');
        })
        .join('');
    })
    .join('\n');
}

await build({
  entryPoints: { impact: 'src/bundle.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [unused],
  // The sources find their files from import.meta.url (src/runtime/paths.ts): here, the bundle's own.
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
  legalComments: 'none',
  logLevel: 'warning',
});
writeFileSync('dist/impact.cjs', latin1Only(readFileSync('dist/impact.cjs', 'utf8')));

// pdfkit reads the sRGB profile of PDF/A's output intent from data/ beside its own file, which
// is now the bundle.
mkdirSync('dist/data', { recursive: true });
copyFileSync('node_modules/pdfkit/js/data/sRGB_IEC61966_2_1.icc', 'dist/data/sRGB_IEC61966_2_1.icc');

// The code cache and the start-up snapshot, made by running a few commands on the seed (copied
// into dist/, which the package ships, for the remakes of an installed copy: bin/warm.cjs).
const warm = createRequire(import.meta.url)('../bin/warm.cjs');
warm.copySeed('examples/la-petite-manchester.yaml');
// Quiet: the seed's warnings are not the installer's business, unless the warm-up fails.
const run = spawnSync(process.execPath, ['bin/warm.cjs'], { encoding: 'utf8' });
if (run.status !== 0) throw new Error(`the code cache or the snapshot could not be made:\n${run.stderr}`);
