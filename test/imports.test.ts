/**
 * No import cycle between the folders of src/: data flows one way (load → validate → score →
 * model → document → writers → write), and a folder that imports one that imports it back means
 * something lives in the wrong place. A folder is a top-level folder of src/, with its
 * sub-folders (render/pdf is part of render).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cycles, folderImports, readSources, type FolderImport } from './support/import-graph.js';

const SRC = join(fileURLToPath(new URL('..', import.meta.url)), 'src');

/** Each cycle with the imports that make it, one per line, for the failure's message. */
function described(found: readonly string[][], edges: readonly FolderImport[]): string[] {
  return found.map((cycle) => {
    const inside = edges.filter((e) => cycle.includes(e.from) && cycle.includes(e.to));
    const line = (e: FolderImport) => `  ${e.from} → ${e.to} (${e.file} imports ${e.typeOnly ? 'the types of ' : ''}${e.specifier})`;
    return [`cycle: ${cycle.join(' ↔ ')}`, ...inside.map(line)].join('\n');
  });
}

test('no folder of src/ imports at run time, even indirectly, a folder that imports it', () => {
  const edges = folderImports(readSources(SRC)).filter((e) => !e.typeOnly);
  expect(edges.length).toBeGreaterThan(50);
  expect(described(cycles(edges), edges)).toEqual([]);
});

test('no cycle either with the types imported: the words name the codes they word, the stages that say them read them there', () => {
  const edges = folderImports(readSources(SRC));
  expect(described(cycles(edges), edges)).toEqual([]);
  expect(edges.filter((e) => e.from === 'words' && (e.to === 'diagnostics' || e.to === 'import'))).toEqual([]);
});

test('the theme is read by a folder of its own, which the PDF writer reads and never the reverse', () => {
  const edges = folderImports(readSources(SRC));
  expect(edges.some((e) => e.file.startsWith('render/pdf/') && e.to === 'theme')).toBe(true);
  expect(edges.filter((e) => e.from === 'theme' && e.to === 'render')).toEqual([]);
  expect(edges.filter((e) => e.from === 'validate' && e.to === 'score')).toEqual([]);
});

describe('the graph', () => {
  const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

  test('an import through two folders back to the first is a cycle, named with its imports', () => {
    const edges = folderImports(
      files({
        'load/theme.ts': "import { DEFAULT } from '../render/pdf/theme.js';",
        'render/pdf/glyphs.ts': "import type { Loaded } from '../../load/load.js';\nexport { x } from '../../grid/x.js';",
        'grid/x.ts': "import { y } from './y.js';",
      }),
    );
    expect(edges.map((e) => `${e.from}→${e.to}${e.typeOnly ? ' (type)' : ''}`)).toEqual(['load→render', 'render→load (type)', 'render→grid']);
    expect(cycles(edges)).toEqual([['load', 'render']]);
    expect(described(cycles(edges), edges)[0]).toContain('render → load (render/pdf/glyphs.ts imports the types of ../../load/load.js)');
  });

  test('a chain is no cycle; a sub-folder is part of its folder; the root files are one folder; dynamic imports count', () => {
    const chain = folderImports(files({ 'a/x.ts': "import '../b/y.js';", 'b/y.ts': "import { z } from '../c/z.js';", 'b/deep/w.ts': "import { y } from '../y.js';" }));
    expect(chain.map((e) => `${e.from}→${e.to}`)).toEqual(['a→b', 'b→c']);
    expect(cycles(chain)).toEqual([]);
    const rooted = folderImports(files({ 'paths.ts': '', 'main.ts': "const cli = await import('./cli/main.js');", 'cli/main.ts': "import { ROOT } from '../paths.js';" }));
    expect(cycles(rooted)).toEqual([['cli', 'src']]);
  });
});
