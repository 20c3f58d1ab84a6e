// Bundles the command line into a few files in dist/ (esbuild): one file to load instead of
// hundreds of modules is most of impact's start-up time. Run by `npm run build`.
import { build } from 'esbuild';

await build({
  entryPoints: { impact: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // pdfkit reads its own data files next to its modules; fontkit comes with it.
  external: ['pdfkit', 'fontkit'],
  // Bundled CommonJS modules still call require() for Node's own modules.
  banner: { js: "import { createRequire as __impactRequire } from 'node:module'; const require = __impactRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
