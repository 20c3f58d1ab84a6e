// Bundles the command line into one CommonJS file, dist/impact.cjs (esbuild), then makes the V8
// code cache that bin/load.cjs loads it with (dist/impact.cjs.cache) by running a few commands:
// one file, its functions already compiled, is most of impact's start-up time. Run by
// `npm run build`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

// Earlier builds' files, when they had other names.
for (const file of readdirSync('dist')) if (/^(chunk-.*|impact|worker)\.js$|\.cache$/.test(file)) rmSync(`dist/${file}`);

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

// pdfkit reads the sRGB profile of PDF/A's output intent from data/ beside its own file, which
// is now the bundle.
mkdirSync('dist/data', { recursive: true });
copyFileSync('node_modules/pdfkit/js/data/sRGB_IEC61966_2_1.icc', 'dist/data/sRGB_IEC61966_2_1.icc');

// The code cache holds the functions compiled when it is made: those of a build to PDF and
// Markdown and HTML, a validation, a score and a portfolio.
const out = mkdtempSync(join(tmpdir(), 'impact-cache-'));
const example = 'examples/la-petite-manchester.yaml';
const commands = [
  ['build', example, '--format', 'pdf,md,html,json', '--out-dir', out],
  ['validate', example],
  ['score', example],
  ['summary', 'examples', '--format', 'pdf,md,html,csv', '-o', join(out, 'portefeuille')],
];
const warmUp = `
const impact = require('./bin/load.cjs').loadImpact();
(async () => {
  for (const args of ${JSON.stringify(commands)}) if ((await impact.main(args)) !== 0) throw new Error(args.join(' '));
  impact.saveCache();
})();`;
// Quiet: the seed's warnings are not the installer's business, unless the warm-up fails.
const run = spawnSync(process.execPath, ['-e', warmUp], { encoding: 'utf8' });
rmSync(out, { recursive: true, force: true });
if (run.status !== 0) throw new Error(`the code cache could not be made:\n${run.stderr}`);
