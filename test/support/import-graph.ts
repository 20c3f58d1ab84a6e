/**
 * The folder import graph of the sources: which folder of src/ imports which, read from the
 * relative imports of every .ts file, and the cycles in it. A folder is a top-level folder of
 * src/, its sub-folders part of it (render/pdf of render, words/fr of words); the files at the
 * root of src/ are one folder too, named `src`. An import is a runtime one, or a type-only one
 * (`import type`, `export type`), which TypeScript erases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** One import from a folder to another: the edge, with a file that makes it. */
export interface FolderImport {
  from: string;
  to: string;
  file: string;
  specifier: string;
  typeOnly: boolean;
}

/** `import … from`, `export … from`, `import '…'` and `import('…')` of a relative path; group 1 says `type`. */
const IMPORT = /(?:^|[\s;])(?:import|export)(\s+type)?\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The folder a source file belongs to, by its path relative to src/. */
export function folderOf(path: string): string {
  const [first, ...rest] = path.split('/');
  return rest.length === 0 ? 'src' : (first ?? 'src');
}

/** Every relative import between two different folders, given each file's path (relative to src/) and text. */
export function folderImports(files: ReadonlyMap<string, string>): FolderImport[] {
  const edges: FolderImport[] = [];
  for (const [file, text] of files) {
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[2] ?? match[3] ?? '';
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) edges.push({ from, to, file, specifier, typeOnly: match[1] !== undefined });
    }
  }
  return edges;
}

/** The cycles of the graph, one per strongly connected component of more than one folder, each listed sorted. */
export function cycles(edges: readonly FolderImport[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, new Set());
    if (!next.has(to)) next.set(to, new Set());
    next.get(from)!.add(to);
  }
  // Tarjan's algorithm: a component of two folders or more is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node)!) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) components.push(component.sort());
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return components.sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
}

/** Every .ts file under `root`, by its path relative to it (with forward slashes). */
export function readSources(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return files;
}
