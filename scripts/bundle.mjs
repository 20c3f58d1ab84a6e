// Bundles the command line into a few files in dist/ (esbuild): one file to load instead of
// hundreds of modules is most of impact's start-up time. Run by `npm run build`.
import { build } from 'esbuild';

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
  entryPoints: { impact: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  plugins: [unused],
  // Bundled CommonJS modules still call require() for Node's own modules.
  banner: { js: "import { createRequire as __impactRequire } from 'node:module'; const require = __impactRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
